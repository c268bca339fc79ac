#pragma once

#include <QString>

#include <stdexcept>

namespace hubreg {

// Why a pack was refused, or an exchange could not go ahead: a message a person can act on,
// with its kind so callers (and tests) can tell one refusal from another.
class ExchangeError : public std::runtime_error
{
public:
    enum class Kind {
        NotAPack, // the file is not a pack at all
        NewerFormat, // made by a newer HubRegister
        Truncated, // the file ends before its declared end
        Tampered, // decryption or signature failed, or the parts disagree
        Damaged, // authentic, but its content is not what HubRegister writes
        OtherHub, // made by or for another hub, or for another Lead
        NotForThisFile, // the wrong way round (a return pack given to a Lead's copy)
        UnknownLead, // a return from a Lead this hub never sent a pack to
        WrongPassphrase, // the passphrase or code does not open the key
        OutOfSequence, // older than a pack taken in, or building on one never taken in
        ReusedId, // a pack id taken in before with other content
        NoIdentity, // the file takes no part in an exchange yet
        Undecided, // conflicts are left undecided
        DeletionsUnconfirmed, // more deletions than the guard lets through unasked
        Invalid, // a request that cannot be carried out (unknown Lead, no Work Group)
        Io // the disk refused
    };

    ExchangeError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace hubreg
