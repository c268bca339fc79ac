#pragma once

#include <QString>

#include <optional>

namespace hubreg {

// Where a hub's records live on a PostgreSQL server, as the user writes it:
// postgresql://user@host:port/database?sslmode=verify-full. The password is never part of it:
// it comes from ~/.pgpass, a service file or the system keyring.
class ServerAddress
{
public:
    // Whether `location` names a server rather than a file.
    static bool isServerAddress(const QString &location);
    // Reads `location`; on a mistake returns nothing and sets `why` to a sentence saying what
    // is wrong.
    static std::optional<ServerAddress> parse(const QString &location, QString *why);

    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: prefer (TLS when the server offers it), require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
    QString service;

    // The address again, for titles and messages (no password is ever in it).
    QString toString() const;
    // The options for Qt's PostgreSQL driver beyond host, port, database and user.
    QString connectOptions() const;
};

} // namespace hubreg
