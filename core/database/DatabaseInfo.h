#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace hubreg {

class Database;

// A summary of an open hub (a file, or a database on a server) for the Properties dialog and
// `hubregister info`.
struct DatabaseInfo
{
    QString path; // the file, or the server's address (never with a password)
    qint64 sizeBytes = 0; // the file with its write-ahead log
    int schemaVersion = 0;
    // SQLite's version for a file, the server's ("PostgreSQL 15.18") for a server's hub.
    QString sqliteVersion;
    bool onServer = false;
    // On a server, as the server itself tells: the database and user of this connection, and
    // whether it is encrypted (TLS, with its protocol version).
    QString database;
    QString user;
    bool tls = false;
    QString tlsVersion;
    bool readOnly = false;
    QList<QPair<QString, qint64>> counts; // label, number of records

    static DatabaseInfo of(const Database &db);
    // Labelled lines, in the order a person reads them.
    QList<QPair<QString, QString>> lines() const;
};

} // namespace hubreg
