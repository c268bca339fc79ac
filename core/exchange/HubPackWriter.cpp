#include "HubPackWriter.h"

#include "ExchangeBook.h"
#include "ExchangeError.h"
#include "ExchangeIdentity.h"
#include "ExchangeSchema.h"
#include "PackContent.h"
#include "PackFile.h"
#include "RecordTable.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace hubreg {

using namespace packcrypto;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubPackWriter)
};

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// The condition selecting each kind's records in the scope of these Work Groups, on the
// table as `t`.
QString scopeCondition(const QString &kind, const QString &groups, const QString &lead)
{
    const QString persons
        = QStringLiteral("(SELECT person_id FROM work_group_participants WHERE work_group_id IN "
                         "(%1) UNION SELECT "
                         "lead_person_id FROM work_groups WHERE id IN (%1) UNION SELECT %2)")
              .arg(groups, lead);
    if (kind == QLatin1String("hub"))
        return QStringLiteral("t.id IN (SELECT hub_id FROM work_groups WHERE id IN (%1))")
            .arg(groups);
    if (kind == QLatin1String("academic_year"))
        return QStringLiteral("t.id IN (SELECT academic_year_id FROM work_groups WHERE id IN (%1))")
            .arg(groups);
    if (kind == QLatin1String("half_term"))
        return QStringLiteral("t.academic_year_id IN (SELECT academic_year_id FROM work_groups "
                              "WHERE id IN (%1))")
            .arg(groups);
    if (kind == QLatin1String("programme"))
        return QStringLiteral("t.id IN (SELECT programme_id FROM work_groups WHERE id IN (%1))")
            .arg(groups);
    if (kind == QLatin1String("school"))
        return QStringLiteral(
                   "t.id IN (SELECT school_id FROM work_group_schools WHERE work_group_id IN (%1) "
                   "UNION SELECT school_id FROM work_group_participants WHERE work_group_id IN "
                   "(%1) "
                   "UNION SELECT visit_school_id FROM sessions WHERE work_group_id IN (%1) UNION "
                   "SELECT school_id FROM people WHERE id IN %2)")
            .arg(groups, persons);
    if (kind == QLatin1String("person"))
        return QStringLiteral("t.id IN %1").arg(persons);
    if (kind == QLatin1String("work_group"))
        return QStringLiteral("t.id IN (%1)").arg(groups);
    if (kind == QLatin1String("attendance_mark"))
        return QStringLiteral(
                   "t.session_id IN (SELECT id FROM sessions WHERE work_group_id IN (%1))")
            .arg(groups);
    // school_enrolment, participant_enrolment, session
    return QStringLiteral("t.work_group_id IN (%1)").arg(groups);
}

} // namespace

QString HubPackWriter::hubNameFor(const Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT name FROM hubs ORDER BY id LIMIT 1"));
    const QVariant name = query.scalar();
    return name.isValid() ? name.toString() : Tr::tr("HubRegister hub");
}

HubPackPlan HubPackWriter::plan(const HubPackRequest &request) const
{
    HubPackPlan plan;
    const QString email = request.leadEmail.trimmed();
    SqlQuery person(m_db,
                    QStringLiteral("SELECT id, uuid, trim(first_name || ' ' || last_name) "
                                   "FROM people WHERE email = :email COLLATE NOCASE"));
    person.bind(QStringLiteral(":email"), email).exec();
    if (email.isEmpty() || !person.next())
        throw ExchangeError(ExchangeError::Kind::Invalid,
                            Tr::tr("No one with the email address “%1” is held.").arg(email));
    const qint64 leadId = person.value(0).toLongLong();
    plan.leadUuid = person.value(1).toString();
    plan.leadName = person.value(2).toString();
    person.finish();

    if (request.workGroupCodes.isEmpty()) {
        SqlQuery groups(
            m_db,
            QStringLiteral("SELECT w.id, w.code FROM work_groups w JOIN academic_years y ON y.id = "
                           "w.academic_year_id WHERE w.lead_person_id = :lead AND y.end_date >= "
                           ":today ORDER BY "
                           "w.code"));
        groups.bind(QStringLiteral(":lead"), leadId)
            .bind(QStringLiteral(":today"), m_db.clock().today().toString(Qt::ISODate))
            .exec();
        while (groups.next()) {
            plan.workGroupIds << groups.value(0).toLongLong();
            plan.workGroupCodes << groups.value(1).toString();
        }
        if (plan.workGroupIds.isEmpty())
            throw ExchangeError(ExchangeError::Kind::Invalid,
                                Tr::tr("%1 leads no Work Group this academic year or later; name "
                                       "the Work Groups to send.")
                                    .arg(plan.leadName));
    } else {
        for (const QString &code : request.workGroupCodes) {
            SqlQuery group(m_db,
                           QStringLiteral("SELECT id, code, lead_person_id FROM work_groups "
                                          "WHERE code = :code COLLATE NOCASE"));
            group.bind(QStringLiteral(":code"), code.trimmed()).exec();
            if (!group.next())
                throw ExchangeError(ExchangeError::Kind::Invalid,
                                    Tr::tr("There is no Work Group “%1”.").arg(code.trimmed()));
            if (group.value(2).toLongLong() != leadId)
                throw ExchangeError(ExchangeError::Kind::Invalid,
                                    Tr::tr("Work Group %1 is not led by %2, so it is not theirs "
                                           "to take.")
                                        .arg(group.value(1).toString(), plan.leadName));
            if (!plan.workGroupIds.contains(group.value(0).toLongLong())) {
                plan.workGroupIds << group.value(0).toLongLong();
                plan.workGroupCodes << group.value(1).toString();
            }
            group.finish();
        }
    }
    const auto known = ExchangeIdentityStore(m_db).lead(plan.leadUuid);
    plan.firstPack = request.newKeys || !known;
    return plan;
}

HubPackResult HubPackWriter::write(const HubPackRequest &request, const KeySet &hubKeys,
                                   const QString &path)
{
    ExchangeIdentityStore identities(m_db);
    const ExchangeIdentity identity = identities.require();
    if (!identity.isHub())
        throw ExchangeError(ExchangeError::Kind::NotForThisFile,
                            Tr::tr("This is a Lead's copy: packs to Leads are made in the hub's "
                                   "file."));
    const HubPackPlan plan = this->plan(request);
    ExchangeBook book(m_db);
    const QDateTime now = m_db.clock().nowUtc();

    Transaction transaction(m_db);
    ExchangeLead lead;
    std::optional<KeySet> leadKeys;
    if (plan.firstPack) {
        leadKeys = makeKeys();
        const auto known = identities.lead(plan.leadUuid);
        lead.nextSeq = known ? known->nextSeq : 1;
        lead.leadUuid = plan.leadUuid;
        lead.publicKeys = leadKeys->publicKeys;
        lead.keysIssuedAt = now;
    } else {
        lead = *identities.lead(plan.leadUuid);
    }

    PackContent content;
    content.header.kind = PackKind::ToLead;
    content.header.protection = plan.firstPack ? PackProtection::Code : PackProtection::Sealed;
    content.header.packId = QUuid::createUuid();
    content.header.hubId = identity.hubId;
    content.header.hubName = identity.hubName;
    content.header.lead = QUuid::fromString(plan.leadUuid);
    content.header.seq = lead.nextSeq;
    content.header.made = now;
    content.schema = m_db.schemaVersion();
    content.writer = QStringLiteral("HubRegister %1").arg(QCoreApplication::applicationVersion());
    content.hubName = identity.hubName;
    content.hubKeys = identity.publicKeys;
    content.lead.person = plan.leadUuid;
    content.lead.publicKeys = lead.publicKeys;
    if (leadKeys) {
        content.carriesLeadSecrets = true;
        content.lead.boxSecret = leadKeys->boxSecret.copy();
        content.lead.signSecret = leadKeys->signSecret.copy();
    }
    content.ack = book.lastReceivedByDevice(plan.leadUuid);

    // Every record of the scope, with the version of its present state.
    const QString groups = idList(plan.workGroupIds);
    const QString leadId
        = QStringLiteral("(SELECT id FROM people WHERE uuid = '%1')").arg(plan.leadUuid);
    qint64 counter = identity.versionCounter;
    int records = 0;
    for (const exchangeschema::KindSpec &kind : exchangeschema::kinds()) {
        const RecordTable table(m_db, kind);
        const QList<StoredRecord> rows = table.select(scopeCondition(kind.name, groups, leadId));
        QHash<QString, RecordVersion> versions = book.versions(kind.name);
        QSet<QString> uuids;
        QList<PackRecord> &list = content.records[kind.name];
        list.reserve(rows.size());
        for (const StoredRecord &row : rows) {
            const QByteArray fingerprint = sha256(canonicalFields(row.fields)).toBase64();
            RecordVersion version = versions.value(row.uuid);
            if (version.version == 0 || version.fingerprint != fingerprint) {
                version = { ++counter, fingerprint };
                book.setVersion(kind.name, row.uuid, version);
            }
            list << PackRecord { row.uuid, version.version, row.fields };
            uuids.insert(row.uuid);
        }
        records += int(rows.size());
        const QHash<QString, QString> aliases = book.aliases(kind.name);
        for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it)
            if (uuids.contains(it.value()))
                content.aliases[kind.name].insert(it.key(), it.value());
    }
    for (qint64 id : plan.workGroupIds) {
        SqlQuery uuid(m_db, QStringLiteral("SELECT uuid FROM work_groups WHERE id = :id"));
        uuid.bind(QStringLiteral(":id"), id);
        content.scope << uuid.scalar().toString();
    }
    identities.setVersionCounter(counter);

    HubPackResult result;
    result.path = path;
    result.seq = lead.nextSeq;
    result.records = records;
    result.firstPack = plan.firstPack;
    result.leadName = plan.leadName;
    result.workGroupCodes = plan.workGroupCodes;

    const QByteArray payload = packcontent::encode(content);
    std::optional<SecretBytes> codeKey;
    if (plan.firstPack) {
        result.code = newCode();
        content.header.salt = randomBytes(kSaltBytes);
        content.header.nonce = randomBytes(kNonceBytes);
        content.header.ops = request.codeCost.ops;
        content.header.mem = request.codeCost.mem;
        codeKey = deriveKey(normalisedCode(result.code), content.header.salt, request.codeCost);
    }
    const QByteArray file = packfile::encode(content.header, [&](const QByteArray &prefix) {
        const QByteArray inner = sign(prefix + payload, hubKeys.signSecret) + payload;
        return codeKey ? encrypt(*codeKey, content.header.nonce, inner, prefix)
                       : seal(inner, lead.publicKeys.box);
    });

    lead.nextSeq += 1;
    lead.scope = content.scope;
    identities.saveLead(lead);
    PackEntry entry;
    entry.packId = content.header.packId.toString(QUuid::WithoutBraces);
    entry.sent = true;
    entry.leadUuid = plan.leadUuid;
    entry.seq = result.seq;
    entry.digest = sha256(qUncompress(payload)).toBase64();
    entry.at = now;
    entry.summary = Tr::tr("%n record(s) to %1", nullptr, records).arg(plan.leadName);
    book.recordPack(entry);
    identities.setLastExchange(now);
    packfile::writeFile(path, file);
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path); // a pack the hub has no record of must not go out
        throw;
    }
    return result;
}

} // namespace hubreg
