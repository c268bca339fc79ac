#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hubreg {

class ServerAddress;

// The driver's connection to a hub's server, made the one way every HubRegister connection is
// made; and a connection tried alone, so that a window can wait for a slow or absent server on
// a thread of its own (Qt cannot hand an open connection from one thread to another).
namespace serverconnection {

// How people are told which database is meant: "northhub on db.example.org".
QString name(const ServerAddress &server);

// Adds and opens the connection `connectionName` to `server`, with a password given on this
// thread through ServerPassword, if any. Throws StoreError (Io) in the server's own words
// when it cannot be opened, or when Qt's PostgreSQL driver is missing.
QSqlDatabase open(const ServerAddress &server, const QString &connectionName);

// Connects to the server at `address` and disconnects again, opening no hub. Throws
// StoreError, with the words opening the hub would use, when the server cannot be reached or
// refuses the user.
void reach(const QString &address);

} // namespace serverconnection
} // namespace hubreg
