#include "ReturnPackWriter.h"

#include "ExchangeBook.h"
#include "ExchangeError.h"
#include "ExchangeIdentity.h"
#include "ExchangeSchema.h"
#include "PackContent.h"
#include "PackFile.h"
#include "RecordTable.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace hubreg {

using namespace exchangeschema;
using namespace packcrypto;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ReturnPackWriter)
};

bool sameFields(const KindSpec &kind, const QJsonObject &a, const QJsonObject &b)
{
    for (const FieldSpec &field : kind.fields)
        if (!sameValue(a.value(field.name), b.value(field.name)))
            return false;
    return true;
}

struct Collected
{
    QMap<QString, QList<PackChange>> changes;
    QMap<QString, QHash<QString, QJsonObject>> sentFields; // kind -> uuid -> fields sent
    int count = 0;
};

// Everything the copy holds that the hub has not agreed to: changes of the kinds a Lead edits,
// and the reference records (a school made here) that those name.
Collected collect(Database &db)
{
    Collected collected;
    ExchangeBook book(db);
    QHash<QString, QHash<QString, StoredRecord>> unsentReferences; // hub-owned records made here
    QSet<QString> referenced; // "kind/uuid"
    for (auto kind = kinds().crbegin(); kind != kinds().crend(); ++kind) {
        RecordTable table(db, *kind);
        const QHash<QString, RecordBase> bases = book.bases(kind->name);
        QSet<QString> present;
        QList<PackChange> &list = collected.changes[kind->name];
        for (const StoredRecord &local : table.select(QStringLiteral("*"))) {
            present.insert(local.uuid);
            const auto found = bases.constFind(local.uuid);
            const RecordBase *base = found == bases.constEnd() ? nullptr : &found.value();
            const bool agreed = base && base->fields;
            if (!kind->leadEdits) {
                if (!agreed)
                    unsentReferences[kind->name].insert(local.uuid, local);
                continue;
            }
            const bool changed = !agreed || !sameFields(*kind, local.fields, *base->fields)
                || (base && base->hasSent());
            if (!changed)
                continue;
            PackChange change;
            change.id = local.uuid;
            change.op = agreed ? PackChange::Op::Change : PackChange::Op::Add;
            if (agreed) {
                change.hasBase = true;
                change.baseVersion = base->version;
                change.base = *base->fields;
            }
            if (base && base->hasSent() && !base->sentDeleted) {
                change.prevSeq = base->sentSeq;
                change.prev = base->sent;
            }
            change.fields = local.fields;
            list << change;
            collected.sentFields[kind->name].insert(local.uuid, local.fields);
        }
        if (kind->leadEdits) {
            for (auto base = bases.constBegin(); base != bases.constEnd(); ++base) {
                if (present.contains(base.key()) || (!base->fields && !base->hasSent()))
                    continue;
                if (!base->fields && base->sentDeleted)
                    continue;
                PackChange change;
                change.id = base.key();
                change.op = PackChange::Op::Delete;
                if (base->fields) {
                    change.hasBase = true;
                    change.baseVersion = base->version;
                    change.base = *base->fields;
                }
                if (base->hasSent() && !base->sentDeleted) {
                    change.prevSeq = base->sentSeq;
                    change.prev = base->sent;
                }
                list << change;
            }
        }
    }
    // Reference records made here travel when something sent names them, and so do theirs.
    QList<QPair<QString, QJsonObject>> toScan;
    for (auto kind = collected.changes.constBegin(); kind != collected.changes.constEnd(); ++kind)
        for (const PackChange &change : kind.value())
            if (change.op != PackChange::Op::Delete)
                toScan << qMakePair(kind.key(), change.fields);
    while (!toScan.isEmpty()) {
        const auto [kindName, fields] = toScan.takeLast();
        const KindSpec *spec = exchangeschema::kind(kindName);
        for (const FieldSpec &field : spec->fields) {
            if (field.type != FieldType::Reference || !fields.value(field.name).isString())
                continue;
            const QString uuid = fields.value(field.name).toString();
            const QString key = field.refersTo + QLatin1Char('/') + uuid;
            const auto unsent = unsentReferences.value(field.refersTo);
            if (referenced.contains(key) || !unsent.contains(uuid))
                continue;
            referenced.insert(key);
            const StoredRecord record = unsent.value(uuid);
            PackChange change;
            change.id = uuid;
            change.op = PackChange::Op::Add;
            change.fields = record.fields;
            collected.changes[field.refersTo] << change;
            collected.sentFields[field.refersTo].insert(uuid, record.fields);
            toScan << qMakePair(field.refersTo, record.fields);
        }
    }
    for (auto it = collected.changes.begin(); it != collected.changes.end();) {
        collected.count += int(it.value().size());
        it = it.value().isEmpty() ? collected.changes.erase(it) : std::next(it);
    }
    return collected;
}

} // namespace

int ReturnPackWriter::pendingChanges() const
{
    return collect(m_db).count;
}

ReturnPackResult ReturnPackWriter::write(const KeySet &leadKeys, const QString &path)
{
    ExchangeIdentityStore identities(m_db);
    const ExchangeIdentity identity = identities.require();
    if (!identity.isLead())
        throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                            Tr::tr("This is a hub's file: return packs are made in a Lead's "
                                   "copy."));
    const QDateTime now = m_db.clock().nowUtc();
    Transaction transaction(m_db);
    const Collected collected = collect(m_db);

    PackContent content;
    content.header.kind = PackKind::ToHub;
    content.header.protection = PackProtection::Sealed;
    content.header.packId = QUuid::createUuid();
    content.header.hubId = identity.hubId;
    content.header.hubName = identity.hubName;
    content.header.lead = QUuid::fromString(identity.leadUuid);
    content.header.device = QUuid::fromString(identity.deviceId);
    content.header.seq = identity.nextSeq;
    content.header.made = now;
    content.schema = m_db.schemaVersion();
    content.writer = QStringLiteral("HubRegister %1").arg(QCoreApplication::applicationVersion());
    content.device = identity.deviceId;
    content.basedOn = identity.lastHubSeq;
    content.acked = identity.ackedSeq;
    content.changes = collected.changes;

    // What this return sends, so the next pack from the hub can tell what it has seen.
    ExchangeBook book(m_db);
    ReturnPackResult result;
    for (auto kind = collected.changes.constBegin(); kind != collected.changes.constEnd(); ++kind) {
        QHash<QString, RecordBase> bases = book.bases(kind.key());
        for (const PackChange &change : kind.value()) {
            RecordBase base = bases.value(change.id);
            base.sentSeq = identity.nextSeq;
            base.sentDeleted = change.op == PackChange::Op::Delete;
            base.sent = base.sentDeleted ? QJsonObject() : change.fields;
            book.setBase(kind.key(), change.id, base);
        }
        result.byKind.insert(kind.key(), int(kind.value().size()));
    }
    const QByteArray payload = packcontent::encode(content);
    const QByteArray file = packfile::encode(content.header, [&](const QByteArray &prefix) {
        return seal(sign(prefix + payload, leadKeys.signSecret) + payload, identity.peerKeys.box);
    });
    identities.setNextSeq(identity.nextSeq + 1);
    identities.setLastExchange(now);
    PackEntry entry;
    entry.packId = content.header.packId.toString(QUuid::WithoutBraces);
    entry.sent = true;
    entry.leadUuid = identity.leadUuid;
    entry.deviceId = identity.deviceId;
    entry.seq = identity.nextSeq;
    entry.digest = sha256(qUncompress(payload)).toBase64();
    entry.at = now;
    entry.summary = Tr::tr("%n change(s) to the hub", nullptr, collected.count);
    book.recordPack(entry);

    packfile::writeFile(path, file);
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    result.path = path;
    result.seq = identity.nextSeq;
    result.changes = collected.count;
    return result;
}

} // namespace hubreg
