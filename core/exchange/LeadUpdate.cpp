#include "LeadUpdate.h"

#include "ExchangeBook.h"
#include "ExchangeDisplay.h"
#include "ExchangeError.h"
#include "ExchangeIdentity.h"
#include "ExchangeSchema.h"
#include "ExchangeSql.h"
#include "RecordTable.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace hubreg {

using namespace exchangeschema;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::LeadUpdate)
};

constexpr int kParkedNumber = 1000000;

bool sameFields(const KindSpec &kind, const QJsonObject &a, const QJsonObject &b)
{
    for (const FieldSpec &field : kind.fields)
        if (!sameValue(a.value(field.name), b.value(field.name)))
            return false;
    return true;
}

// One run over one transaction: the copy follows the hub's pack.
class Follower
{
public:
    Follower(Database &db, const PackContent &pack, int ack, ExchangeReport &report,
             const std::function<bool(int, int)> &progress)
        : m_db(db)
        , m_pack(pack)
        , m_ack(ack)
        , m_report(report)
        , m_progress(progress)
        , m_resolver(db)
        , m_display(db, m_resolver)
        , m_book(db)
    {
        m_total = pack.recordCount();
    }

    void run()
    {
        const qint64 tombstonesBefore = exchangesql::tombstoneCount(m_db);
        applyAliases();
        for (const KindSpec &kind : kinds()) {
            RecordTable table(m_db, kind);
            loadBases(kind);
            QList<RecordId> reopened;
            if (kind.name == QLatin1String("session"))
                parkSessionNumbers(table);
            if (kind.name == QLatin1String("attendance_mark"))
                reopened = exchangesql::openCancelledSessions(m_db, sessionsOfMarks());
            for (const PackRecord &record : m_pack.records.value(kind.name))
                follow(table, record);
            exchangesql::closeSessions(m_db, reopened);
            if (kind.name == QLatin1String("session"))
                renumberParkedSessions();
        }
        removeWhatTheHubNoLongerHolds();
        m_report.deletions = int(exchangesql::tombstoneCount(m_db) - tombstonesBefore);
    }

private:
    void step()
    {
        ++m_done;
        if (m_progress && !m_progress(m_done, m_total))
            throw ExchangeError(ExchangeError::Kind::Invalid,
                                Tr::tr("Opening the pack was stopped; nothing was changed."));
    }

    // The hub's uuids for records this copy made and the hub matched to its own.
    void applyAliases()
    {
        for (auto kind = m_pack.aliases.constBegin(); kind != m_pack.aliases.constEnd(); ++kind) {
            const KindSpec *spec = exchangeschema::kind(kind.key());
            RecordTable table(m_db, *spec);
            for (auto alias = kind.value().constBegin(); alias != kind.value().constEnd(); ++alias)
                rekey(table, alias.key(), alias.value());
        }
    }

    // A kind's bases, with references to records that took the hub's uuid brought up to date
    // (what was sent named them by this copy's uuid).
    void loadBases(const KindSpec &kind)
    {
        QHash<QString, RecordBase> bases = m_book.bases(kind.name);
        for (auto base = bases.begin(); base != bases.end(); ++base) {
            bool moved = false;
            for (const FieldSpec &field : kind.fields) {
                if (field.type != FieldType::Reference)
                    continue;
                const QHash<QString, QString> &rekeyed = m_rekeyed.value(field.refersTo);
                auto follow = [&](QJsonObject &fields) {
                    const QString uuid = fields.value(field.name).toString();
                    if (rekeyed.contains(uuid)) {
                        fields.insert(field.name, rekeyed.value(uuid));
                        moved = true;
                    }
                };
                if (base->fields)
                    follow(*base->fields);
                if (base->hasSent() && !base->sentDeleted)
                    follow(base->sent);
            }
            if (moved)
                m_book.setBase(kind.name, base.key(), base.value());
        }
        m_bases[kind.name] = bases;
    }

    bool rekey(RecordTable &table, const QString &from, const QString &to)
    {
        const auto local = table.byUuid(from);
        if (!local || table.byUuid(to))
            return false;
        try {
            Transaction savepoint(m_db);
            table.rekey(local->id, to);
            m_book.rekeyBase(table.kind().name, from, to);
            savepoint.commit();
        } catch (const StoreError &) {
            return false;
        }
        auto &bases = m_bases[table.kind().name];
        if (bases.contains(from))
            bases.insert(to, bases.take(from));
        m_rekeyed[table.kind().name].insert(from, to);
        return true;
    }

    bool acked(const RecordBase &base) const { return base.hasSent() && base.sentSeq <= m_ack; }

    void follow(RecordTable &table, const PackRecord &hub)
    {
        step();
        const KindSpec &kind = table.kind();
        m_incoming[kind.name].insert(hub.id);
        auto &bases = m_bases[kind.name];
        std::optional<StoredRecord> local = table.byUuid(hub.id);
        if (!local) {
            // The same thing made here before the hub's arrived: it takes the hub's uuid.
            const auto same = table.byNaturalKey(hub.fields, m_resolver);
            if (same && !m_incoming[kind.name].contains(same->uuid)
                && !packHolds(kind.name, same->uuid) && rekey(table, same->uuid, hub.id))
                local = table.byUuid(hub.id);
        }
        const std::optional<RecordBase> base = bases.contains(hub.id)
            ? std::optional<RecordBase>(bases.value(hub.id))
            : std::nullopt;

        if (!local) {
            if (base && kind.leadEdits && !(base->sentDeleted && acked(*base))) {
                // Deleted here, and the hub has not seen the deletion yet: it stays deleted.
                RecordBase kept = *base;
                if (acked(kept) && !kept.sentDeleted) {
                    kept.fields = kept.sent; // the hub saw these values
                    kept.sentSeq = 0;
                    kept.sent = {};
                }
                m_book.setBase(kind.name, hub.id, kept);
                ++m_report.kept;
                return;
            }
            insert(table, hub);
            return;
        }

        QJsonObject result = local->fields;
        QJsonObject newBase;
        bool pending = false;
        if (!kind.leadEdits) {
            result = hub.fields;
            newBase = hub.fields;
        } else {
            const bool seen = base && acked(*base) && !base->sentDeleted;
            for (const FieldSpec &field : kind.fields) {
                const QJsonValue c = local->fields.value(field.name);
                const QJsonValue h = hub.fields.value(field.name);
                const bool known = base && base->fields && base->fields->contains(field.name);
                const QJsonValue b = known ? base->fields->value(field.name) : QJsonValue();
                if (seen) {
                    const QJsonValue s = base->sent.value(field.name);
                    if (sameValue(c, s)) {
                        result.insert(field.name, h); // the hub has decided
                        newBase.insert(field.name, h);
                    } else {
                        newBase.insert(field.name, s); // changed again since it was sent
                        pending = true;
                    }
                    continue;
                }
                bool changedHere = known ? !sameValue(c, b) : true;
                if (base && base->hasSent() && !base->sentDeleted
                    && !sameValue(base->sent.value(field.name), known ? b : h))
                    changedHere = true; // sent, not yet seen: the hub may still take it
                if (!changedHere || sameValue(c, h)) {
                    result.insert(field.name, h);
                    newBase.insert(field.name, h);
                } else {
                    if (known)
                        newBase.insert(field.name, b);
                    pending = true;
                }
            }
        }
        const QJsonObject before = local->fields;
        if (!sameFields(kind, result, before)) {
            try {
                QJsonObject update;
                for (const FieldSpec &field : kind.fields)
                    if (!sameValue(result.value(field.name), before.value(field.name)))
                        update.insert(field.name, result.value(field.name));
                // A savepoint, so that a refused record leaves the rest of the update usable
                // (PostgreSQL aborts the whole transaction on a failed statement).
                Transaction savepoint(m_db);
                table.update(local->id, update, m_resolver);
                savepoint.commit();
                ++m_report.counts[kind.name].changed;
            } catch (const StoreError &error) {
                m_report.leftOut << LeftOutRecord { kind.name, hub.id,
                                                    m_display.record(kind.name, hub.fields),
                                                    error.message() };
                return;
            }
        }
        RecordBase next;
        next.version = hub.version;
        next.fields = newBase;
        if (base && base->hasSent() && !acked(*base)) {
            next.sentSeq = base->sentSeq;
            next.sentDeleted = base->sentDeleted;
            next.sent = base->sent;
        }
        m_book.setBase(kind.name, hub.id, next);
        if (pending)
            ++m_report.kept;
    }

    void insert(RecordTable &table, const PackRecord &hub)
    {
        const KindSpec &kind = table.kind();
        try {
            Transaction savepoint(m_db); // as in follow()
            table.insert(hub.id, hub.fields, m_resolver);
            RecordBase base;
            base.version = hub.version;
            base.fields = hub.fields;
            m_book.setBase(kind.name, hub.id, base);
            savepoint.commit();
            ++m_report.counts[kind.name].added;
        } catch (const StoreError &error) {
            m_report.leftOut << LeftOutRecord { kind.name, hub.id,
                                                m_display.record(kind.name, hub.fields),
                                                error.message() };
        }
    }

    bool packHolds(const QString &kind, const QString &uuid) const
    {
        for (const PackRecord &record : m_pack.records.value(kind))
            if (record.id == uuid)
                return true;
        return false;
    }

    // The hub numbers sessions: a session of this copy in the way of the hub's numbering steps
    // aside, and takes the next free number afterwards.
    void parkSessionNumbers(RecordTable &table)
    {
        QHash<QString, int> numbers;
        for (const PackRecord &record : m_pack.records.value(QStringLiteral("session")))
            numbers.insert(record.id, record.fields.value(QLatin1String("number")).toInt());
        for (const PackRecord &record : m_pack.records.value(QStringLiteral("session"))) {
            const RecordId group
                = m_resolver.idOf(QStringLiteral("work_group"),
                                  record.fields.value(QLatin1String("work_group")).toString());
            const RecordId own = m_resolver.idOf(QStringLiteral("session"), record.id);
            const RecordId inTheWay = exchangesql::sessionNumbered(
                m_db, group, record.fields.value(QLatin1String("number")).toInt(), own);
            if (group <= 0 || inTheWay <= 0)
                continue;
            exchangesql::setSessionNumber(m_db, inTheWay, kParkedNumber + int(inTheWay));
            const auto parked = table.byId(inTheWay);
            if (parked && !numbers.contains(parked->uuid))
                m_parked << qMakePair(inTheWay, group);
        }
    }

    void renumberParkedSessions()
    {
        for (const auto &parked : std::as_const(m_parked)) {
            const int number = exchangesql::nextSessionNumber(m_db, parked.second);
            exchangesql::setSessionNumber(m_db, parked.first, number);
            m_report.notes << Tr::tr("A session added here is now numbered %1: the hub numbered "
                                     "one of its own as it was.")
                                  .arg(number);
        }
    }

    QList<RecordId> sessionsOfMarks()
    {
        QList<RecordId> sessions;
        for (const PackRecord &record : m_pack.records.value(QStringLiteral("attendance_mark"))) {
            const RecordId id
                = m_resolver.idOf(QStringLiteral("session"),
                                  record.fields.value(QLatin1String("session")).toString());
            if (id > 0 && !sessions.contains(id))
                sessions << id;
        }
        return sessions;
    }

    // Whether the copy holds changes of this record the hub has not seen.
    bool pendingHere(const KindSpec &kind, const StoredRecord &local, const RecordBase *base) const
    {
        if (!base)
            return true; // made here, never sent
        if (base->hasSent() && !acked(*base))
            return true;
        if (base->hasSent() && acked(*base))
            return base->sentDeleted || !sameFields(kind, local.fields, base->sent);
        return !base->fields || !sameFields(kind, local.fields, *base->fields);
    }

    void removeWhatTheHubNoLongerHolds()
    {
        // Decide, children first, what stays: a record with changes the hub has not seen,
        // and everything it refers to.
        QHash<QString, QList<StoredRecord>> gone;
        QSet<QString> keep; // "kind/uuid"
        for (auto kind = kinds().crbegin(); kind != kinds().crend(); ++kind) {
            RecordTable table(m_db, *kind);
            const auto &bases = m_bases[kind->name];
            const QSet<QString> &incoming = m_incoming[kind->name];
            for (const StoredRecord &local : table.select(QStringLiteral("*"))) {
                if (incoming.contains(local.uuid))
                    continue;
                const auto base = bases.constFind(local.uuid);
                const RecordBase *known = base == bases.constEnd() ? nullptr : &base.value();
                const bool stays = keep.contains(kind->name + QLatin1Char('/') + local.uuid)
                    || (kind->leadEdits ? pendingHere(*kind, local, known) : !known);
                if (stays) {
                    if (kind->leadEdits && known)
                        ++m_report.kept;
                    for (const FieldSpec &field : kind->fields)
                        if (field.type == FieldType::Reference
                            && local.fields.value(field.name).isString())
                            keep.insert(field.refersTo + QLatin1Char('/')
                                        + local.fields.value(field.name).toString());
                } else {
                    gone[kind->name] << local;
                }
            }
        }
        for (auto kind = kinds().crbegin(); kind != kinds().crend(); ++kind) {
            RecordTable table(m_db, *kind);
            for (const StoredRecord &local : gone.value(kind->name)) {
                if (keep.contains(kind->name + QLatin1Char('/') + local.uuid))
                    continue;
                try {
                    Transaction savepoint(m_db);
                    const bool held
                        = bool(table.byId(local.id)); // not already gone with its parent
                    if (held)
                        table.remove(local.id);
                    m_book.removeBase(kind->name, local.uuid);
                    savepoint.commit();
                    if (held)
                        ++m_report.counts[kind->name].deleted;
                } catch (const StoreError &) {
                    // Still referred to by something kept here: it stays.
                }
            }
            // Bookkeeping of records neither side holds any more.
            for (auto base = m_bases[kind->name].constBegin();
                 base != m_bases[kind->name].constEnd(); ++base)
                if (!m_incoming[kind->name].contains(base.key()) && !table.byUuid(base.key())
                    && !(kind->leadEdits && !acked(base.value()) && base->hasSent()))
                    m_book.removeBase(kind->name, base.key());
        }
    }

    Database &m_db;
    const PackContent &m_pack;
    int m_ack;
    ExchangeReport &m_report;
    const std::function<bool(int, int)> &m_progress;
    UuidResolver m_resolver;
    ExchangeDisplay m_display;
    ExchangeBook m_book;
    QHash<QString, QHash<QString, RecordBase>> m_bases;
    QHash<QString, QSet<QString>> m_incoming;
    QHash<QString, QHash<QString, QString>> m_rekeyed; // kind -> this copy's uuid -> the hub's
    QList<QPair<RecordId, RecordId>> m_parked; // session, its Work Group
    int m_done = 0;
    int m_total = 0;
};

} // namespace

LeadUpdate::LeadUpdate(Database &db, PackContent pack)
    : m_db(db)
    , m_pack(std::move(pack))
{ }

void LeadUpdate::setPassphrase(const QString &passphrase, packcrypto::PasswordCost cost)
{
    m_passphrase = passphrase;
    m_cost = cost;
}

ExchangeReport LeadUpdate::preview()
{
    return run(false, true);
}

ExchangeReport LeadUpdate::apply(bool confirmDeletions, bool dryRun)
{
    return run(!dryRun, confirmDeletions);
}

ExchangeReport LeadUpdate::run(bool commit, bool confirmDeletions)
{
    const PackHeader &header = m_pack.header;
    ExchangeReport report;
    report.fileName = header.packId.toString(QUuid::WithoutBraces);
    report.seq = header.seq;
    report.from = m_pack.hubName;
    report.dryRun = !commit;

    ExchangeIdentityStore identities(m_db);
    const std::optional<ExchangeIdentity> identity = identities.load();
    ExchangeBook book(m_db);
    const QString packId = header.packId.toString(QUuid::WithoutBraces);
    if (const auto taken = book.pack(packId)) {
        if (taken->digest != m_pack.digest)
            throw ExchangeError(ExchangeError::Kind::ReusedId,
                                Tr::tr("A pack with this id (%1) was opened before with other "
                                       "content. This one is refused; nothing was changed.")
                                    .arg(packId));
        report.alreadyTaken = true;
        report.notes << Tr::tr("Pack %1 from %2 was already opened on %3; nothing changed.")
                            .arg(header.seq)
                            .arg(m_pack.hubName,
                                 taken->at.toLocalTime().toString(
                                     QStringLiteral("dd/MM/yyyy HH:mm")));
        return report;
    }
    if (identity) {
        if (header.seq <= identity->lastHubSeq)
            throw ExchangeError(ExchangeError::Kind::OutOfSequence,
                                Tr::tr("This is pack %1 from %2, and pack %3 was opened already: "
                                       "it is out of sequence (an older pack), so it was refused "
                                       "and nothing changed.")
                                    .arg(header.seq)
                                    .arg(m_pack.hubName)
                                    .arg(identity->lastHubSeq));
        if (header.seq > identity->lastHubSeq + 1)
            report.notes << Tr::tr("Packs %1 to %2 from the hub were not opened here; this one "
                                   "holds all of your Work Groups, so nothing is missed.")
                                .arg(identity->lastHubSeq + 1)
                                .arg(header.seq - 1);
    }
    if (m_pack.carriesLeadSecrets && m_passphrase.isEmpty() && commit)
        throw ExchangeError(ExchangeError::Kind::Invalid,
                            Tr::tr("Choose a passphrase to protect this copy's keys."));

    Transaction transaction(m_db);
    QString device;
    if (m_pack.carriesLeadSecrets && commit) {
        packcrypto::KeySet keys;
        keys.publicKeys = m_pack.lead.publicKeys;
        keys.boxSecret = m_pack.lead.boxSecret.copy();
        keys.signSecret = m_pack.lead.signSecret.copy();
        if (identity)
            identities.replaceLeadKeys(m_pack.hubKeys, keys, m_passphrase, m_cost);
        else
            identities.createLead(header.hubId, m_pack.hubName, m_pack.hubKeys, m_pack.lead.person,
                                  keys, m_passphrase, m_cost);
    }
    if (identity)
        device = identity->deviceId;
    else if (const auto made = identities.load())
        device = made->deviceId;
    const int ack = m_pack.ack.value(device, 0);
    Follower(m_db, m_pack, ack, report, m_progress).run();
    if (!commit) {
        transaction.rollback();
        return report;
    }
    if (report.asksBeforeDeleting() && !confirmDeletions)
        throw ExchangeError(ExchangeError::Kind::DeletionsUnconfirmed,
                            Tr::tr("This pack would delete %1 records from this copy (with what "
                                   "goes with them); confirm the deletions to go ahead. Nothing "
                                   "was changed.")
                                .arg(report.deletions));
    const ExchangeIdentity now = identities.require();
    identities.setLastHubSeq(header.seq);
    if (ack > now.ackedSeq)
        identities.setAckedSeq(ack);
    if (ack >= now.nextSeq)
        identities.setNextSeq(ack + 1);
    PackEntry entry;
    entry.packId = packId;
    entry.leadUuid = m_pack.lead.person;
    entry.seq = header.seq;
    entry.digest = m_pack.digest;
    entry.at = m_db.clock().nowUtc();
    entry.summary = report.summary();
    book.recordPack(entry);
    identities.setLastExchange(entry.at);
    transaction.commit();
    report.committed = true;
    return report;
}

} // namespace hubreg
