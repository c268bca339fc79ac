#include "PackOpener.h"

#include "ExchangeError.h"
#include "ExchangeIdentity.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>

namespace hubreg {

using namespace packcrypto;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PackOpener)
};

[[noreturn]] void tampered(const PackEnvelope &envelope)
{
    throw ExchangeError(ExchangeError::Kind::Tampered,
                        Tr::tr("“%1” has been altered or damaged since it was made: it does not "
                               "pass the check of its seal and signature. Ask for it to be sent "
                               "again.")
                            .arg(envelope.fileName));
}

// The signature ahead of the payload, checked against the sender's key.
QByteArray verified(const PackEnvelope &envelope, const QByteArray &inner,
                    const QByteArray &senderSignPublic)
{
    if (inner.size() <= kSignatureBytes)
        tampered(envelope);
    const QByteArray signature = inner.left(kSignatureBytes);
    const QByteArray payload = inner.mid(kSignatureBytes);
    if (!verify(signature, envelope.signedPrefix + payload, senderSignPublic))
        tampered(envelope);
    return payload;
}

bool holdsRecords(const Database &db)
{
    SqlQuery query(
        db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM work_groups) + (SELECT count(*) FROM people) + (SELECT "
            "count(*) FROM schools) + (SELECT count(*) FROM hubs)"));
    return query.scalar().toLongLong() > 0;
}

} // namespace

PackEnvelope PackOpener::inspect(const QString &path)
{
    return inspect(packfile::readFile(path), path);
}

PackEnvelope PackOpener::inspect(const QByteArray &bytes, const QString &fileName)
{
    return packfile::decode(bytes, fileName);
}

void PackOpener::checkAddressee(Database &db, const PackEnvelope &envelope)
{
    const PackHeader &header = envelope.header;
    const auto identity = ExchangeIdentityStore(db).load();
    const QString name = envelope.fileName;
    if (!identity) {
        if (header.kind == PackKind::ToHub)
            throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                                Tr::tr("“%1” is a Lead's return pack, for the hub's file; this "
                                       "file has never sent a pack to a Lead.")
                                    .arg(name));
        if (header.protection != PackProtection::Code)
            throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                                Tr::tr("“%1” is for a Lead's copy made from an earlier pack. Open "
                                       "it in that copy, or ask the hub for a first pack.")
                                    .arg(name));
        if (holdsRecords(db))
            throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                                Tr::tr("“%1” makes a new Lead's copy, and this file already "
                                       "holds records. Open the pack into a new file.")
                                    .arg(name));
        return;
    }
    if (header.hubId != identity->hubId)
        throw ExchangeError(ExchangeError::Kind::OtherHub,
                            Tr::tr("“%1” belongs to another hub (%2); this file is %3's.")
                                .arg(name, header.hubName, identity->hubName));
    if (identity->isHub()) {
        if (header.kind != PackKind::ToHub)
            throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                                Tr::tr("“%1” is a pack this hub made for a Lead; it is opened "
                                       "in the Lead's copy, not here.")
                                    .arg(name));
        const auto lead
            = ExchangeIdentityStore(db).lead(header.lead.toString(QUuid::WithoutBraces));
        if (!lead)
            throw ExchangeError(ExchangeError::Kind::UnknownLead,
                                Tr::tr("“%1” comes from a Lead this hub has never sent a pack "
                                       "to.")
                                    .arg(name));
        return;
    }
    if (header.kind != PackKind::ToLead)
        throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                            Tr::tr("“%1” is a return pack for the hub; it is imported in the "
                                   "hub's file, not in a Lead's copy.")
                                .arg(name));
    if (header.lead.toString(QUuid::WithoutBraces) != identity->leadUuid)
        throw ExchangeError(ExchangeError::Kind::OtherHub,
                            Tr::tr("“%1” was made for another Lead of %2, not for this copy.")
                                .arg(name, identity->hubName));
}

PackContent PackOpener::open(Database &db, const PackEnvelope &envelope, const KeySet &keys)
{
    if (envelope.header.protection != PackProtection::Sealed)
        throw ExchangeError(ExchangeError::Kind::WrongPassphrase,
                            Tr::tr("“%1” is a first pack: it opens with the code the hub read "
                                   "out.")
                                .arg(envelope.fileName));
    const auto identity = ExchangeIdentityStore(db).require();
    QByteArray senderSign;
    if (identity.isHub()) {
        const auto lead
            = ExchangeIdentityStore(db).lead(envelope.header.lead.toString(QUuid::WithoutBraces));
        if (!lead)
            throw ExchangeError(ExchangeError::Kind::UnknownLead,
                                Tr::tr("“%1” comes from a Lead this hub has never sent a pack "
                                       "to.")
                                    .arg(envelope.fileName));
        senderSign = lead->publicKeys.sign;
    } else {
        senderSign = identity.peerKeys.sign;
    }
    const std::optional<QByteArray> inner
        = unseal(envelope.body, keys.publicKeys.box, keys.boxSecret);
    if (!inner)
        tampered(envelope);
    const QByteArray payload = verified(envelope, *inner, senderSign);
    return packcontent::decode(envelope.header, payload, envelope.fileName);
}

PackContent PackOpener::openWithCode(const PackEnvelope &envelope, const QString &code)
{
    const PackHeader &header = envelope.header;
    if (header.protection != PackProtection::Code)
        throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                            Tr::tr("“%1” is not a first pack: it opens in the Lead's copy made "
                                   "from an earlier one.")
                                .arg(envelope.fileName));
    const PasswordCost cost { header.ops, header.mem };
    if (!cost.isAcceptable())
        throw ExchangeError(ExchangeError::Kind::Damaged,
                            Tr::tr("“%1” asks for more work to open than HubRegister will do.")
                                .arg(envelope.fileName));
    const SecretBytes key = deriveKey(normalisedCode(code), header.salt, cost);
    const std::optional<QByteArray> inner
        = decrypt(key, header.nonce, envelope.body, envelope.signedPrefix);
    if (!inner)
        throw ExchangeError(ExchangeError::Kind::WrongPassphrase,
                            Tr::tr("That code does not open “%1”. Check it with the hub (it was "
                                   "read to you by phone); if it is right, the pack has been "
                                   "altered.")
                                .arg(envelope.fileName));
    if (inner->size() <= kSignatureBytes)
        tampered(envelope);
    PackContent content
        = packcontent::decode(header, inner->mid(kSignatureBytes), envelope.fileName);
    if (!content.carriesLeadSecrets)
        throw ExchangeError(
            ExchangeError::Kind::Damaged,
            Tr::tr("“%1” is a first pack without the Lead's keys.").arg(envelope.fileName));
    verified(envelope, *inner, content.hubKeys.sign);
    return content;
}

} // namespace hubreg
