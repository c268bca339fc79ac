#pragma once

#include "PackCrypto.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace hubreg {

class Database;

enum class ExchangeRole { Hub, Lead };

// A file's part in the exchange: a hub's file (its keys) or a Lead's copy (which hub, which
// Lead, this device, its keys and the hub's). The secret keys stay encrypted under a
// passphrase until `unlock`.
struct ExchangeIdentity
{
    ExchangeRole role = ExchangeRole::Hub;
    QUuid hubId;
    QString hubName;
    QString leadUuid; // a Lead's copy
    QString deviceId; // a Lead's copy
    packcrypto::PublicKeys publicKeys;
    packcrypto::PublicKeys peerKeys; // a Lead's copy: the hub's
    QByteArray secretKeys;
    QByteArray secretNonce;
    QByteArray secretSalt;
    packcrypto::PasswordCost cost;
    qint64 versionCounter = 0;
    int nextSeq = 1; // a Lead's copy: its next return
    int ackedSeq = 0; // a Lead's copy: its last return the hub acknowledged
    int lastHubSeq = 0; // a Lead's copy: the last hub pack it opened
    QDateTime lastExchangeAt;
    QDateTime createdAt;

    bool isHub() const { return role == ExchangeRole::Hub; }
    bool isLead() const { return role == ExchangeRole::Lead; }
};

// A Lead as a hub knows them: the public keys it issued, its next pack to them and the Work
// Groups the last one held.
struct ExchangeLead
{
    QString leadUuid;
    packcrypto::PublicKeys publicKeys;
    QDateTime keysIssuedAt;
    int nextSeq = 1;
    QStringList scope;
};

// Reads and writes a file's exchange identity and a hub's Leads (exchange_identity,
// exchange_leads).
class ExchangeIdentityStore
{
public:
    explicit ExchangeIdentityStore(Database &db)
        : m_db(db)
    { }

    std::optional<ExchangeIdentity> load() const;
    // The identity, or ExchangeError (NoIdentity) saying the file takes no part in an exchange.
    ExchangeIdentity require() const;

    // Makes this file a hub's: `keys` (normally new ones) with their secret halves under
    // `passphrase`. Throws ExchangeError (Invalid) for a passphrase under 8 characters or when
    // the file already has an identity.
    ExchangeIdentity createHub(const QString &hubName, const QString &passphrase,
                               packcrypto::PasswordCost cost, const packcrypto::KeySet &keys,
                               const QUuid &hubId = QUuid::createUuid());
    // Makes this file a Lead's copy, from a first pack's key material.
    ExchangeIdentity createLead(const QUuid &hubId, const QString &hubName,
                                const packcrypto::PublicKeys &hubKeys, const QString &leadUuid,
                                const packcrypto::KeySet &leadKeys, const QString &passphrase,
                                packcrypto::PasswordCost cost);
    // A first pack opened again on a copy (keys issued anew): the new keys replace the old.
    void replaceLeadKeys(const packcrypto::PublicKeys &hubKeys, const packcrypto::KeySet &leadKeys,
                         const QString &passphrase, packcrypto::PasswordCost cost);

    // The secret keys, or ExchangeError (WrongPassphrase).
    static packcrypto::KeySet unlock(const ExchangeIdentity &identity, const QString &passphrase);

    void setVersionCounter(qint64 counter);
    void setNextSeq(int seq);
    void setAckedSeq(int seq);
    void setLastHubSeq(int seq);
    void setLastExchange(const QDateTime &when);

    std::optional<ExchangeLead> lead(const QString &leadUuid) const;
    void saveLead(const ExchangeLead &lead);

    static constexpr int kMinimumPassphrase = 8;

private:
    void writeSecrets(const packcrypto::KeySet &keys, const QString &passphrase,
                      packcrypto::PasswordCost cost, QByteArray &secret, QByteArray &nonce,
                      QByteArray &salt) const;
    Database &m_db;
};

} // namespace hubreg
