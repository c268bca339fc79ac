#include "HubMerge.h"

#include "ExchangeBook.h"
#include "ExchangeDisplay.h"
#include "ExchangeError.h"
#include "ExchangeIdentity.h"
#include "ExchangeSchema.h"
#include "ExchangeSql.h"
#include "RecordTable.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>

#include <map>

namespace hubreg {

using namespace exchangeschema;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubMerge)
};

// A record's description, made only when a person will read it.
using Label = std::function<QString()>;

// One run of the merge, over one transaction.
class Merger
{
public:
    Merger(Database &db, const PackContent &pack, const QHash<QString, Side> &decisions,
           std::optional<Side> defaultSide, ExchangeReport &report,
           const std::function<bool(int, int)> &progress)
        : m_db(db)
        , m_pack(pack)
        , m_decisions(decisions)
        , m_defaultSide(defaultSide)
        , m_report(report)
        , m_progress(progress)
        , m_resolver(db, true)
        , m_display(db, m_resolver)
        , m_lead(pack.header.lead.toString(QUuid::WithoutBraces))
        , m_device(pack.device)
    {
        for (auto it = pack.changes.constBegin(); it != pack.changes.constEnd(); ++it)
            for (const PackChange &change : it.value()) {
                if (change.op != PackChange::Op::Delete)
                    m_display.addPackRecord(it.key(), change.id, change.fields);
                ++m_total;
            }
    }

    void run()
    {
        ExchangeBook book(m_db);
        m_lastImported = book.lastReceived(m_lead, m_device);
        const qint64 tombstonesBefore = exchangesql::tombstoneCount(m_db);
        for (const KindSpec &kind : kinds()) {
            RecordTable table(m_db, kind);
            QList<RecordId> reopened;
            if (kind.name == QLatin1String("attendance_mark"))
                reopened = exchangesql::openCancelledSessions(m_db, sessionsOfMarks());
            for (const PackChange &change : m_pack.changes.value(kind.name))
                if (change.op != PackChange::Op::Delete)
                    upsert(table, change);
            exchangesql::closeSessions(m_db, reopened);
        }
        for (auto kind = kinds().crbegin(); kind != kinds().crend(); ++kind) {
            RecordTable table(m_db, *kind);
            for (const PackChange &change : m_pack.changes.value(kind->name))
                if (change.op == PackChange::Op::Delete)
                    remove(table, change);
        }
        m_report.deletions = int(m_restored + exchangesql::tombstoneCount(m_db) - tombstonesBefore);
        for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it)
            book.addAlias(it->first.first, it->first.second, it->second);
    }

private:
    void step()
    {
        ++m_done;
        if (m_progress && !m_progress(m_done, m_total))
            throw ExchangeError(ExchangeError::Kind::Invalid,
                                Tr::tr("The import was stopped; nothing was changed."));
    }

    // The Lead's fields with each reference as this hub knows the record.
    QJsonObject canonical(const KindSpec &kind, QJsonObject fields)
    {
        for (const FieldSpec &field : kind.fields)
            if (field.type == FieldType::Reference && fields.value(field.name).isString())
                fields.insert(
                    field.name,
                    m_resolver.canonical(field.refersTo, fields.value(field.name).toString()));
        return fields;
    }

    // What the Lead's change was made against: the values of its last return when the hub took
    // that in, else the base both agreed on.
    std::optional<QJsonObject> baseOf(const KindSpec &kind, const PackChange &change)
    {
        if (change.prevSeq > 0 && change.prevSeq <= m_lastImported)
            return canonical(kind, change.prev);
        if (change.hasBase)
            return canonical(kind, change.base);
        return std::nullopt;
    }

    std::optional<Side> decisionFor(const ExchangeConflict &conflict) const
    {
        const auto found = m_decisions.constFind(conflict.key());
        return found == m_decisions.constEnd() ? m_defaultSide : std::optional<Side>(found.value());
    }

    Side conflict(ExchangeConflict conflict)
    {
        conflict.decision = decisionFor(conflict);
        m_report.conflicts << conflict;
        return conflict.decision.value_or(Side::Hub);
    }

    void leaveOut(const KindSpec &kind, const QString &uuid, const Label &record,
                  const StoreError &error)
    {
        m_report.leftOut << LeftOutRecord { kind.name, uuid, record(), error.message() };
    }

    void upsert(RecordTable &table, const PackChange &change)
    {
        step();
        const KindSpec &kind = table.kind();
        const QJsonObject lead = canonical(kind, change.fields);
        QString uuid = m_resolver.canonical(kind.name, change.id);
        std::optional<StoredRecord> held = table.byUuid(uuid);
        if (!held && !kind.naturalKey.isEmpty()) {
            held = table.byNaturalKey(lead, m_resolver);
            if (held) {
                // The same thing, made on both sides apart: the hub's uuid stays.
                m_resolver.addAlias(kind.name, change.id, held->uuid);
                m_aliases[{ kind.name, change.id }] = held->uuid;
                uuid = held->uuid;
            }
        }
        const QJsonObject described = held ? held->fields : lead;
        const Label record
            = [this, &kind, described] { return m_display.record(kind.name, described); };
        if (held) {
            if (kind.leadEdits)
                mergeFields(table, *held, lead, baseOf(kind, change), record);
            return;
        }
        if (deletedHere(kind.name, uuid)) {
            ExchangeConflict deleted;
            deleted.type = ExchangeConflict::Type::LeadEditedHubDeleted;
            deleted.kind = kind.name;
            deleted.uuid = uuid;
            deleted.record = record();
            deleted.fieldLabel = Tr::tr("Changed by the Lead, deleted at the hub");
            deleted.baseText = Tr::tr("Held");
            deleted.hubText = Tr::tr("Deleted");
            deleted.leadText = Tr::tr("Changed");
            deleted.hasBase = true;
            if (conflict(deleted) == Side::Lead && insert(table, uuid, lead, record)) {
                exchangesql::removeTombstone(m_db, kind.name, uuid);
                ++m_restored;
            }
            return;
        }
        insert(table, uuid, lead, record);
    }

    bool insert(RecordTable &table, const QString &uuid, QJsonObject fields, const Label &record)
    {
        const KindSpec &kind = table.kind();
        try {
            if (kind.name == QLatin1String("session")) {
                // Two sessions numbered alike are not taken to be one meeting.
                const RecordId group
                    = m_resolver.idOf(QStringLiteral("work_group"),
                                      fields.value(QLatin1String("work_group")).toString());
                const int number = fields.value(QLatin1String("number")).toInt();
                if (group > 0 && exchangesql::sessionNumbered(m_db, group, number)) {
                    const int free = exchangesql::nextSessionNumber(m_db, group);
                    fields.insert(QStringLiteral("number"), free);
                    m_report.notes << Tr::tr("%1, added by the Lead, is numbered %2 here: the hub "
                                             "already has a session %3.")
                                          .arg(record())
                                          .arg(free)
                                          .arg(number);
                }
            }
            // A savepoint, so that a refused record leaves the rest of the merge usable
            // (PostgreSQL aborts the whole transaction on a failed statement).
            Transaction attempt(m_db);
            table.insert(uuid, fields, m_resolver);
            attempt.commit();
            ++m_report.counts[kind.name].added;
            return true;
        } catch (const StoreError &error) {
            leaveOut(kind, uuid, record, error);
            return false;
        }
    }

    void mergeFields(RecordTable &table, const StoredRecord &held, const QJsonObject &lead,
                     const std::optional<QJsonObject> &base, const Label &record)
    {
        const KindSpec &kind = table.kind();
        QJsonObject update;
        bool leadTaken = false;
        for (const FieldSpec &field : kind.fields) {
            if (field.incidental)
                continue;
            const QJsonValue l = lead.value(field.name);
            const QJsonValue h = held.fields.value(field.name);
            if (sameValue(l, h))
                continue;
            const bool known = base && base->contains(field.name);
            if (known && sameValue(l, base->value(field.name)))
                continue; // only the hub changed it
            if (known && sameValue(h, base->value(field.name))) {
                update.insert(field.name, l); // only the Lead changed it
                leadTaken = true;
                continue;
            }
            ExchangeConflict changed;
            changed.kind = kind.name;
            changed.uuid = held.uuid;
            changed.field = field.name;
            changed.record = record();
            changed.fieldLabel = ExchangeDisplay::fieldLabel(kind.name, field.name);
            changed.hub = h;
            changed.lead = l;
            changed.hasBase = known;
            changed.baseText = known
                ? m_display.value(kind.name, field.name, base->value(field.name))
                : Tr::tr("(not known)");
            changed.hubText = m_display.value(kind.name, field.name, h);
            changed.leadText = m_display.value(kind.name, field.name, l);
            if (conflict(changed) == Side::Lead) {
                update.insert(field.name, l);
                leadTaken = true;
            }
        }
        // Who recorded a mark and when go with the mark.
        for (const FieldSpec &field : kind.fields) {
            if (!field.incidental)
                continue;
            const QJsonValue l = lead.value(field.name);
            const QJsonValue h = held.fields.value(field.name);
            const bool hubUnchanged
                = base && base->contains(field.name) && sameValue(h, base->value(field.name));
            if (!sameValue(l, h) && (leadTaken || hubUnchanged))
                update.insert(field.name, l);
        }
        if (update.isEmpty())
            return;
        try {
            Transaction attempt(m_db); // a savepoint, as in insert()
            table.update(held.id, update, m_resolver);
            attempt.commit();
            ++m_report.counts[kind.name].changed;
        } catch (const StoreError &error) {
            leaveOut(kind, held.uuid, record, error);
        }
    }

    void remove(RecordTable &table, const PackChange &change)
    {
        step();
        const KindSpec &kind = table.kind();
        if (!kind.leadEdits)
            return;
        const QString uuid = m_resolver.canonical(kind.name, change.id);
        const std::optional<StoredRecord> held = table.byUuid(uuid);
        if (!held)
            return; // deleted on both sides
        const std::optional<QJsonObject> base = baseOf(kind, change);
        bool hubChanged = !base;
        if (base)
            for (const FieldSpec &field : kind.fields)
                if (!field.incidental && base->contains(field.name)
                    && !sameValue(base->value(field.name), held->fields.value(field.name)))
                    hubChanged = true;
        const QJsonObject described = held->fields;
        const Label record
            = [this, &kind, described] { return m_display.record(kind.name, described); };
        if (hubChanged) {
            ExchangeConflict edited;
            edited.type = ExchangeConflict::Type::LeadDeletedHubEdited;
            edited.kind = kind.name;
            edited.uuid = held->uuid;
            edited.record = record();
            edited.fieldLabel = Tr::tr("Deleted by the Lead, changed at the hub");
            edited.baseText = Tr::tr("Held");
            edited.hubText = Tr::tr("Changed");
            edited.leadText = Tr::tr("Deleted");
            edited.hasBase = bool(base);
            if (conflict(edited) != Side::Lead)
                return;
        }
        // A person a Lead removed from their copy may take part in other Work Groups of the
        // hub: their enrolments here go, the person stays.
        if (kind.name == QLatin1String("person") && exchangesql::personTakesPart(m_db, held->id)) {
            m_report.notes << Tr::tr("%1 was removed from the Lead's copy and is kept here: they "
                                     "take part in other Work Groups.")
                                  .arg(record());
            return;
        }
        try {
            Transaction attempt(m_db); // a savepoint, as in insert()
            table.remove(held->id);
            attempt.commit();
            ++m_report.counts[kind.name].deleted;
        } catch (const StoreError &error) {
            leaveOut(kind, held->uuid, record, error);
        }
    }

    bool deletedHere(const QString &kind, const QString &uuid)
    {
        if (!m_tombstone)
            m_tombstone = std::make_unique<SqlQuery>(
                m_db,
                QStringLiteral("SELECT 1 FROM tombstones WHERE entity = :kind AND uuid = :uuid"));
        m_tombstone->bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":uuid"), uuid);
        return m_tombstone->scalar().isValid();
    }

    QList<RecordId> sessionsOfMarks()
    {
        QList<RecordId> sessions;
        for (const PackChange &change : m_pack.changes.value(QStringLiteral("attendance_mark"))) {
            if (change.op == PackChange::Op::Delete)
                continue;
            const RecordId id
                = m_resolver.idOf(QStringLiteral("session"),
                                  change.fields.value(QLatin1String("session")).toString());
            if (id > 0 && !sessions.contains(id))
                sessions << id;
        }
        return sessions;
    }

    Database &m_db;
    const PackContent &m_pack;
    const QHash<QString, Side> &m_decisions;
    std::optional<Side> m_defaultSide;
    ExchangeReport &m_report;
    const std::function<bool(int, int)> &m_progress;
    UuidResolver m_resolver;
    ExchangeDisplay m_display;
    QString m_lead;
    QString m_device;
    int m_lastImported = 0;
    int m_done = 0;
    int m_total = 0;
    qint64 m_restored = 0;
    std::map<std::pair<QString, QString>, QString> m_aliases;
    std::unique_ptr<SqlQuery> m_tombstone;
};

} // namespace

HubMerge::HubMerge(Database &db, PackContent pack)
    : m_db(db)
    , m_pack(std::move(pack))
{ }

ExchangeReport HubMerge::preview()
{
    return run(false, true);
}

void HubMerge::decide(const QString &conflictKey, Side side)
{
    m_decisions.insert(conflictKey, side);
    for (ExchangeConflict &conflict : m_conflicts)
        if (conflict.key() == conflictKey)
            conflict.decision = side;
}

void HubMerge::decideAll(Side side)
{
    for (ExchangeConflict &conflict : m_conflicts) {
        m_decisions.insert(conflict.key(), side);
        conflict.decision = side;
    }
}

ExchangeReport HubMerge::apply(bool confirmDeletions, bool dryRun)
{
    return run(!dryRun, confirmDeletions);
}

ExchangeReport HubMerge::run(bool commit, bool confirmDeletions)
{
    const PackHeader &header = m_pack.header;
    ExchangeReport report;
    report.fileName = header.packId.toString(QUuid::WithoutBraces);
    report.seq = header.seq;
    const QString lead = header.lead.toString(QUuid::WithoutBraces);
    report.from = exchangesql::personName(m_db, lead);
    report.dryRun = !commit;

    ExchangeBook book(m_db);
    const QString packId = header.packId.toString(QUuid::WithoutBraces);
    if (const auto taken = book.pack(packId)) {
        if (taken->digest != m_pack.digest)
            throw ExchangeError(ExchangeError::Kind::ReusedId,
                                Tr::tr("A pack with this id (%1) was taken in before with other "
                                       "content. This one is refused; nothing was changed.")
                                    .arg(packId));
        report.alreadyTaken = true;
        report.notes << Tr::tr("Return %1 from %2 was already imported on %3; nothing changed.")
                            .arg(header.seq)
                            .arg(report.from,
                                 taken->at.toLocalTime().toString(
                                     QStringLiteral("dd/MM/yyyy HH:mm")));
        return report;
    }
    const int last = book.lastReceived(lead, m_pack.device);
    if (header.seq <= last)
        throw ExchangeError(ExchangeError::Kind::OutOfSequence,
                            Tr::tr("This is return %1 from %2, and return %3 was imported "
                                   "already: it is out of sequence (an older pack), so it was "
                                   "refused and nothing changed.")
                                .arg(header.seq)
                                .arg(report.from)
                                .arg(last));
    if (m_pack.acked > last)
        throw ExchangeError(ExchangeError::Kind::OutOfSequence,
                            Tr::tr("Return %1 from %2 builds on return %3, which this file has "
                                   "not imported (was the file restored from an older backup?). "
                                   "It was refused and nothing changed.")
                                .arg(header.seq)
                                .arg(report.from)
                                .arg(m_pack.acked));
    if (header.seq > last + 1)
        report.notes << Tr::tr("Returns %1 to %2 from %3 were not imported; this one carries "
                               "everything since return %4, so nothing is missed.")
                            .arg(last + 1)
                            .arg(header.seq - 1)
                            .arg(report.from)
                            .arg(m_pack.acked);

    Transaction transaction(m_db);
    Merger(m_db, m_pack, m_decisions, m_defaultSide, report, m_progress).run();
    m_conflicts = report.conflicts;
    if (!commit) {
        transaction.rollback();
        return report;
    }
    if (report.undecided() > 0)
        throw ExchangeError(ExchangeError::Kind::Undecided,
                            Tr::tr("%n conflict(s) are not decided yet; nothing was changed.",
                                   nullptr, report.undecided()));
    if (report.asksBeforeDeleting() && !confirmDeletions)
        throw ExchangeError(ExchangeError::Kind::DeletionsUnconfirmed,
                            Tr::tr("This pack would delete %1 records (with what goes with "
                                   "them); confirm the deletions to go ahead. Nothing was "
                                   "changed.")
                                .arg(report.deletions));
    PackEntry entry;
    entry.packId = packId;
    entry.leadUuid = lead;
    entry.deviceId = m_pack.device;
    entry.seq = header.seq;
    entry.digest = m_pack.digest;
    entry.at = m_db.clock().nowUtc();
    entry.summary = report.summary();
    book.recordPack(entry);
    ExchangeIdentityStore(m_db).setLastExchange(entry.at);
    transaction.commit();
    report.committed = true;
    return report;
}

} // namespace hubreg
