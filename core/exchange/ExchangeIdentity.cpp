#include "ExchangeIdentity.h"

#include "ExchangeError.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace hubreg {

using namespace packcrypto;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ExchangeIdentity)
};

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QVariant &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

void checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < ExchangeIdentityStore::kMinimumPassphrase)
        throw ExchangeError(ExchangeError::Kind::Invalid,
                            Tr::tr("A passphrase needs at least %1 characters.")
                                .arg(ExchangeIdentityStore::kMinimumPassphrase));
}

} // namespace

std::optional<ExchangeIdentity> ExchangeIdentityStore::load() const
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT role, hub_id, hub_name, lead_uuid, device_id, box_public, sign_public, "
            "secret_keys, secret_nonce, secret_salt, secret_ops, secret_mem, peer_box_public, "
            "peer_sign_public, version_counter, next_seq, last_hub_seq, last_exchange_at, "
            "created_at, "
            "acked_seq "
            "FROM exchange_identity WHERE id = 1"));
    query.exec();
    if (!query.next())
        return std::nullopt;
    ExchangeIdentity identity;
    identity.role = query.value("role").toString() == QLatin1String("lead") ? ExchangeRole::Lead
                                                                            : ExchangeRole::Hub;
    identity.hubId = QUuid::fromString(query.value("hub_id").toString());
    identity.hubName = query.value("hub_name").toString();
    identity.leadUuid = query.value("lead_uuid").toString();
    identity.deviceId = query.value("device_id").toString();
    identity.publicKeys = { unb64(query.value("box_public")), unb64(query.value("sign_public")) };
    identity.secretKeys = unb64(query.value("secret_keys"));
    identity.secretNonce = unb64(query.value("secret_nonce"));
    identity.secretSalt = unb64(query.value("secret_salt"));
    identity.cost = { quint64(query.value("secret_ops").toLongLong()),
                      quint64(query.value("secret_mem").toLongLong()) };
    identity.peerKeys
        = { unb64(query.value("peer_box_public")), unb64(query.value("peer_sign_public")) };
    identity.versionCounter = query.value("version_counter").toLongLong();
    identity.nextSeq = query.value("next_seq").toInt();
    identity.lastHubSeq = query.value("last_hub_seq").toInt();
    if (!query.value("last_exchange_at").isNull())
        identity.lastExchangeAt
            = QDateTime::fromString(query.value("last_exchange_at").toString(), Qt::ISODateWithMs);
    identity.createdAt
        = QDateTime::fromString(query.value("created_at").toString(), Qt::ISODateWithMs);
    identity.ackedSeq = query.value("acked_seq").toInt();
    query.finish();
    return identity;
}

ExchangeIdentity ExchangeIdentityStore::require() const
{
    const auto identity = load();
    if (!identity)
        throw ExchangeError(ExchangeError::Kind::NoIdentity,
                            Tr::tr("This file takes no part in an exchange yet: a hub's file "
                                   "starts with Send to Lead, a Lead's copy is made by opening "
                                   "the first pack from the hub."));
    return *identity;
}

void ExchangeIdentityStore::writeSecrets(const KeySet &keys, const QString &passphrase,
                                         PasswordCost cost, QByteArray &secret, QByteArray &nonce,
                                         QByteArray &salt) const
{
    salt = randomBytes(kSaltBytes);
    nonce = randomBytes(kNonceBytes);
    const SecretBytes key = deriveKey(passphrase, salt, cost);
    SecretBytes plain(kBoxSecretBytes + kSignSecretBytes);
    memcpy(plain.data(), keys.boxSecret.data(), kBoxSecretBytes);
    memcpy(plain.data() + kBoxSecretBytes, keys.signSecret.data(), kSignSecretBytes);
    secret = encryptSecret(key, nonce, plain);
}

ExchangeIdentity ExchangeIdentityStore::createHub(const QString &hubName, const QString &passphrase,
                                                  PasswordCost cost, const KeySet &keys,
                                                  const QUuid &hubId)
{
    checkPassphrase(passphrase);
    if (load())
        throw ExchangeError(ExchangeError::Kind::Invalid,
                            Tr::tr("This file already takes part in an exchange."));
    ExchangeIdentity identity;
    identity.role = ExchangeRole::Hub;
    identity.hubId = hubId;
    identity.hubName = hubName;
    identity.publicKeys = keys.publicKeys;
    identity.cost = cost;
    identity.createdAt = m_db.clock().nowUtc();
    writeSecrets(keys, passphrase, cost, identity.secretKeys, identity.secretNonce,
                 identity.secretSalt);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO exchange_identity (id, role, hub_id, hub_name, box_public, sign_public, "
            "secret_keys, secret_nonce, secret_salt, secret_ops, secret_mem, created_at) VALUES "
            "(1, "
            "'hub', :hub, :name, :box, :sign, :secret, :nonce, :salt, :ops, :mem, :now)"));
    query.bind(QStringLiteral(":hub"), hubId.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":name"), hubName)
        .bind(QStringLiteral(":box"), b64(keys.publicKeys.box))
        .bind(QStringLiteral(":sign"), b64(keys.publicKeys.sign))
        .bind(QStringLiteral(":secret"), b64(identity.secretKeys))
        .bind(QStringLiteral(":nonce"), b64(identity.secretNonce))
        .bind(QStringLiteral(":salt"), b64(identity.secretSalt))
        .bind(QStringLiteral(":ops"), qint64(cost.ops))
        .bind(QStringLiteral(":mem"), qint64(cost.mem))
        .bind(QStringLiteral(":now"), Clock::timestamp(identity.createdAt))
        .exec();
    return identity;
}

ExchangeIdentity ExchangeIdentityStore::createLead(const QUuid &hubId, const QString &hubName,
                                                   const PublicKeys &hubKeys,
                                                   const QString &leadUuid, const KeySet &leadKeys,
                                                   const QString &passphrase, PasswordCost cost)
{
    checkPassphrase(passphrase);
    if (load())
        throw ExchangeError(ExchangeError::Kind::Invalid,
                            Tr::tr("This file already takes part in an exchange."));
    ExchangeIdentity identity;
    identity.role = ExchangeRole::Lead;
    identity.hubId = hubId;
    identity.hubName = hubName;
    identity.leadUuid = leadUuid;
    identity.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    identity.publicKeys = leadKeys.publicKeys;
    identity.peerKeys = hubKeys;
    identity.cost = cost;
    identity.createdAt = m_db.clock().nowUtc();
    writeSecrets(leadKeys, passphrase, cost, identity.secretKeys, identity.secretNonce,
                 identity.secretSalt);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO exchange_identity (id, role, hub_id, hub_name, lead_uuid, device_id, "
            "box_public, sign_public, secret_keys, secret_nonce, secret_salt, secret_ops, "
            "secret_mem, "
            "peer_box_public, peer_sign_public, created_at) VALUES (1, 'lead', :hub, :name, :lead, "
            ":device, :box, :sign, :secret, :nonce, :salt, :ops, :mem, :peerBox, :peerSign, "
            ":now)"));
    query.bind(QStringLiteral(":hub"), hubId.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":name"), hubName)
        .bind(QStringLiteral(":lead"), leadUuid)
        .bind(QStringLiteral(":device"), identity.deviceId)
        .bind(QStringLiteral(":box"), b64(leadKeys.publicKeys.box))
        .bind(QStringLiteral(":sign"), b64(leadKeys.publicKeys.sign))
        .bind(QStringLiteral(":secret"), b64(identity.secretKeys))
        .bind(QStringLiteral(":nonce"), b64(identity.secretNonce))
        .bind(QStringLiteral(":salt"), b64(identity.secretSalt))
        .bind(QStringLiteral(":ops"), qint64(cost.ops))
        .bind(QStringLiteral(":mem"), qint64(cost.mem))
        .bind(QStringLiteral(":peerBox"), b64(hubKeys.box))
        .bind(QStringLiteral(":peerSign"), b64(hubKeys.sign))
        .bind(QStringLiteral(":now"), Clock::timestamp(identity.createdAt))
        .exec();
    return identity;
}

void ExchangeIdentityStore::replaceLeadKeys(const PublicKeys &hubKeys, const KeySet &leadKeys,
                                            const QString &passphrase, PasswordCost cost)
{
    checkPassphrase(passphrase);
    QByteArray secret;
    QByteArray nonce;
    QByteArray salt;
    writeSecrets(leadKeys, passphrase, cost, secret, nonce, salt);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "UPDATE exchange_identity SET box_public = :box, sign_public = :sign, secret_keys = "
            ":secret, secret_nonce = :nonce, secret_salt = :salt, secret_ops = :ops, secret_mem = "
            ":mem, peer_box_public = :peerBox, peer_sign_public = :peerSign WHERE id = 1 AND role "
            "= "
            "'lead'"));
    query.bind(QStringLiteral(":box"), b64(leadKeys.publicKeys.box))
        .bind(QStringLiteral(":sign"), b64(leadKeys.publicKeys.sign))
        .bind(QStringLiteral(":secret"), b64(secret))
        .bind(QStringLiteral(":nonce"), b64(nonce))
        .bind(QStringLiteral(":salt"), b64(salt))
        .bind(QStringLiteral(":ops"), qint64(cost.ops))
        .bind(QStringLiteral(":mem"), qint64(cost.mem))
        .bind(QStringLiteral(":peerBox"), b64(hubKeys.box))
        .bind(QStringLiteral(":peerSign"), b64(hubKeys.sign))
        .exec();
}

KeySet ExchangeIdentityStore::unlock(const ExchangeIdentity &identity, const QString &passphrase)
{
    if (!identity.cost.isAcceptable() || identity.secretSalt.size() != kSaltBytes)
        throw ExchangeError(ExchangeError::Kind::Damaged,
                            Tr::tr("The file's exchange keys are damaged."));
    const SecretBytes key = deriveKey(passphrase, identity.secretSalt, identity.cost);
    std::optional<SecretBytes> plain
        = decryptSecret(key, identity.secretNonce, identity.secretKeys);
    if (!plain || plain->size() != kBoxSecretBytes + kSignSecretBytes)
        throw ExchangeError(ExchangeError::Kind::WrongPassphrase,
                            identity.isHub()
                                ? Tr::tr("That is not the hub's exchange passphrase.")
                                : Tr::tr("That is not the passphrase of this Lead's copy."));
    KeySet keys;
    keys.publicKeys = identity.publicKeys;
    keys.boxSecret = SecretBytes(kBoxSecretBytes);
    keys.signSecret = SecretBytes(kSignSecretBytes);
    memcpy(keys.boxSecret.data(), plain->data(), kBoxSecretBytes);
    memcpy(keys.signSecret.data(), plain->data() + kBoxSecretBytes, kSignSecretBytes);
    return keys;
}

void ExchangeIdentityStore::setVersionCounter(qint64 counter)
{
    SqlQuery(m_db, QStringLiteral("UPDATE exchange_identity SET version_counter = :v WHERE id = 1"))
        .bind(QStringLiteral(":v"), counter)
        .exec();
}

void ExchangeIdentityStore::setNextSeq(int seq)
{
    SqlQuery(m_db, QStringLiteral("UPDATE exchange_identity SET next_seq = :v WHERE id = 1"))
        .bind(QStringLiteral(":v"), seq)
        .exec();
}

void ExchangeIdentityStore::setAckedSeq(int seq)
{
    SqlQuery(m_db, QStringLiteral("UPDATE exchange_identity SET acked_seq = :v WHERE id = 1"))
        .bind(QStringLiteral(":v"), seq)
        .exec();
}

void ExchangeIdentityStore::setLastHubSeq(int seq)
{
    SqlQuery(m_db, QStringLiteral("UPDATE exchange_identity SET last_hub_seq = :v WHERE id = 1"))
        .bind(QStringLiteral(":v"), seq)
        .exec();
}

void ExchangeIdentityStore::setLastExchange(const QDateTime &when)
{
    SqlQuery(m_db,
             QStringLiteral("UPDATE exchange_identity SET last_exchange_at = :v WHERE id = 1"))
        .bind(QStringLiteral(":v"), Clock::timestamp(when))
        .exec();
}

std::optional<ExchangeLead> ExchangeIdentityStore::lead(const QString &leadUuid) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT box_public, sign_public, key_issued_at, next_seq, "
                                  "scope FROM exchange_leads WHERE lead_uuid = :lead"));
    query.bind(QStringLiteral(":lead"), leadUuid).exec();
    if (!query.next())
        return std::nullopt;
    ExchangeLead lead;
    lead.leadUuid = leadUuid;
    lead.publicKeys = { unb64(query.value("box_public")), unb64(query.value("sign_public")) };
    lead.keysIssuedAt
        = QDateTime::fromString(query.value("key_issued_at").toString(), Qt::ISODateWithMs);
    lead.nextSeq = query.value("next_seq").toInt();
    for (const QJsonValue &value :
         QJsonDocument::fromJson(query.value("scope").toByteArray()).array())
        lead.scope << value.toString();
    query.finish();
    return lead;
}

void ExchangeIdentityStore::saveLead(const ExchangeLead &lead)
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO exchange_leads (lead_uuid, box_public, sign_public, key_issued_at, "
            "next_seq, "
            "scope) VALUES (:lead, :box, :sign, :issued, :next, :scope) ON CONFLICT (lead_uuid) DO "
            "UPDATE SET box_public = excluded.box_public, sign_public = excluded.sign_public, "
            "key_issued_at = excluded.key_issued_at, next_seq = excluded.next_seq, scope = "
            "excluded.scope"));
    query.bind(QStringLiteral(":lead"), lead.leadUuid)
        .bind(QStringLiteral(":box"), b64(lead.publicKeys.box))
        .bind(QStringLiteral(":sign"), b64(lead.publicKeys.sign))
        .bind(QStringLiteral(":issued"), Clock::timestamp(lead.keysIssuedAt))
        .bind(QStringLiteral(":next"), lead.nextSeq)
        .bind(QStringLiteral(":scope"),
              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(lead.scope))
                                    .toJson(QJsonDocument::Compact)))
        .exec();
}

} // namespace hubreg
