#include "ServerConnection.h"

#include "Database.h"
#include "ServerAddress.h"
#include "ServerPassword.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace hubreg::serverconnection {

namespace {
const QString kDriver = QStringLiteral("QPSQL");
} // namespace

QString name(const ServerAddress &server)
{
    return Database::tr("%1 on %2")
        .arg(server.database.isEmpty() ? server.service : server.database,
             server.host.isEmpty() ? QStringLiteral("localhost") : server.host);
}

QSqlDatabase open(const ServerAddress &server, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        throw StoreError(StoreError::Kind::Io,
                         Database::tr("This HubRegister cannot reach PostgreSQL servers: Qt's "
                                      "PostgreSQL driver is not installed (on Debian and Ubuntu, "
                                      "the package libqt6sql6-psql)."));
    QSqlDatabase connection = QSqlDatabase::addDatabase(kDriver, connectionName);
    connection.setHostName(server.host);
    connection.setPort(server.port);
    connection.setDatabaseName(server.database);
    connection.setUserName(server.user);
    connection.setConnectOptions(server.connectOptions());
    // A password the window was given (typed, or from the keyring); none otherwise, and libpq
    // reads ~/.pgpass or the service file. It is never part of the address or a message.
    if (const auto password = ServerPassword::find(server))
        connection.setPassword(*password);
    // Sums and averages arrive as numbers, not as decimal text.
    connection.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!connection.open()) {
        const QString reason = connection.lastError().databaseText().trimmed().isEmpty()
            ? connection.lastError().text()
            : connection.lastError().databaseText().trimmed();
        throw StoreError(
            StoreError::Kind::Io,
            Database::tr("HubRegister could not connect to %1: %2").arg(name(server), reason));
    }
    return connection;
}

void reach(const QString &address)
{
    QString why;
    const auto server = ServerAddress::parse(address, &why);
    if (!server)
        throw StoreError(StoreError::Kind::Invalid, why);
    // Each try has a name of its own: tries on several threads may overlap.
    static QAtomicInteger<quint64> tries;
    const QString connectionName
        = QStringLiteral("hubreg-server-reach-%1").arg(tries.fetchAndAddRelaxed(1));
    struct Removed
    {
        QString name;
        ~Removed() { QSqlDatabase::removeDatabase(name); }
    } removed { connectionName };
    QSqlDatabase connection = open(*server, connectionName);
    connection.close();
}

} // namespace hubreg::serverconnection
