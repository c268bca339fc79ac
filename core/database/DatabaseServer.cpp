// Database's side for a hub on a PostgreSQL server: connecting, telling a HubRegister database
// from another program's, and the schema-version record a server keeps in a table.
#include "Clock.h"
#include "Database.h"
#include "Migrator.h"
#include "ServerPassword.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QSqlError>

namespace hubreg {

namespace {
const QString kDriver = QStringLiteral("QPSQL");
} // namespace

Database::Database(const ServerAddress &server, Access access)
    : m_path(server.toString())
    , m_access(access)
    , m_connectionName(QStringLiteral("hubreg-server-%1").arg(quintptr(this)))
    , m_clock(&Clock::system())
    , m_dialect(SqlDialect::Backend::Postgres)
    , m_server(server)
{ }

std::unique_ptr<Database> Database::openServer(const QString &address, Access access)
{
    QString why;
    const auto server = ServerAddress::parse(address, &why);
    if (!server)
        throw StoreError(StoreError::Kind::Invalid, why);
    std::unique_ptr<Database> db(new Database(*server, access));
    db->openServerConnection();
    const int version = db->identifyServer();
    db->bringSchemaUpToDate(version);
    return db;
}

void Database::setUpServerHub(const QString &address, const std::function<void(Database &)> &fill)
{
    QString why;
    const auto server = ServerAddress::parse(address, &why);
    if (!server)
        throw StoreError(StoreError::Kind::Invalid, why);
    std::unique_ptr<Database> db(new Database(*server, Access::ReadWrite));
    db->openServerConnection();
    // PostgreSQL changes its schema in transactions too: the schema record, every migration
    // and what `fill` writes are kept together or not at all, so that a cancelled copy leaves
    // a database as empty as it found it, ready for the next.
    Transaction whole(*db);
    const int version = db->identifyServer();
    db->bringSchemaUpToDate(version);
    fill(*db);
    whole.commit();
}

void Database::openServerConnection()
{
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        throw StoreError(StoreError::Kind::Io,
                         tr("This HubRegister cannot reach PostgreSQL servers: Qt's PostgreSQL "
                            "driver is not installed (on Debian and Ubuntu, the package "
                            "libqt6sql6-psql)."));
    QSqlDatabase connection = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    connection.setHostName(m_server->host);
    connection.setPort(m_server->port);
    connection.setDatabaseName(m_server->database);
    connection.setUserName(m_server->user);
    connection.setConnectOptions(m_server->connectOptions());
    // A password the window was given (typed, or from the keyring); none otherwise, and libpq
    // reads ~/.pgpass or the service file. It is never part of the address or a message.
    if (const auto password = ServerPassword::find(*m_server))
        connection.setPassword(*password);
    // Sums and averages arrive as numbers, not as decimal text.
    connection.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!connection.open()) {
        const QString reason = connection.lastError().databaseText().trimmed().isEmpty()
            ? connection.lastError().text()
            : connection.lastError().databaseText().trimmed();
        throw StoreError(StoreError::Kind::Io,
                         tr("HubRegister could not connect to %1: %2").arg(displayName(), reason));
    }
    // Notices (a table that already exists, and the like) are not for people.
    execSql(*this, QStringLiteral("SET client_min_messages = warning"));
    if (m_access == Access::ReadOnly)
        execSql(*this, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

int Database::identifyServer()
{
    SqlQuery tables(*this,
                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                   "table_schema = current_schema()"));
    m_fresh = tables.scalar().toInt() == 0;
    SqlQuery marker(*this, QStringLiteral("SELECT to_regclass('hubregister_schema') IS NOT NULL"));
    const bool ours = marker.scalar().toBool();
    if (!ours && !m_fresh)
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("%1 holds another program's tables, not a HubRegister hub. Create an "
                            "empty database for the hub and open that.")
                             .arg(displayName()));
    if (!ours) {
        if (m_access == Access::ReadOnly)
            throw StoreError(
                StoreError::Kind::ReadOnly,
                tr("%1 is empty, and a hub cannot be set up in it read-only.").arg(displayName()));
        Transaction transaction(*this);
        execSql(*this, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
        execSql(*this,
                QStringLiteral("CREATE TABLE IF NOT EXISTS hubregister_schema ("
                               "application_id BIGINT NOT NULL, version INTEGER NOT NULL)"));
        execSql(*this,
                QStringLiteral("INSERT INTO hubregister_schema (application_id, version) "
                               "SELECT %1, 0 WHERE NOT EXISTS (SELECT 1 FROM "
                               "hubregister_schema)")
                    .arg(kApplicationId));
        transaction.commit();
    }
    SqlQuery record(*this,
                    QStringLiteral("SELECT application_id, version FROM hubregister_schema"));
    record.exec();
    if (!record.next() || record.value(0).toLongLong() != qint64(kApplicationId))
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("%1 is not a HubRegister hub: its schema record is missing or "
                            "another program's.")
                             .arg(displayName()));
    const int version = record.value(1).toInt();
    const int latest = Migrator::latestVersion();
    if (version > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("%1 was set up by a newer version of HubRegister (schema %2; this version "
               "understands up to %3). It has not been changed. Install the newer HubRegister "
               "to open it.")
                .arg(displayName(), QString::number(version), QString::number(latest)));
    return version;
}

} // namespace hubreg
