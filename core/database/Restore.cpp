#include "Restore.h"

#include "Backup.h"
#include "Database.h"
#include "FileSafety.h"
#include "Migrator.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <optional>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Restore)
};

using filesafety::removeWithCompanions;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Why `path` is not a backup this version can restore, judged from its first page; empty when
// it may be one (the copy is then opened and checked whole).
std::optional<StoreError> notABackup(const QString &path)
{
    if (QFileInfo(path).size() == 0)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is empty, so it is no backup of a hub.").arg(shown(path)));
    const auto header = filesafety::sqliteHeader(path);
    if (!header)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is not a HubRegister database (it is not an SQLite "
                                 "file), so it is no backup of a hub.")
                              .arg(shown(path)));
    if (header->applicationId == 0 && header->userVersion == 0)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is an SQLite database with nothing of HubRegister's in it, "
                                 "so it is no backup of a hub.")
                              .arg(shown(path)));
    if (header->applicationId != Database::kApplicationId || header->userVersion == 0)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is an SQLite database of another program, not a "
                                 "HubRegister backup.")
                              .arg(shown(path)));
    if (int(header->userVersion) > Migrator::latestVersion())
        return StoreError(StoreError::Kind::NewerSchema,
                          Tr::tr("“%1” was saved by a newer version of HubRegister (schema %2; "
                                 "this version understands up to %3). Restore it with the newer "
                                 "HubRegister.")
                              .arg(shown(path))
                              .arg(header->userVersion)
                              .arg(Migrator::latestVersion()));
    return std::nullopt;
}

// Why `path` must not be replaced by a restore, judged from its first page: it must be a
// HubRegister file this version writes.
std::optional<StoreError> notReplaceable(const QString &path)
{
    const auto header = filesafety::sqliteHeader(path);
    if (!header)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is not a HubRegister file (it is not an SQLite file), so a "
                                 "restore will not replace it. Name the HubRegister file to "
                                 "restore into.")
                              .arg(shown(path)));
    if (header->applicationId != Database::kApplicationId)
        return StoreError(StoreError::Kind::NotHubRegister,
                          Tr::tr("“%1” is an SQLite database of another program, so a restore "
                                 "will not replace it. Name the HubRegister file to restore into.")
                              .arg(shown(path)));
    if (int(header->userVersion) > Migrator::latestVersion())
        return StoreError(StoreError::Kind::NewerSchema,
                          Tr::tr("“%1” was saved by a newer version of HubRegister (schema %2; "
                                 "this version understands up to %3), so this version will not "
                                 "replace it. Restore with the newer HubRegister.")
                              .arg(shown(path))
                              .arg(header->userVersion)
                              .arg(Migrator::latestVersion()));
    return std::nullopt;
}

// Writes what the file's log holds into the file itself, so the file stands alone; the log is
// then removed by SQLite. Only for a file nothing else has open (its lock is held).
bool foldLogIn(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path + QStringLiteral("-wal")))
        return true;
    static QAtomicInt counter;
    const QString name = QStringLiteral("hubreg-fold-%1").arg(counter.fetchAndAddRelaxed(1));
    bool folded = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        if (connection.open()) {
            QSqlQuery checkpoint(connection);
            folded = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                && checkpoint.next() && checkpoint.value(0).toInt() == 0;
            if (!folded && error)
                *error = checkpoint.lastError().text();
            checkpoint.finish();
            connection.close();
        } else if (error) {
            *error = connection.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return folded;
}

// Copies the file (and its log, when it has one) privately to `kept` under a working name, and
// gives the copy that name only when it is whole.
QString keepCopy(const QString &from, QString kept)
{
    const QString stem = kept.chopped(7); // less ".sqlite"
    for (int n = 2; QFileInfo::exists(kept) || QFileInfo(kept).isSymLink(); ++n)
        kept = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
    const QString partial = filesafety::workingName(kept, QStringLiteral("hubregister-partial"));
    removeWithCompanions(partial);
    QString error;
    const QString wal = from + QStringLiteral("-wal");
    const bool hasLog = QFileInfo(wal).size() > 0;
    bool whole = filesafety::copyPrivately(from, partial, &error)
        && (!hasLog || filesafety::copyPrivately(wal, partial + QStringLiteral("-wal"), &error))
        && filesafety::syncToDisk(partial)
        && (!hasLog || filesafety::syncToDisk(partial + QStringLiteral("-wal")));
    if (whole && hasLog)
        whole = filesafety::renameNoReplace(partial + QStringLiteral("-wal"),
                                            kept + QStringLiteral("-wal"), &error);
    whole = whole && filesafety::renameNoReplace(partial, kept, &error);
    if (!whole) {
        removeWithCompanions(partial);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” could not be kept as “%2” (%3), so it was left in place.")
                             .arg(shown(from), shown(kept),
                                  error.isEmpty() ? Tr::tr("the disk refused") : error));
    }
    return kept;
}

QString keptPathFor(const QString &target, const QString &label, const QDateTime &nowUtc,
                    const QString &format)
{
    const QFileInfo info(target);
    return QDir(Backup::folderFor(info.absoluteFilePath()))
        .filePath(info.completeBaseName() + label + nowUtc.toString(format)
                  + QStringLiteral(".sqlite"));
}
} // namespace

StagedRestore Restore::prepare(const QString &backupPath, const QString &targetPath)
{
    const QFileInfo backup(backupPath);
    if (!backup.exists() || !backup.isFile())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” does not exist.").arg(shown(backupPath)));
    const QString target = filesafety::resolvedPath(targetPath);
    if (filesafety::resolvedPath(backupPath) == target || filesafety::sameFile(backupPath, target))
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("“%1” is the file that is open; choose a backup of it instead.")
                             .arg(shown(backupPath)));
    if (const auto refusal = notABackup(backupPath))
        throw StoreError(
            refusal->kind(),
            Tr::tr("“%1” cannot be restored: %2").arg(shown(backupPath), refusal->message()));

    StagedRestore staged;
    staged.backupPath = backup.absoluteFilePath();
    staged.stagedPath = filesafety::workingName(target, QStringLiteral("restoring"));
    // Copies left by an interrupted restore are of no use: start again from the backup.
    filesafety::removeAbandoned(QFileInfo(target).absolutePath(), QStringLiteral("restoring"),
                                QFileInfo(target).fileName());
    removeWithCompanions(staged.stagedPath);
    QString error;
    // A backup taken from a live file may keep recent changes in its write-ahead log.
    const QString wal = staged.backupPath + QStringLiteral("-wal");
    if (!filesafety::copyPrivately(staged.backupPath, staged.stagedPath, &error)
        || (QFileInfo(wal).size() > 0
            && !filesafety::copyPrivately(wal, staged.stagedPath + QStringLiteral("-wal"),
                                          &error))) {
        removeWithCompanions(staged.stagedPath);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” could not be copied beside “%2”: %3")
                             .arg(shown(backupPath), shown(target), error));
    }

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
    } catch (const StoreError &failure) {
        removeWithCompanions(staged.stagedPath);
        throw StoreError(
            failure.kind(),
            Tr::tr("“%1” cannot be restored: %2").arg(shown(backupPath), failure.message()));
    }
    return staged;
}

QString Restore::replace(const StagedRestore &staged, const QString &targetPath,
                         Replacing replacing, const QDateTime &nowUtc)
{
    if (!QFileInfo::exists(staged.stagedPath))
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The checked copy of the backup has gone; choose "
                                "the backup again."));
    // Through a link, the file it points to is replaced and the link kept.
    const QString target = filesafety::resolvedPath(targetPath);
    if (QFileInfo(targetPath).isSymLink() && !QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” is a link to a file that does not exist; a restore writes "
                                "nothing through it.")
                             .arg(shown(targetPath)));
    // Holding the file's lock keeps any HubRegister from opening it half way through.
    const std::unique_ptr<QLockFile> lock = Database::lock(target);

    QString kept;
    if (QFileInfo(target).size() > 0) {
        if (replacing == Replacing::HubFile) {
            if (const auto refusal = notReplaceable(target))
                throw *refusal;
        }
        if (const auto identity = filesafety::identityOf(target); identity && identity->links > 1)
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("“%1” has %2 names (hard links); a restore would replace one "
                                    "of them only. Remove the other names first.")
                                 .arg(shown(target))
                                 .arg(identity->links));
        const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
        if (replacing == Replacing::DamagedFile) {
            kept = keepDamaged(target, now);
        } else {
            // The file as it was, whole in one file: its log written into it first.
            QString error;
            if (!foldLogIn(target, &error))
                throw StoreError(StoreError::Kind::Io,
                                 Tr::tr("“%1” could not be made ready to be replaced (%2), so it "
                                        "was left as it was.")
                                     .arg(shown(target), error));
            kept = keepCopy(target,
                            keptPathFor(target, QStringLiteral("-before-restore-"),
                                        now.toLocalTime(), QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        }
    }
    // A log left beside the file would be applied to the backup put in its place; what it
    // held is in the copy kept.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target + QStringLiteral("-journal"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(staged.stagedPath.toStdWString()),
                            std::filesystem::path(target.toStdWString()), error);
    if (error)
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” could not be replaced: %2")
                             .arg(shown(target), QString::fromLocal8Bit(error.message().c_str())));
    QFile::remove(staged.stagedPath + QStringLiteral("-wal"));
    QFile::remove(staged.stagedPath + QStringLiteral("-shm"));
    return kept;
}

QString Restore::keepDamaged(const QString &targetPath, const QDateTime &nowUtc)
{
    const QFileInfo target(targetPath);
    return keepCopy(target.absoluteFilePath(),
                    keptPathFor(target.absoluteFilePath(), QStringLiteral(".damaged-"), nowUtc,
                                QStringLiteral("yyyyMMdd-HHmmss")));
}

void Restore::discard(const StagedRestore &staged)
{
    if (!staged.stagedPath.isEmpty())
        removeWithCompanions(staged.stagedPath);
}

} // namespace hubreg
