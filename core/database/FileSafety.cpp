#include "FileSafety.h"

#include "Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace hubreg::filesafety {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::FileSafety)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

#ifdef Q_OS_UNIX
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

std::optional<FileIdentity> identityOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity { quint64(status.st_dev), quint64(status.st_ino),
                          quint64(status.st_nlink) };
#elif defined(Q_OS_WIN)
    const HANDLE handle
        = CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()), 0,
                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                      OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return std::nullopt;
    BY_HANDLE_FILE_INFORMATION information;
    const bool known = GetFileInformationByHandle(handle, &information);
    CloseHandle(handle);
    if (!known)
        return std::nullopt;
    return FileIdentity { quint64(information.dwVolumeSerialNumber),
                          (quint64(information.nFileIndexHigh) << 32) | information.nFileIndexLow,
                          quint64(information.nNumberOfLinks) };
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

bool sameFile(const QString &a, const QString &b)
{
    const auto first = identityOf(a);
    const auto second = identityOf(b);
    return first && second && first->sameFileAs(*second);
}

QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    if (info.isSymLink())
        return info.absoluteFilePath(); // a link to nothing: the caller decides
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

QString fileSystemTypeOf(const QString &path)
{
    // The nearest folder that exists: a new file's is where it would be made.
    QFileInfo info(resolvedPath(path));
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && !QDir(existing).isRoot())
        existing = QFileInfo(existing).absolutePath();
#ifdef Q_OS_WIN
    // A mapped drive reports the server's own file system ("NTFS"); the drive type tells.
    const QString native = QDir::toNativeSeparators(existing);
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("remote");
    const QString root = native.left(3);
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("remote");
#endif
    const QStorageInfo storage(existing);
    if (!storage.isValid())
        return {};
    return QString::fromUtf8(storage.fileSystemType());
}

bool isNetworkFileSystem(const QString &type)
{
    const QString name = type.trimmed().toLower();
    if (name.isEmpty())
        return false;
    // A local disk driven from user space (NTFS on a USB drive) is a block device, not shared.
    if (name == QLatin1String("fuseblk"))
        return false;
    static const QStringList exact {
        QStringLiteral("remote"),  QStringLiteral("cifs"),    QStringLiteral("smb"),
        QStringLiteral("smbfs"),   QStringLiteral("smb2"),    QStringLiteral("smb3"),
        QStringLiteral("afs"),     QStringLiteral("afpfs"),   QStringLiteral("webdav"),
        QStringLiteral("davfs"),   QStringLiteral("ceph"),    QStringLiteral("glusterfs"),
        QStringLiteral("lustre"),  QStringLiteral("gpfs"),    QStringLiteral("coda"),
        QStringLiteral("ncpfs"),   QStringLiteral("vboxsf"),  QStringLiteral("sshfs"),
        QStringLiteral("osxfuse"), QStringLiteral("macfuse"), QStringLiteral("fuse"),
        QStringLiteral("prl_fs"),
    };
    if (exact.contains(name))
        return true;
    // nfs, nfs4; fuse.sshfs, fuse.rclone, fuse.gvfsd-fuse and other user-space mounts.
    return name.startsWith(QLatin1String("nfs")) || name.startsWith(QLatin1String("fuse."));
}

Contents contentsOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Contents::Missing;
    if (info.isDir())
        return Contents::Other;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Contents::Other;
    const QByteArray start = file.read(32);
    if (start.isEmpty())
        return Contents::Empty;
    if (start.startsWith(kSqliteMagic))
        return Contents::Sqlite;
    if (start.size() >= 8) {
        const auto *bytes = reinterpret_cast<const uchar *>(start.constData());
        const quint32 magic = qFromBigEndian<quint32>(bytes);
        // A write-ahead log, or a rollback journal.
        if (magic == 0x377f0682 || magic == 0x377f0683
            || start.startsWith(QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8)))
            return Contents::SqliteLog;
    }
    return Contents::Other;
}

std::optional<SqliteHeader> sqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(kSqliteMagic))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    return SqliteHeader { qFromBigEndian<quint32>(bytes + 68),
                          qFromBigEndian<quint32>(bytes + 60) };
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

std::optional<FileState> stateOf(const QFile &openFile)
{
    const int fd = openFile.handle();
    if (fd < 0)
        return std::nullopt;
#ifdef Q_OS_UNIX
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
#if defined(Q_OS_DARWIN)
    const qint64 modified
        = qint64(status.st_mtimespec.tv_sec) * 1000000000 + status.st_mtimespec.tv_nsec;
#else
    const qint64 modified = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
#endif
    return FileState { qint64(status.st_size), modified };
#elif defined(Q_OS_WIN)
    const HANDLE handle = HANDLE(_get_osfhandle(fd));
    BY_HANDLE_FILE_INFORMATION information;
    if (handle == INVALID_HANDLE_VALUE || !GetFileInformationByHandle(handle, &information)
        || GetFileType(handle) != FILE_TYPE_DISK)
        return std::nullopt;
    return FileState { qint64((quint64(information.nFileSizeHigh) << 32)
                              | information.nFileSizeLow),
                       qint64((quint64(information.ftLastWriteTime.dwHighDateTime) << 32)
                              | information.ftLastWriteTime.dwLowDateTime) };
#else
    return std::nullopt;
#endif
}

QString whyNotWrite(const QString &path, const QString &databasePath, Purpose purpose)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !QFileInfo::exists(info.symLinkTarget()))
        return Tr::tr("“%1” is a link to “%2”, which does not exist; HubRegister writes nothing "
                      "through it.")
            .arg(shown(path), QDir::toNativeSeparators(info.symLinkTarget()));
    const QString resolved = resolvedPath(path);
    if (QFileInfo(resolved).isDir())
        return Tr::tr("“%1” is a folder.").arg(shown(path));
    if (!databasePath.isEmpty()) {
        const QString database = resolvedPath(databasePath);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal"), QStringLiteral(".lock") }) {
            const QString companion = database + suffix;
            if (resolved != companion && !sameFile(resolved, companion))
                continue;
            if (suffix.isEmpty())
                return Tr::tr("“%1” is the HubRegister file in use; nothing is ever written "
                              "over it.")
                    .arg(shown(path));
            return Tr::tr("“%1” belongs to the HubRegister file in use, “%2”; nothing is ever "
                          "written over it.")
                .arg(shown(path), QDir::toNativeSeparators(database));
        }
        const QString backups = resolvedPath(Backup::folderPath(database));
        if (purpose == Purpose::Export
            && (resolved.startsWith(backups + QLatin1Char('/')) || resolved == backups))
            return Tr::tr("“%1” is in the backups folder of “%2”, which holds its backups and "
                          "nothing else; choose another folder.")
                .arg(shown(path), QDir::toNativeSeparators(database));
    }
    switch (contentsOf(resolved)) {
    case Contents::Sqlite:
        return Tr::tr("“%1” is an SQLite database; HubRegister never writes over one. Choose "
                      "another name.")
            .arg(shown(path));
    case Contents::SqliteLog:
        return Tr::tr("“%1” is the log of an SQLite database; HubRegister never writes over one. "
                      "Choose another name.")
            .arg(shown(path));
    default:
        break;
    }
    // SQLite would take a file of this name beside a database for that database's log.
    for (const QLatin1String suffix :
         { QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (resolved.endsWith(suffix)
            && contentsOf(resolved.chopped(suffix.size())) == Contents::Sqlite)
            return Tr::tr("“%1” is where SQLite keeps the log of the database “%2”; HubRegister "
                          "writes nothing there. Choose another name.")
                .arg(shown(path), QDir::toNativeSeparators(resolved.chopped(suffix.size())));
    }
    return {};
}

QString workingName(const QString &target, const QString &what)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3")
                                           .arg(info.fileName(), what)
                                           .arg(QCoreApplication::applicationPid()));
}

void removeAbandoned(const QString &folder, const QString &what, const QString &name)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QString pattern = name.isEmpty() ? QStringLiteral(".*.%1*").arg(what)
                                           : QStringLiteral(".%1.%2*").arg(name, what);
    static const QRegularExpression pidAfter(QStringLiteral("^-(\\d+)"));
    for (const QString &entry :
         dir.entryList({ pattern }, QDir::Files | QDir::Hidden | QDir::System)) {
        const qsizetype at = entry.lastIndexOf(QLatin1Char('.') + what);
        if (at < 1)
            continue;
        const auto pid = pidAfter.match(entry.mid(at + 1 + what.size()));
        if (pid.hasMatch() && processIsRunning(pid.captured(1).toLongLong()))
            continue; // its process is at work on it
        QFile::remove(dir.filePath(entry));
    }
}

bool createPrivate(const QString &path, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool copyPrivately(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray chunk;
    for (;;) {
        chunk = in.read(kChunk);
        if (chunk.isEmpty())
            break;
        if (out.write(chunk) != chunk.size())
            break;
    }
    const bool whole = in.atEnd() && in.error() == QFileDevice::NoError
        && out.error() == QFileDevice::NoError && out.flush();
    if (!whole) {
        if (error)
            *error = out.error() != QFileDevice::NoError ? out.errorString() : in.errorString();
        out.close();
        QFile::remove(to);
    }
    return whole;
}

bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#elif defined(Q_OS_WIN)
    const HANDLE handle
        = CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()),
                      GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool synced = FlushFileBuffers(handle);
    CloseHandle(handle);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool renameNoReplace(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE)
        == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        if (error)
            *error = systemError();
        return false;
    }
#endif
    // A second name, then the first one removed: a link never replaces a name either.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP) {
        if (error)
            *error = systemError();
        return false;
    }
    // A file system without links: looked at, then renamed.
    struct stat status;
    if (::lstat(target.constData(), &status) == 0) {
        if (error)
            *error = Tr::tr("the name is taken");
        return false;
    }
    if (::rename(source.constData(), target.constData()) == 0)
        return true;
    if (error)
        *error = systemError();
    return false;
#elif defined(Q_OS_WIN)
    if (MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_WRITE_THROUGH))
        return true;
    if (error)
        *error = QStringLiteral("error %1").arg(GetLastError());
    return false;
#else
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink() || !QFile::rename(from, to)) {
        if (error)
            *error = Tr::tr("the name is taken");
        return false;
    }
    return true;
#endif
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace hubreg::filesafety
