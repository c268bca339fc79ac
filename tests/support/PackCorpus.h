#pragma once

// The keys and ids behind the hostile packs in tests/data/hostile: fixed seeds, so the packs the
// corpus generator made can be read by a hub file the test makes the same way. Header-only so the
// shared test-support library needs no change.

#include "TestSupport.h"
#include "database/Database.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/PackCrypto.h"
#include "exchange/PackFile.h"

#include <QUuid>

namespace hubreg::test::packcorpus {

inline const QString kPassphrase = QStringLiteral("corpus hub passphrase");
inline const QUuid kHubId
    = QUuid::fromString(QStringLiteral("5d1c6a52-8c1e-4c51-9a4c-0a6f3c2b7e01"));
inline const QUuid kOtherHubId
    = QUuid::fromString(QStringLiteral("5d1c6a52-8c1e-4c51-9a4c-0a6f3c2b7e02"));
inline const QString kLead = QStringLiteral("a9e5d0c4-1b7f-4e0e-8f63-2d2b5c9d4a10");
inline const QString kUnknownLead = QStringLiteral("a9e5d0c4-1b7f-4e0e-8f63-2d2b5c9d4a11");
inline const QString kDevice = QStringLiteral("c0ffee00-1b7f-4e0e-8f63-2d2b5c9d4a12");

inline QByteArray seed(char fill)
{
    return QByteArray(32, fill);
}

inline packcrypto::KeySet hubKeys()
{
    return packcrypto::keysFromSeed(seed('h'));
}

inline packcrypto::KeySet leadKeys()
{
    return packcrypto::keysFromSeed(seed('l'));
}

inline packcrypto::KeySet strangerKeys()
{
    return packcrypto::keysFromSeed(seed('s'));
}

// A hub file that knows the corpus's Lead: the small Work Group, the corpus hub's identity and
// the Lead's public keys, as if it had sent the Lead a first pack.
inline void prepareHub(Database &db)
{
    buildSmallWorkGroup(db);
    ExchangeIdentityStore identities(db);
    identities.createHub(QStringLiteral("Corpus Maths Hub"), kPassphrase,
                         packcrypto::PasswordCost::minimum(), hubKeys(), kHubId);
    ExchangeLead lead;
    lead.leadUuid = kLead;
    lead.publicKeys = leadKeys().publicKeys;
    lead.keysIssuedAt = QDateTime(QDate(2024, 9, 1), QTime(9, 0), Qt::UTC);
    lead.nextSeq = 2;
    identities.saveLead(lead);
}

inline PackHeader returnHeader(int seq = 1)
{
    PackHeader header;
    header.kind = PackKind::ToHub;
    header.protection = PackProtection::Sealed;
    header.packId = QUuid::fromString(
        QStringLiteral("0badc0de-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')));
    header.hubId = kHubId;
    header.hubName = QStringLiteral("Corpus Maths Hub");
    header.lead = QUuid::fromString(kLead);
    header.device = QUuid::fromString(kDevice);
    header.seq = seq;
    header.made = QDateTime(QDate(2024, 11, 5), QTime(16, 30), Qt::UTC);
    return header;
}

// A return pack around `payload` (already compressed), signed by `signer` and sealed to
// `recipientBox`, as the Lead's copy makes one.
inline QByteArray sealedPack(const PackHeader &header, const QByteArray &payload,
                             const packcrypto::KeySet &signer, const QByteArray &recipientBox)
{
    return packfile::encode(header, [&](const QByteArray &prefix) {
        return packcrypto::seal(packcrypto::sign(prefix + payload, signer.signSecret) + payload,
                                recipientBox);
    });
}

} // namespace hubreg::test::packcorpus
