#pragma once

#include "PackContent.h"
#include "PackFile.h"

#include <optional>

namespace hubreg {

class Database;
struct ExchangeIdentity;

// Opens packs: first what anyone can read (the envelope), then, with the right key, the
// content, checking at each step that the pack is whole, authentic and meant for this file.
// Nothing here writes to the database.
class PackOpener
{
public:
    // Throws ExchangeError: NotAPack, NewerFormat, Truncated, Tampered, Io.
    static PackEnvelope inspect(const QString &path);
    static PackEnvelope inspect(const QByteArray &bytes, const QString &fileName);

    // Whether the pack is meant for this file (its role, its hub, its Lead), before any
    // passphrase is asked. Throws OtherHub, NotForThisFile, UnknownLead or NoIdentity. A first
    // pack for a file with no identity is fine: it makes a Lead's copy.
    static void checkAddressee(Database &db, const PackEnvelope &envelope);

    // A sealed pack, with this side's keys. Throws Tampered, Damaged.
    static PackContent open(Database &db, const PackEnvelope &envelope,
                            const packcrypto::KeySet &keys);
    // A first pack, with the code the hub read out. Throws WrongPassphrase, Tampered, Damaged.
    static PackContent openWithCode(const PackEnvelope &envelope, const QString &code);
};

} // namespace hubreg
