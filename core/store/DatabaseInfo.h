#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace hubreg {

class Database;

// A summary of an open file for the Properties dialog and `hubregister info`.
struct DatabaseInfo
{
    QString path;
    qint64 sizeBytes = 0; // the file with its write-ahead log
    int schemaVersion = 0;
    // SQLite's version for a file, the server's ("PostgreSQL 15.18") for a server's hub.
    QString sqliteVersion;
    bool onServer = false;
    bool readOnly = false;
    QList<QPair<QString, qint64>> counts; // label, number of records

    static DatabaseInfo of(const Database &db);
    // Labelled lines, in the order a person reads them.
    QList<QPair<QString, QString>> lines() const;
};

} // namespace hubreg
