#include "PrivateFile.h"

#include "database/Backup.h"
#include "database/Database.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PrivateFile)
};

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The same file, however it is named (a link, a relative path).
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    if (!resolved.isEmpty())
        return resolved;
    // Not there yet: its folder may still be a link.
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

void PrivateFile::checkTarget(const Database &db, const QString &path)
{
    const auto refuse = [&path](const QString &why) {
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("“%1” was not written: %2").arg(shown(path), why));
    };
    if (path.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Name the file to write."));
    const QFileInfo info(path);
    if (info.isDir())
        refuse(Tr::tr("it is a folder."));
    // A FIFO, a device or a socket: opening one to look at it would wait for a writer, and
    // writing one would not leave a file.
    if (info.exists() && !info.isFile())
        refuse(Tr::tr("it is not an ordinary file."));
    const QString target = canonical(path);
    const QString database = canonical(db.path());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal"), QStringLiteral(".lock") }) {
        if (target == database + suffix)
            refuse(Tr::tr("it is the open database or one of its files."));
    }
    const QString backups = canonical(Backup::folderPath(db.path()));
    if (QFileInfo(target).absolutePath() == backups)
        refuse(Tr::tr("it is in the backups folder, which holds only backups."));
    if (info.exists() && isSqliteFile(path))
        refuse(Tr::tr("it is a database (a backup or another HubRegister file), which an export "
                      "never overwrites."));
}

bool PrivateFile::makePrivate(const QString &path)
{
    return QFile::setPermissions(path, kPrivate);
}

void PrivateFile::write(const QList<QPair<QString, QByteArray>> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const auto &[path, bytes] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        // The temporary file is private before a byte is written; the rename keeps that.
        if (!file->open(QIODevice::WriteOnly) || !file->setPermissions(kPrivate)
            || file->write(bytes) != bytes.size())
            throw StoreError(
                StoreError::Kind::Io,
                Tr::tr("“%1” could not be written: %2").arg(shown(path), file->errorString()));
        staged.push_back(std::move(file));
    }
    QStringList created;
    for (size_t i = 0; i < staged.size(); ++i) {
        const QString path = files.at(qsizetype(i)).first;
        const bool existed = QFileInfo::exists(path);
        if (!staged[i]->commit()) {
            const QString why = staged[i]->errorString();
            for (const QString &made : std::as_const(created))
                QFile::remove(made);
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("“%1” could not be saved: %2").arg(shown(path), why));
        }
        if (!existed)
            created << path;
    }
}

} // namespace hubreg
