#pragma once

#include <QString>

namespace hubreg {

// What PostgreSQL keeps of a login's password (SCRAM-SHA-256, RFC 5802 and 7677), made here, so
// that the password itself never travels to the server, nor reaches its logs.
namespace scram {

// "SCRAM-SHA-256$4096:SALT$STOREDKEY:SERVERKEY" for `password`, with a random salt.
QString verifier(const QString &password);
// The same with the salt given: the same password and salt give the same verifier.
QString verifier(const QString &password, const QByteArray &salt, int iterations = 4096);

} // namespace scram
} // namespace hubreg
