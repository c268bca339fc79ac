#pragma once

#include <QString>

#include <stdexcept>

namespace hubreg {

// What the core throws when a read or write cannot be done: a message a person can act on,
// naming the record and the field where there is one.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        Invalid, // a value breaks a rule (bad URN, end before start)
        NotFound, // the record asked for does not exist
        Duplicate, // a unique value is already taken
        InUse, // removing it would lose data that depends on it
        Conflict, // the request contradicts stored facts (mark for a cancelled session)
        Stale, // the record has been changed by someone else since the change was based on it
        Locked, // another HubRegister holds the file
        ReadOnly, // the file or its folder cannot be written
        NewerSchema, // written by a newer HubRegister
        NotHubRegister, // the file is not a HubRegister database
        Corrupt, // the file is damaged
        Io, // the disk refused (full, permissions, missing folder)
        Internal // anything else the database reported
    };

    StoreError(Kind kind, const QString &message, const QString &record = {},
               const QString &field = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString record() const { return m_record; }
    QString field() const { return m_field; }

private:
    Kind m_kind;
    QString m_message;
    QString m_record;
    QString m_field;
};

} // namespace hubreg
