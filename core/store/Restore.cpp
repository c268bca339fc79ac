#include "Restore.h"

#include "Backup.h"
#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <filesystem>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Restore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// SQLite's companions of a database file: a stale one beside another file would be applied to it.
void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

QString stagedPathFor(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    return target.absoluteDir().filePath(QStringLiteral(".") + target.fileName()
                                         + QStringLiteral(".restoring"));
}
} // namespace

StagedRestore Restore::prepare(const QString &backupPath, const QString &targetPath)
{
    const QFileInfo backup(backupPath);
    if (!backup.exists() || !backup.isFile())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” does not exist.").arg(shown(backupPath)));
    if (backup.absoluteFilePath() == QFileInfo(targetPath).absoluteFilePath())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("“%1” is the file that is open; choose a backup of it instead.")
                             .arg(shown(backupPath)));

    StagedRestore staged;
    staged.backupPath = backup.absoluteFilePath();
    staged.stagedPath = stagedPathFor(targetPath);
    // A copy left by an interrupted restore is of no use: start again from the backup.
    removeWithCompanions(staged.stagedPath);
    if (!QFile::copy(staged.backupPath, staged.stagedPath))
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” could not be copied beside “%2”.")
                             .arg(shown(backupPath), shown(targetPath)));
    // A backup taken from a live file may keep recent changes in its write-ahead log.
    if (QFileInfo::exists(staged.backupPath + QStringLiteral("-wal")))
        QFile::copy(staged.backupPath + QStringLiteral("-wal"),
                    staged.stagedPath + QStringLiteral("-wal"));
    QFile::setPermissions(staged.stagedPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    try {
        std::unique_ptr<Database> db = Database::open(staged.stagedPath);
        SqlQuery integrity(*db, QStringLiteral("PRAGMA integrity_check"));
        const QString verdict = integrity.scalar().toString();
        if (verdict != QLatin1String("ok"))
            throw StoreError(StoreError::Kind::Corrupt,
                             Tr::tr("The backup “%1” is damaged (SQLite's integrity check failed).")
                                 .arg(shown(backupPath)));
        staged.info = DatabaseInfo::of(*db);
        staged.info.path = staged.backupPath;
        db->checkpoint();
        // An older backup was upgraded on the copy; the untouched backup already keeps the
        // old schema, so the extra pre-upgrade copy would only be clutter.
        const QString upgradeCopy = db->upgradeBackupPath();
        db.reset();
        if (!upgradeCopy.isEmpty()) {
            QFile::remove(upgradeCopy);
            QDir().rmdir(QFileInfo(upgradeCopy).absolutePath());
        }
    } catch (const StoreError &error) {
        removeWithCompanions(staged.stagedPath);
        throw StoreError(
            error.kind(),
            Tr::tr("“%1” cannot be restored: %2").arg(shown(backupPath), error.message()));
    }
    return staged;
}

void Restore::replace(const StagedRestore &staged, const QString &targetPath)
{
    if (!QFileInfo::exists(staged.stagedPath))
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The checked copy of the backup has gone; choose "
                                "the backup again."));
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    // Holding the file's lock keeps any HubRegister from opening it half way through.
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        const QString holder = Database::lockHolder(target);
        throw StoreError(StoreError::Kind::Locked,
                         holder.isEmpty() ? Tr::tr("“%1” is in use.").arg(shown(target)) : holder);
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(staged.stagedPath.toStdWString()),
                            std::filesystem::path(target.toStdWString()), error);
    if (error)
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” could not be replaced: %2")
                             .arg(shown(target), QString::fromLocal8Bit(error.message().c_str())));
    QFile::remove(staged.stagedPath + QStringLiteral("-wal"));
    QFile::remove(staged.stagedPath + QStringLiteral("-shm"));
}

QString Restore::keepDamaged(const QString &targetPath, const QDateTime &nowUtc)
{
    const QFileInfo target(targetPath);
    const QString kept = QDir(Backup::folderFor(target.absoluteFilePath()))
                             .filePath(target.completeBaseName() + QStringLiteral(".damaged-")
                                       + nowUtc.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                       + QStringLiteral(".sqlite"));
    removeWithCompanions(kept);
    const auto copyPrivately = [](const QString &from, const QString &to) {
        return QFile::copy(from, to)
            && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    };
    const QString wal = target.absoluteFilePath() + QStringLiteral("-wal");
    if (!copyPrivately(target.absoluteFilePath(), kept)
        || (QFileInfo::exists(wal) && !copyPrivately(wal, kept + QStringLiteral("-wal")))) {
        removeWithCompanions(kept);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The damaged file “%1” could not be copied to “%2”, so it was left "
                                "in place.")
                             .arg(shown(targetPath), shown(kept)));
    }
    return kept;
}

void Restore::discard(const StagedRestore &staged)
{
    if (!staged.stagedPath.isEmpty())
        removeWithCompanions(staged.stagedPath);
}

} // namespace hubreg
