#include "Backup.h"

#include "Clock.h"
#include "Database.h"
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
#include <QtEndian>

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
        copy.setDatabaseName(target);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
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

// A copy that failed, with what SQLite left beside it (a VACUUM INTO cut short by a full
// disk leaves its rollback journal).
void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// An SQLite file of ours whose schema this version can open (an older one is upgraded on
// restore), judged from the file's header without opening it.
bool isOpenableHubRegisterFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    return qFromBigEndian<quint32>(bytes + 68) == Database::kApplicationId
        && int(qFromBigEndian<quint32>(bytes + 60)) <= Migrator::latestVersion();
}

} // namespace

void Backup::copyVerified(const Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("“%1” already exists; a backup never "
                                "overwrites a file.")
                             .arg(QDir::toNativeSeparators(target)));
    QDir().mkpath(info.absolutePath());
    {
        // VACUUM INTO accepts an empty file, so the copy is private from its first byte.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("The backup “%1” cannot be created: %2")
                                 .arg(QDir::toNativeSeparators(target), file.errorString()));
    }
    try {
        SqlQuery vacuum(db, QStringLiteral("VACUUM INTO :target"));
        vacuum.bind(QStringLiteral(":target"), info.absoluteFilePath()).exec();
    } catch (const StoreError &error) {
        removeWithCompanions(target);
        throw StoreError(error.kind(),
                         Tr::tr("The backup “%1” could not be written: %2")
                             .arg(QDir::toNativeSeparators(target), error.message()));
    }
    const QString problem = verifyCopy(db, target);
    if (!problem.isEmpty()) {
        removeWithCompanions(target);
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” did not verify (%2), so it "
                                "was removed.")
                             .arg(QDir::toNativeSeparators(target), problem));
    }
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
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return folder;
}

} // namespace hubreg
