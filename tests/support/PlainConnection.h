#pragma once

// A connection to a database on the test server through Qt's PostgreSQL driver alone, none of
// HubRegister's: to set a database up, hold a lock or look at it behind the program's back.
#include "TestServer.h"
#include "database/ServerAddress.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace hubreg::test {

class PlainConnection
{
public:
    explicit PlainConnection(const QString &address)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("plain-%1").arg(counter.fetchAndAddRelaxed(1));
        QString why;
        const auto server = ServerAddress::parse(address, &why);
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (server) {
            connection.setHostName(server->host);
            connection.setPort(server->port);
            connection.setUserName(server->user);
            connection.setDatabaseName(server->database);
            m_open = connection.open();
        }
    }
    ~PlainConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Runs the statements in order; false at the first that fails.
    bool exec(const QStringList &statements)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        for (const QString &statement : statements)
            if (!m_open || !query.exec(statement))
                return false;
        return true;
    }
    // The first value of the first row `sql` gives, or an invalid QVariant.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (m_open && query.exec(sql) && query.next())
            return query.value(0);
        return {};
    }

private:
    QString m_name;
    bool m_open = false;
};

// Runs `statements` on `address` through a connection of its own.
inline bool execPlain(const QString &address, const QStringList &statements)
{
    PlainConnection connection(address);
    return connection.exec(statements);
}

// The first value `sql` gives on `address`, through a connection of its own.
inline QVariant plainValue(const QString &address, const QString &sql)
{
    PlainConnection connection(address);
    return connection.value(sql);
}

// A new database on the test server holding what the database at `address` holds (which
// nobody may have open meanwhile), for a test to change while the original stays as it was.
// Returns its address, or an empty string when the server refused. Drop it with
// testserver::dropDatabase.
inline QString cloneServerDatabase(const QString &address)
{
    static QAtomicInt counter;
    QString why;
    auto server = ServerAddress::parse(address, &why);
    if (!server)
        return {};
    const QString name
        = QStringLiteral("%1_c%2").arg(server->database).arg(counter.fetchAndAddRelaxed(1));
    PlainConnection admin(testserver::adminAddress());
    if (!admin.exec(
            { QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, server->database) }))
        return {};
    server->database = name;
    return server->toString();
}

} // namespace hubreg::test
