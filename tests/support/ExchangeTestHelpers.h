#pragma once

// A hub's file and a Lead's copy side by side, for the exchange tests: the hub holds the small
// hand-checked Work Group (led by Lena Lead) and a second of hers, and another Lead's group that
// must never reach her. Keys are made at the cheapest cost, so tests can make many. Header-only
// so the shared test-support library needs no change.

#include "TestServer.h"
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubMerge.h"
#include "exchange/HubPackWriter.h"
#include "exchange/LeadUpdate.h"
#include "exchange/PackOpener.h"
#include "exchange/RecordTable.h"
#include "exchange/ReturnPackWriter.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace hubreg::test {

inline const QString kLeadEmail = QStringLiteral("lena.lead@example.org");
inline const QString kHubPassphrase = QStringLiteral("hub passphrase 1");
inline const QString kLeadPassphrase = QStringLiteral("lead passphrase 1");

// The row of the record with this uuid, or 0.
inline RecordId idOf(const Database &db, const QString &table, const QString &uuid)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = :uuid").arg(table));
    query.bind(QStringLiteral(":uuid"), uuid);
    return query.scalar().toLongLong();
}

inline QString uuidOf(const Database &db, const QString &table, RecordId id)
{
    SqlQuery query(db, QStringLiteral("SELECT uuid FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    return query.scalar().toString();
}

inline QVariant valueOf(const Database &db, const QString &sql)
{
    return SqlQuery(db, sql).scalar();
}

// Every record of the kinds a pack carries that belongs to the Work Groups `codes`, as the
// exchange sees them (uuid and fields): the same text on both sides when they agree.
inline QString exchangedContents(Database &db, const QStringList &codes)
{
    QStringList groups;
    for (const QString &code : codes)
        groups << QStringLiteral("'%1'").arg(code);
    const QString wg = QStringLiteral("(SELECT id FROM work_groups WHERE code IN (%1))")
                           .arg(groups.join(QLatin1Char(',')));
    const QMap<QString, QString> conditions {
        { QStringLiteral("work_group"), QStringLiteral("t.id IN %1").arg(wg) },
        { QStringLiteral("school_enrolment"), QStringLiteral("t.work_group_id IN %1").arg(wg) },
        { QStringLiteral("participant_enrolment"),
          QStringLiteral("t.work_group_id IN %1").arg(wg) },
        { QStringLiteral("session"), QStringLiteral("t.work_group_id IN %1").arg(wg) },
        { QStringLiteral("attendance_mark"),
          QStringLiteral("t.session_id IN (SELECT id FROM sessions WHERE work_group_id IN %1)")
              .arg(wg) },
        { QStringLiteral("person"),
          QStringLiteral("t.id IN (SELECT person_id FROM work_group_participants WHERE "
                         "work_group_id IN %1)")
              .arg(wg) },
    };
    QString text;
    for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it) {
        const RecordTable table(db, *exchangeschema::kind(it.key()));
        QStringList rows;
        for (const StoredRecord &record : table.select(it.value())) {
            QJsonObject fields = record.fields;
            if (it.key() == QLatin1String("attendance_mark"))
                fields.remove(QStringLiteral("recorded_at"));
            rows << record.uuid + QLatin1Char(' ') + QString::fromUtf8(canonicalFields(fields));
        }
        rows.sort();
        text += QStringLiteral("## %1\n%2\n").arg(it.key(), rows.join(QLatin1Char('\n')));
    }
    return text;
}

// What the closed hub at `path` holds, to tell whether a program changed it: a file's bytes,
// or every row of a server's database (which has no file to read).
inline QByteArray hubState(const QString &path)
{
    if (!ServerAddress::isServerAddress(path))
        return fileBytes(path);
    auto db = Database::open(path, Database::Access::ReadOnly);
    return dumpContents(*db).toUtf8();
}

// The two sides of an exchange: the Lead's a real file, the hub's a file too, or in a suite's
// server run a database on the test server.
class ExchangeSides
{
public:
    ExchangeSides()
        : hubClock(QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC))
        , leadClock(QDateTime(QDate(2024, 10, 2), QTime(9, 0), Qt::UTC))
    {
        hubPath = testserver::inUse() ? testserver::createDatabase()
                                      : dir.filePath(QStringLiteral("hub.sqlite"));
        leadPath = dir.filePath(QStringLiteral("lead.sqlite"));
        hub = Database::open(hubPath);
        hub->setClock(&hubClock);
        w = buildSmallWorkGroup(*hub, 4);

        PersonStore people(*hub);
        Person lead;
        lead.firstName = QStringLiteral("Lena");
        lead.lastName = QStringLiteral("Lead");
        lead.email = kLeadEmail;
        lead.isWorkGroupLead = true;
        people.add(lead);
        leadPersonId = lead.id;
        WorkGroupStore groups(*hub);
        WorkGroup first = *groups.find(w.workGroupId);
        first.leadPersonId = lead.id;
        groups.update(first);

        WorkGroup second = first;
        second.id = 0;
        second.uuid = QUuid();
        second.code = QStringLiteral("TEST-02");
        second.title = QStringLiteral("Second group");
        groups.add(second);
        secondGroupId = second.id;
        SchoolEnrolment enrolment;
        enrolment.workGroupId = second.id;
        enrolment.schoolId = w.schoolB;
        groups.enrolSchool(enrolment);
        ParticipantEnrolment participant;
        participant.workGroupId = second.id;
        participant.personId = w.personB1;
        groups.enrolParticipant(participant);
        Session session;
        session.workGroupId = second.id;
        session.date = QDate(2024, 10, 20);
        SessionStore(*hub).add(session);

        // Another Lead's group: none of it may reach Lena's copy.
        Person other;
        other.firstName = QStringLiteral("Olly");
        other.lastName = QStringLiteral("Other");
        other.email = QStringLiteral("olly.other@example.org");
        people.add(other);
        Person stranger;
        stranger.firstName = QStringLiteral("Zed");
        stranger.lastName = QStringLiteral("Zebra");
        stranger.email = QStringLiteral("zed.zebra@example.org");
        stranger.schoolId = w.schoolA;
        people.add(stranger);
        WorkGroup foreign = first;
        foreign.id = 0;
        foreign.uuid = QUuid();
        foreign.code = QStringLiteral("OTHER-01");
        foreign.leadPersonId = other.id;
        groups.add(foreign);
        SchoolEnrolment foreignSchool;
        foreignSchool.workGroupId = foreign.id;
        foreignSchool.schoolId = w.schoolA;
        groups.enrolSchool(foreignSchool);
        ParticipantEnrolment foreignParticipant;
        foreignParticipant.workGroupId = foreign.id;
        foreignParticipant.personId = stranger.id;
        groups.enrolParticipant(foreignParticipant);

        // The first session's register, taken at the hub from the paper sheet.
        AttendanceStore marks(*hub);
        const QList<QPair<RecordId, AttendanceMark>> sheet {
            { w.participantA1, AttendanceMark::Present },
            { w.participantA2, AttendanceMark::Apologies },
            { w.participantB1, AttendanceMark::Present }
        };
        for (const auto &[participantId, mark] : sheet) {
            AttendanceRecord record;
            record.sessionId = w.sessions.at(0);
            record.participantId = participantId;
            record.mark = mark;
            marks.setMark(record);
        }

        ExchangeIdentityStore(*hub).createHub(QStringLiteral("Test Maths Hub"), kHubPassphrase,
                                              packcrypto::PasswordCost::minimum(),
                                              packcrypto::makeKeys());
    }

    QString nextPackPath(const QString &stem)
    {
        return dir.filePath(QStringLiteral("%1-%2.hubpack").arg(stem).arg(++m_packs));
    }

    packcrypto::KeySet hubKeys()
    {
        return ExchangeIdentityStore::unlock(ExchangeIdentityStore(*hub).require(), kHubPassphrase);
    }

    packcrypto::KeySet leadKeys()
    {
        return ExchangeIdentityStore::unlock(ExchangeIdentityStore(*lead).require(),
                                             kLeadPassphrase);
    }

    // Hub > Send to Lead. Returns the pack's path; `code` gets a first pack's code.
    QString sendToLead(const QStringList &codes = {}, bool newKeys = false, QString *code = nullptr)
    {
        HubPackRequest request;
        request.leadEmail = kLeadEmail;
        request.workGroupCodes = codes;
        request.newKeys = newKeys;
        request.codeCost = packcrypto::PasswordCost::minimum();
        const QString path = nextPackPath(QStringLiteral("to-lead"));
        const HubPackResult result = HubPackWriter(*hub).write(request, hubKeys(), path);
        if (result.firstPack)
            m_code = result.code;
        if (code)
            *code = result.code;
        return path;
    }

    // The Lead opens a hub pack: a first one makes the copy.
    ExchangeReport openInLead(const QString &path, bool confirmDeletions = true)
    {
        if (!lead) {
            lead = Database::open(leadPath);
            lead->setClock(&leadClock);
        }
        const PackEnvelope envelope = PackOpener::inspect(path);
        PackOpener::checkAddressee(*lead, envelope);
        if (envelope.header.protection == PackProtection::Code) {
            LeadUpdate update(*lead, PackOpener::openWithCode(envelope, m_code));
            update.setPassphrase(kLeadPassphrase, packcrypto::PasswordCost::minimum());
            return update.apply(confirmDeletions);
        }
        LeadUpdate update(*lead, PackOpener::open(*lead, envelope, leadKeys()));
        return update.apply(confirmDeletions);
    }

    // Lead > Send to Hub.
    QString sendToHub()
    {
        const QString path = nextPackPath(QStringLiteral("to-hub"));
        ReturnPackWriter(*lead).write(leadKeys(), path);
        return path;
    }

    // Hub > Import from Lead, up to the preview: the merge to decide and apply.
    std::unique_ptr<HubMerge> mergeAtHub(const QString &path)
    {
        const PackEnvelope envelope = PackOpener::inspect(path);
        PackOpener::checkAddressee(*hub, envelope);
        return std::make_unique<HubMerge>(*hub, PackOpener::open(*hub, envelope, hubKeys()));
    }

    ~ExchangeSides()
    {
        hub.reset();
        lead.reset();
        if (testserver::inUse())
            testserver::dropDatabase(hubPath);
    }

    // The whole round: hub pack 1, the copy made.
    void startExchange() { openInLead(sendToLead()); }

    RecordId inLead(const QString &table, RecordId hubId)
    {
        return idOf(*lead, table, uuidOf(*hub, table, hubId));
    }

    QTemporaryDir dir;
    QString hubPath;
    QString leadPath;
    FixedClock hubClock;
    FixedClock leadClock;
    std::unique_ptr<Database> hub;
    std::unique_ptr<Database> lead;
    SmallWorkGroup w;
    RecordId leadPersonId = 0;
    RecordId secondGroupId = 0;

private:
    QString m_code;
    int m_packs = 0;
};

} // namespace hubreg::test
