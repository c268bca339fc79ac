#include "DatabaseInfo.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::DatabaseInfo)
};
} // namespace

DatabaseInfo DatabaseInfo::of(const Database &db)
{
    DatabaseInfo info;
    info.path = db.path();
    info.schemaVersion = db.schemaVersion();
    info.readOnly = db.isReadOnly();
    info.onServer = db.isServer();
    if (db.isServer()) {
        SqlQuery size(db, QStringLiteral("SELECT pg_database_size(current_database())"));
        info.sizeBytes = size.scalar().toLongLong();
        SqlQuery version(db, QStringLiteral("SELECT version()"));
        info.sqliteVersion = version.scalar().toString().section(QLatin1Char(' '), 0, 1);
        // The server's word, not the address's: a service file may have named the database
        // and user, and TLS is whatever the connection settled on.
        SqlQuery session(db,
                         QStringLiteral("SELECT current_database(), current_user, "
                                        "coalesce(ssl.ssl, false), coalesce(ssl.version, '') "
                                        "FROM (SELECT 1) AS one LEFT JOIN pg_stat_ssl AS ssl "
                                        "ON ssl.pid = pg_backend_pid()"));
        session.exec();
        if (session.next()) {
            info.database = session.value(0).toString();
            info.user = session.value(1).toString();
            info.tls = session.value(2).toBool();
            info.tlsVersion = session.value(3).toString();
        }
    } else {
        info.sizeBytes
            = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
        SqlQuery version(db, QStringLiteral("SELECT sqlite_version()"));
        info.sqliteVersion = version.scalar().toString();
    }
    const QList<QPair<QString, QString>> tables = {
        { Tr::tr("Schools"), QStringLiteral("schools") },
        { Tr::tr("GIAS links"), QStringLiteral("school_links") },
        { Tr::tr("People"), QStringLiteral("people") },
        { Tr::tr("Programmes"), QStringLiteral("programmes") },
        { Tr::tr("Work Groups"), QStringLiteral("work_groups") },
        { Tr::tr("School enrolments"), QStringLiteral("work_group_schools") },
        { Tr::tr("Participant enrolments"), QStringLiteral("work_group_participants") },
        { Tr::tr("Sessions"), QStringLiteral("sessions") },
        { Tr::tr("Attendance marks"), QStringLiteral("attendance_marks") },
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
        { onServer ? Tr::tr("Server") : Tr::tr("File"),
          onServer ? path : QDir::toNativeSeparators(path) },
    };
    if (onServer) {
        result << qMakePair(Tr::tr("Database"), database) << qMakePair(Tr::tr("User"), user)
               << qMakePair(Tr::tr("Connection"),
                            tls ? Tr::tr("encrypted (TLS, %1)").arg(tlsVersion)
                                : Tr::tr("not encrypted (no TLS)"));
    }
    result << QList<QPair<QString, QString>> {
        { Tr::tr("Size"),
          locale.formattedDataSize(sizeBytes, 1, QLocale::DataSizeTraditionalFormat) },
        { Tr::tr("Schema version"), QString::number(schemaVersion) },
        { onServer ? Tr::tr("Server version") : Tr::tr("SQLite version"), sqliteVersion },
        { Tr::tr("Opened"), readOnly ? Tr::tr("read-only") : Tr::tr("for reading and writing") },
    };
    for (const auto &count : counts)
        result << qMakePair(count.first, locale.toString(count.second));
    return result;
}

} // namespace hubreg
