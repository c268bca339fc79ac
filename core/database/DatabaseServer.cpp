// Database's side for a hub on a PostgreSQL server: connecting, telling a HubRegister database
// from another program's, and the schema-version record a server keeps in a table.
#include "Clock.h"
#include "Database.h"
#include "Migrator.h"
#include "ServerConnection.h"
#include "ServerLink.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QSqlDriver>
#include <QSqlError>

namespace hubreg {

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
    db->listenToOthers();
    return db;
}

namespace {
const QString kChangesChannel = QStringLiteral("hubregister_changes");
} // namespace

void Database::subscribeToOthers()
{
    QSqlDriver *driver = connection().driver();
    if (!driver->subscribeToNotification(kChangesChannel))
        throw StoreError(StoreError::Kind::Io,
                         tr("%1 does not pass on other people's changes: %2")
                             .arg(displayName(), driver->lastError().text()));
}

void Database::listenToOthers()
{
    subscribeToOthers();
    // The driver stays the same across a reconnection, so this is connected once.
    connect(connection().driver(), &QSqlDriver::notification, this,
            [this](const QString &channel, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                hearNotice(channel, payload, source == QSqlDriver::SelfSource);
            });
}

void Database::hearNotice(const QString &channel, const QVariant &payload, bool fromThisConnection)
{
    // This program's own changes were told as they were committed.
    if (channel != kChangesChannel || fromThisConnection)
        return;
    if (const auto change = Change::fromNotice(payload.toString()))
        emit changed(*change);
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
    serverconnection::open(*m_server, m_connectionName);
    m_link = new ServerLink(m_connectionName, this);
    connect(m_link, &ServerLink::lost, this, &Database::connectionLost);
    connect(m_link, &ServerLink::restored, this, &Database::connectionRestored);
    setUpServerSession();
}

void Database::setUpServerSession()
{
    // Notices (a table that already exists, and the like) are not for people.
    execSql(*this, QStringLiteral("SET client_min_messages = warning"));
    if (m_access == Access::ReadOnly)
        execSql(*this, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

bool Database::isConnectionLost() const
{
    return m_link && m_link->isLost();
}

StoreError Database::connectionLostError() const
{
    return StoreError(StoreError::Kind::Io,
                      tr("The connection to %1 has been lost, and HubRegister is trying to "
                         "connect again: nothing can be saved or read until it is back. "
                         "Nothing of this was saved.")
                          .arg(displayName()));
}

void Database::noteQueryFailure(const QSqlError &error) const
{
    if (m_link)
        m_link->suspect(error);
}

bool Database::checkConnection()
{
    return !m_link || m_link->probe();
}

std::optional<QString> Database::serverPassword() const
{
    const QSqlDatabase opened = connection();
    if (!m_link || opened.password().isEmpty())
        return std::nullopt;
    return opened.password();
}

void Database::reconnect()
{
    if (!isConnectionLost())
        return;
    if (inTransaction())
        throw StoreError(StoreError::Kind::Internal,
                         tr("Reconnecting was asked for within a transaction."));
    QSqlDatabase opened = connection();
    opened.close();
    if (!opened.open())
        throw StoreError(StoreError::Kind::Io,
                         tr("HubRegister could not connect to %1 again: %2")
                             .arg(displayName(), opened.lastError().text()));
    try {
        // Queries pass again from here; if the new connection fails at once, it is lost again.
        m_link->setLost(false);
        setUpServerSession();
        subscribeToOthers();
    } catch (const StoreError &) {
        m_link->setLost(true);
        throw;
    }
    // What others committed while the connection was gone was not heard: every screen reads
    // what it shows again.
    for (Entity entity :
         { Entity::Hub, Entity::AcademicYear, Entity::Programme, Entity::School, Entity::SchoolLink,
           Entity::Person, Entity::WorkGroup, Entity::SchoolEnrolment, Entity::ParticipantEnrolment,
           Entity::Session, Entity::AttendanceMark, Entity::Setting })
        emit changed(Change { entity, {}, true });
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
