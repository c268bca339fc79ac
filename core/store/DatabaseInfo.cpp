#include "DatabaseInfo.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace hubreg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hubreg::DatabaseInfo", text);
}
} // namespace

DatabaseInfo DatabaseInfo::of(const Database &db)
{
    DatabaseInfo info;
    info.path = db.path();
    info.sizeBytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    info.schemaVersion = db.schemaVersion();
    info.readOnly = db.isReadOnly();
    SqlQuery version(db, QStringLiteral("SELECT sqlite_version()"));
    info.sqliteVersion = version.scalar().toString();
    const QList<QPair<QString, QString>> tables = {
        {tr("Schools"), QStringLiteral("schools")},
        {tr("GIAS links"), QStringLiteral("school_links")},
        {tr("People"), QStringLiteral("people")},
        {tr("Programmes"), QStringLiteral("programmes")},
        {tr("Work Groups"), QStringLiteral("work_groups")},
        {tr("School enrolments"), QStringLiteral("work_group_schools")},
        {tr("Participant enrolments"), QStringLiteral("work_group_participants")},
        {tr("Sessions"), QStringLiteral("sessions")},
        {tr("Attendance marks"), QStringLiteral("attendance_marks")},
    };
    for (const auto &table : tables) {
        SqlQuery count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table.second));
        info.counts << qMakePair(table.first, count.scalar().toLongLong());
    }
    return info;
}

QList<QPair<QString, QString>> DatabaseInfo::lines() const
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QList<QPair<QString, QString>> result = {
        {tr("File"), QDir::toNativeSeparators(path)},
        {tr("Size"), locale.formattedDataSize(sizeBytes, 1, QLocale::DataSizeTraditionalFormat)},
        {tr("Schema version"), QString::number(schemaVersion)},
        {tr("SQLite version"), sqliteVersion},
        {tr("Opened"), readOnly ? tr("read-only") : tr("for reading and writing")},
    };
    for (const auto &count : counts)
        result << qMakePair(count.first, locale.toString(count.second));
    return result;
}

} // namespace hubreg
