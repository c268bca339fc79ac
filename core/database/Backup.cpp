#include "Backup.h"

#include "Clock.h"
#include "Database.h"
#include "FileSafety.h"
#include "IntegrityCheck.h"
#include "Migrator.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Backup)
};

QMap<QString, qint64> rowCounts(const QSqlDatabase &connection)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(connection);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name")))
        return counts;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(connection);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && count.next())
            counts.insert(table, count.value(0).toLongLong());
        else
            counts.insert(table, -1);
    }
    return counts;
}

QString scalarText(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

// Opens the copy on its own read-only connection and compares it with the source.
QString verifyCopy(const Database &db, const QString &target)
{
    const QString name = QStringLiteral("hubreg-verify-%1").arg(quintptr(&db));
    QString problem;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        problem = Database::prepareReadOnly(copy, target);
        if (!problem.isEmpty()) {
            // reported as it is
        } else if (!copy.open()) {
            problem = copy.lastError().text();
        } else {
            if (scalarText(copy, QStringLiteral("PRAGMA integrity_check")) != QLatin1String("ok"))
                problem = Tr::tr("the copy fails SQLite's integrity check");
            else if (scalarText(copy, QStringLiteral("PRAGMA user_version")).toInt()
                     != db.schemaVersion())
                problem = Tr::tr("the copy has a different schema version");
            else if (rowCounts(copy) != rowCounts(db.connection()))
                problem = Tr::tr("the copy holds a different number of records");
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

using filesafety::removeWithCompanions;

// An SQLite file of ours whose schema this version can open (an older one is upgraded on
// restore), judged from the file's header without opening it.
bool isOpenableHubRegisterFile(const QString &path)
{
    const auto header = filesafety::sqliteHeader(path);
    return header && header->applicationId == Database::kApplicationId
        && int(header->userVersion) <= Migrator::latestVersion();
}

// Counts how often another connection has committed to the file: a different number after the
// copy means the file changed while it was copied.
qint64 dataVersion(const Database &db)
{
    SqlQuery version(db, QStringLiteral("PRAGMA data_version"));
    return version.scalar().toLongLong();
}

constexpr int kCopyAttempts = 3;

} // namespace

void Backup::copyVerified(const Database &db, const QString &target,
                          const std::function<void()> &whileCopying)
{
    const QFileInfo info(target);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isSymLink())
        throw StoreError(
            StoreError::Kind::Io,
            Tr::tr("“%1” is a link; a backup is never written through one.").arg(shown));
    if (info.exists())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” already exists; a backup never "
                                "overwrites a file.")
                             .arg(shown));
    if (!QFileInfo(info.absolutePath()).isDir())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The folder “%1” does not exist; a backup makes no folders. Make "
                                "it first, or choose another.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (const QString why = filesafety::whyNotWrite(target, db.path(), filesafety::Purpose::Backup);
        !why.isEmpty())
        throw StoreError(StoreError::Kind::Io, why);

    // A copy of a damaged file is no backup, however well it copies: VACUUM INTO rebuilds
    // indexes from the tables, so damage only the full check finds would not show in the copy.
    const IntegrityReport source = IntegrityCheck::run(db.path(), IntegrityCheck::Depth::Full);
    if (!source.intact)
        throw StoreError(source.unreadable ? StoreError::Kind::Io : StoreError::Kind::Corrupt,
                         Tr::tr("No backup was made: %1 A copy of a damaged file would not be a "
                                "good backup; “hubregister check --full” names the latest good "
                                "one.")
                             .arg(source.message()));

    // Written under a hidden working name and renamed only once verified, so a copy killed
    // half way never sits where a backup is expected; the next backup here clears it away.
    filesafety::removeAbandoned(info.absolutePath(), QStringLiteral("hubregister-partial"));
    const QString partial
        = filesafety::workingName(info.absoluteFilePath(), QStringLiteral("hubregister-partial"));
    QString problem;
    for (int attempt = 1; attempt <= kCopyAttempts; ++attempt) {
        removeWithCompanions(partial);
        QString error;
        // VACUUM INTO accepts an empty file, so the copy is private from its first byte.
        if (!filesafety::createPrivate(partial, &error))
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("The backup “%1” cannot be created: %2").arg(shown, error));
        const qint64 before = dataVersion(db);
        try {
            SqlQuery vacuum(db, QStringLiteral("VACUUM INTO :target"));
            vacuum.bind(QStringLiteral(":target"), partial).exec();
        } catch (const StoreError &failure) {
            removeWithCompanions(partial);
            throw StoreError(
                failure.kind(),
                Tr::tr("The backup “%1” could not be written: %2").arg(shown, failure.message()));
        }
        if (whileCopying)
            whileCopying();
        problem = verifyCopy(db, partial);
        if (problem.isEmpty())
            break;
        // Another program committed between the copy and the comparison: copy again.
        if (dataVersion(db) == before)
            break;
    }
    if (!problem.isEmpty()) {
        removeWithCompanions(partial);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” did not verify (%2), so it "
                                "was removed.")
                             .arg(shown, problem));
    }
    QString error;
    if (!filesafety::syncToDisk(partial)
        || !filesafety::renameNoReplace(partial, info.absoluteFilePath(), &error)) {
        removeWithCompanions(partial);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” could not be given its name: %2")
                             .arg(shown, error.isEmpty() ? Tr::tr("the disk refused") : error));
    }
    removeWithCompanions(partial);
}

QString Backup::takeNow(const Database &db)
{
    const QDir folder(folderFor(db.path()));
    const QString base = QFileInfo(db.path()).completeBaseName() + QLatin1Char('-')
        + db.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target = folder.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    copyVerified(db, target);
    return target;
}

QString Backup::beforeUpgrade(const Database &db, int fromVersion)
{
    const QString stamp = db.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QFileInfo(db.path()).completeBaseName();
    QString target
        = QDir(folderFor(db.path()))
              .filePath(QStringLiteral("%1-%2-schema%3.sqlite").arg(base, stamp).arg(fromVersion));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folderFor(db.path()))
                     .filePath(QStringLiteral("%1-%2-schema%3-%4.sqlite")
                                   .arg(base, stamp)
                                   .arg(fromVersion)
                                   .arg(n));
    copyVerified(db, target);
    return target;
}

QStringList Backup::dailyBackups(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir folder(folderFor(databasePath));
    // yyyyMMdd in the name sorts by date, so name order is age order.
    return folder.entryList({ base + QStringLiteral("-daily-????????.sqlite") }, QDir::Files,
                            QDir::Name | QDir::Reversed);
}

QString Backup::dailyIfDue(const Database &db, int keep)
{
    const QString base = QFileInfo(db.path()).completeBaseName();
    const QString today = db.clock().today().toString(QStringLiteral("yyyyMMdd"));
    const QDir folder(folderFor(db.path()));
    const QString name = QStringLiteral("%1-daily-%2.sqlite").arg(base, today);
    QString made;
    if (!folder.exists(name)) {
        copyVerified(db, folder.filePath(name));
        made = folder.filePath(name);
    }
    const QStringList daily = dailyBackups(db.path());
    for (int i = qMax(1, keep); i < daily.size(); ++i)
        QFile::remove(folder.filePath(daily.at(i)));
    return made;
}

QStringList Backup::allBackups(const QString &databasePath)
{
    // Looked up without folderFor(), which would create the folder.
    const QDir folder(folderPath(databasePath));
    const QString base = QFileInfo(databasePath).completeBaseName();
    QFileInfoList files = folder.entryInfoList({ base + QStringLiteral("-*.sqlite") }, QDir::Files);
    // Each backup is written once, so the time it was last written is the time it was taken;
    // the name settles a tie.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime aTime = a.lastModified();
        const QDateTime bTime = b.lastModified();
        return aTime != bTime ? aTime > bTime : a.fileName() > b.fileName();
    });
    QStringList paths;
    for (const QFileInfo &file : files)
        paths << file.absoluteFilePath();
    return paths;
}

QString Backup::latestGood(const QString &databasePath)
{
    for (const QString &path : allBackups(databasePath)) {
        if (isOpenableHubRegisterFile(path) && IntegrityCheck::run(path).intact)
            return path;
    }
    return {};
}

QString Backup::folderPath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backup::folderFor(const QString &databasePath)
{
    const QString folder = folderPath(databasePath);
    if (!QFileInfo::exists(folder))
        QDir().mkdir(folder,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace hubreg
