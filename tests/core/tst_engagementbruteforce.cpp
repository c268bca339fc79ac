#include "TestSupport.h"
#include "database/Transaction.h"
#include "domain/AcademicYear.h"
#include "engagement/CompletionRisk.h"
#include "engagement/EngagementFigures.h"
#include "engagement/HubActivity.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <map>
#include <tuple>

using namespace hubreg;

namespace {

const QStringList kYears
    = { QStringLiteral("2022/23"), QStringLiteral("2023/24"), QStringLiteral("2024/25") };

// A random but reproducible area: every kind of school GIAS lists, tangled links (cycles, chains
// through URNs not in the register), two hubs' Work Groups of every status, sessions held,
// planned and cancelled (some undated, some visits), enrolments with join and withdrawal dates,
// participants who join late or leave, and every mark.
class Generator
{
public:
    Generator(Database &db, quint32 seed)
        : m_db(db)
        , m_random(seed)
    { }

    RecordId build()
    {
        Transaction transaction(m_db);
        HubStore hubs(m_db);
        Hub ours;
        ours.name = QStringLiteral("Generated Hub");
        hubs.add(ours);
        hubs.setLocalAuthorities(ours.id, { QStringLiteral("801"), QStringLiteral("802") });
        Hub other;
        other.name = QStringLiteral("Neighbouring Hub");
        hubs.add(other);
        hubs.setLocalAuthorities(other.id, { QStringLiteral("803") });

        ProgrammeStore programmes(m_db);
        for (const auto &[code, threshold] : QList<QPair<QString, int>> {
                 { QStringLiteral("TFM-EMB"), 60 }, { QStringLiteral("MN"), 90 } }) {
            Programme p = *programmes.findByCode(code);
            p.completionThreshold = threshold;
            programmes.update(p);
        }
        schools();
        links();
        for (int i = 0; i < 40; ++i)
            workGroup(i, below(5) == 0 ? other.id : ours.id);
        transaction.commit();
        return ours.id;
    }

private:
    int below(int n) { return int(m_random.bounded(quint32(n))); }
    template<typename T> T pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    void schools()
    {
        const QStringList las
            = { QStringLiteral("801"), QStringLiteral("801"), QStringLiteral("802"),
                QStringLiteral("802"), QStringLiteral("803") };
        const QStringList phases = { QStringLiteral("Primary"),
                                     QStringLiteral("Primary"),
                                     QStringLiteral("Primary"),
                                     QStringLiteral("Middle deemed primary"),
                                     QStringLiteral("Secondary"),
                                     QStringLiteral("Secondary"),
                                     QStringLiteral("Middle deemed secondary"),
                                     QStringLiteral("All-through"),
                                     QStringLiteral("Nursery"),
                                     QStringLiteral("16 plus"),
                                     QStringLiteral("Not applicable") };
        const QStringList statuses = { QStringLiteral("Open"),
                                       QStringLiteral("Open"),
                                       QStringLiteral("Open"),
                                       QStringLiteral("Open"),
                                       QStringLiteral("Open, but proposed to close"),
                                       QStringLiteral("Closed"),
                                       QStringLiteral("Closed"),
                                       QStringLiteral("Proposed to open") };
        const QStringList groups = { QStringLiteral("Local authority maintained schools"),
                                     QStringLiteral("Local authority maintained schools"),
                                     QStringLiteral("Academies"),
                                     QStringLiteral("Academies"),
                                     QStringLiteral("Free Schools"),
                                     QStringLiteral("Special schools"),
                                     QStringLiteral("Independent schools"),
                                     QStringLiteral("Other types"),
                                     QStringLiteral("Colleges"),
                                     QString() };
        SchoolStore store(m_db);
        for (int i = 0; i < 240; ++i) {
            School s;
            s.urn = *Urn::fromInt(400000 + 3 * i);
            s.name = QStringLiteral("School %1 %2").arg(QChar(u'A' + below(26))).arg(i);
            s.laCode = pick(las);
            s.laName = QStringLiteral("LA ") + s.laCode;
            s.phase = pick(phases);
            s.status = pick(statuses);
            s.typeGroup = pick(groups);
            store.add(s);
            m_schools << s.id;
            m_urns << s.urn.value();
        }
    }

    void links()
    {
        const QStringList types = { QStringLiteral("Predecessor"),
                                    QStringLiteral("Predecessor"),
                                    QStringLiteral("Predecessor - merged"),
                                    QStringLiteral("Predecessor - amalgamated"),
                                    QStringLiteral("Successor"),
                                    QStringLiteral("Successor - merged"),
                                    QStringLiteral("Successor - Split School"),
                                    QStringLiteral("Other"),
                                    QStringLiteral("Sixth Form Centre Link") };
        SchoolStore store(m_db);
        auto add = [&](int urn, int linked, const QString &type) {
            if (urn == linked)
                return;
            SchoolLink l;
            l.urn = *Urn::fromInt(urn);
            l.linkedUrn = *Urn::fromInt(linked);
            l.linkType = type;
            store.upsertLink(l);
        };
        for (int i = 0; i < 120; ++i)
            add(pick(m_urns), pick(m_urns), pick(types));
        // Chains through URNs the register does not hold.
        for (int i = 0; i < 10; ++i) {
            const int missing = 900000 + i;
            add(pick(m_urns), missing, QStringLiteral("Predecessor"));
            add(missing, pick(m_urns), QStringLiteral("Predecessor"));
        }
    }

    QDate dateIn(const QString &year)
    {
        return AcademicYear::startOf(year).addDays(10 + below(320));
    }

    void workGroup(int index, RecordId hubId)
    {
        const QString year = pick(kYears);
        const QStringList programmes
            = { QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB"), QStringLiteral("MN"),
                QStringLiteral("S-TFM-DEV"), QStringLiteral("SKTM-P") };
        const QList<WorkGroupStatus> statuses
            = { WorkGroupStatus::Planned,   WorkGroupStatus::Recruiting, WorkGroupStatus::Running,
                WorkGroupStatus::Running,   WorkGroupStatus::Completed,  WorkGroupStatus::Completed,
                WorkGroupStatus::Completed, WorkGroupStatus::Cancelled };
        WorkGroup wg;
        wg.hubId = hubId;
        wg.programmeId = ProgrammeStore(m_db).findByCode(pick(programmes))->id;
        wg.academicYearId = AcademicYearStore(m_db).ensure(year).id;
        wg.code = QStringLiteral("WG %1").arg(index);
        wg.status = pick(statuses);
        WorkGroupStore groups(m_db);
        groups.add(wg);

        QList<RecordId> enrolled;
        const int schoolCount = 2 + below(6);
        for (int i = 0; i < schoolCount; ++i) {
            const RecordId school = pick(m_schools);
            if (enrolled.contains(school))
                continue;
            SchoolEnrolment e;
            e.workGroupId = wg.id;
            e.schoolId = school;
            if (below(2) == 0)
                e.joinedOn = dateIn(year);
            if (below(7) == 0)
                e.withdrawnOn
                    = e.joinedOn.isValid() ? e.joinedOn.addDays(below(200)) : dateIn(year);
            groups.enrolSchool(e);
            enrolled << school;
            for (int n = below(4); n > 0; --n) {
                Person p;
                p.firstName = QStringLiteral("Person");
                p.lastName = QString::number(++m_people);
                p.schoolId = school;
                PersonStore(m_db).add(p);
                ParticipantEnrolment pe;
                pe.workGroupId = wg.id;
                pe.personId = p.id;
                pe.schoolId = school;
                if (below(5) == 0)
                    pe.joinedOn = dateIn(year);
                if (below(5) == 0)
                    pe.leftOn
                        = pe.joinedOn.isValid() ? pe.joinedOn.addDays(below(150)) : dateIn(year);
                groups.enrolParticipant(pe);
            }
        }

        SessionStore sessions(m_db);
        const QList<ParticipantListing> participants = groups.participants(wg.id);
        for (int n = 2 + below(5); n > 0; --n) {
            Session s;
            s.workGroupId = wg.id;
            if (below(10) != 0)
                s.date = dateIn(year);
            if (below(6) == 0) {
                s.kind = SessionKind::SchoolVisit;
                s.visitSchoolId = pick(enrolled);
            }
            const int roll = below(20);
            s.status = roll < 12 ? SessionStatus::Held
                : roll < 17      ? SessionStatus::Planned
                                 : SessionStatus::Cancelled;
            sessions.add(s);
            if (s.status != SessionStatus::Held)
                continue;
            for (const ParticipantListing &p : participants) {
                if (below(5) == 0)
                    continue; // no mark taken
                AttendanceRecord r;
                r.sessionId = s.id;
                r.participantId = p.enrolment.id;
                r.mark = pick(allAttendanceMarks());
                if (r.mark == AttendanceMark::Substitute)
                    r.substituteName = QStringLiteral("Cover");
                AttendanceStore(m_db).setMark(r);
            }
        }
    }

    Database &m_db;
    QRandomGenerator m_random;
    QList<RecordId> m_schools;
    QList<int> m_urns;
    int m_people = 0;
};

// The same figures worked out with plain loops over what the stores return, following
// docs/domain.md and the rules written in the engagement headers, with no SQL of our own.
class BruteForce
{
public:
    BruteForce(Database &db, RecordId hubId)
        : m_hubId(hubId)
    {
        SchoolStore schools(db);
        for (const School &s : schools.list())
            m_schools.insert(s.id, s);
        // Every link reachable from a URN in the register, following URNs the register lacks.
        QList<Urn> queue;
        QSet<int> seen;
        for (const School &s : std::as_const(m_schools))
            queue << s.urn;
        while (!queue.isEmpty()) {
            const Urn urn = queue.takeFirst();
            if (seen.contains(urn.value()))
                continue;
            seen.insert(urn.value());
            for (const SchoolLink &l : schools.linksOf(urn)) {
                m_links.insert(l.id, l);
                queue << l.urn << l.linkedUrn;
            }
        }
        m_localAuthorities = HubStore(db).localAuthorities(hubId);

        WorkGroupStore groups(db);
        SessionStore sessions(db);
        AttendanceStore marks(db);
        for (const WorkGroupOverview &o : groups.overview()) {
            Group g;
            g.workGroup = o.workGroup;
            g.year = o.academicYear;
            g.threshold = ProgrammeStore(db).find(o.workGroup.programmeId)->completionThreshold;
            for (const SchoolEnrolmentListing &e : groups.schools(o.workGroup.id))
                g.enrolments << e.enrolment;
            for (const ParticipantListing &p : groups.participants(o.workGroup.id))
                g.participants << p.enrolment;
            g.sessions = sessions.list(o.workGroup.id);
            for (const AttendanceRecord &r : marks.marksForWorkGroup(o.workGroup.id))
                g.marks[{ r.sessionId, r.participantId }] = r.mark;
            m_groups << g;
        }
    }

    struct Counts
    {
        int schools = 0, tookPart = 0, completed = 0, tookPartEver = 0, engagedEver = 0;
    };

    // Primary, secondary.
    std::array<Counts, 2> byPhase(const QString &year,
                                  QList<QPair<RecordId, QString>> *notEngaged) const
    {
        std::array<Counts, 2> counts;
        QList<School> missing;
        QHash<RecordId, QString> lastYear;
        for (const School &s : m_schools) {
            const int phase = phaseIndex(s);
            if (phase < 0)
                continue;
            bool took = false, completed = false, tookEver = false, engagedEver = false;
            bool underWay = false;
            QString last;
            const QSet<int> history = historyOf(s.urn);
            for (const Group &g : m_groups) {
                if (g.workGroup.status == WorkGroupStatus::Cancelled || g.year > year)
                    continue;
                for (const SchoolEnrolment &e : g.enrolments) {
                    if (e.isWithdrawn()
                        || !history.contains(m_schools.value(e.schoolId).urn.value()))
                        continue;
                    const auto [expected, attended] = g.schoolTotals(e);
                    const bool done = g.finished() && meets(attended, expected, g.threshold);
                    tookEver = true;
                    engagedEver = engagedEver || done;
                    took = took || g.year == year;
                    completed = completed || (g.year == year && done);
                    underWay = underWay || !g.finished();
                    last = qMax(last, g.year);
                }
            }
            Counts &c = counts[phase];
            ++c.schools;
            c.tookPart += took;
            c.completed += completed;
            c.tookPartEver += tookEver;
            c.engagedEver += engagedEver;
            if (!engagedEver && !underWay) {
                missing << s;
                lastYear.insert(s.id, last);
            }
        }
        std::sort(missing.begin(), missing.end(), [](const School &a, const School &b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.urn < b.urn;
        });
        for (const School &s : missing)
            *notEngaged << qMakePair(s.id, lastYear.value(s.id));
        return counts;
    }

    QList<int> statusCounts(const QString &year) const
    {
        QList<int> counts(5, 0);
        for (const Group &g : m_groups) {
            if (g.workGroup.hubId == m_hubId && g.year == year)
                ++counts[int(g.workGroup.status)];
        }
        return counts;
    }

    // Session id -> participants expected, attended, schools expected, attended.
    std::map<RecordId, std::array<int, 4>> sessionTotals(const QString &year) const
    {
        std::map<RecordId, std::array<int, 4>> totals;
        for (const Group &g : m_groups) {
            if (g.workGroup.hubId != m_hubId || g.year != year)
                continue;
            for (const Session &h : g.sessions) {
                if (h.status != SessionStatus::Held)
                    continue;
                std::array<int, 4> t { 0, 0, 0, 0 };
                for (const ParticipantEnrolment &p : g.participants) {
                    if (!concerns(h, p.schoolId))
                        continue;
                    const auto [expected, attended] = g.participantAt(h, p);
                    t[0] += expected;
                    t[1] += attended;
                }
                for (const SchoolEnrolment &e : g.enrolments) {
                    if (!concerns(h, e.schoolId))
                        continue;
                    const auto [expected, attended] = g.schoolAt(h, e);
                    t[2] += expected;
                    t[3] += attended;
                }
                totals[h.id] = t;
            }
        }
        return totals;
    }

    // (work group, school) -> level, for the hub's unfinished Work Groups of the year.
    std::map<std::pair<RecordId, RecordId>, RiskLevel> risks(const QString &year) const
    {
        std::map<std::pair<RecordId, RecordId>, RiskLevel> found;
        for (const Group &g : m_groups) {
            if (g.workGroup.hubId != m_hubId || g.year != year
                || g.workGroup.status == WorkGroupStatus::Completed
                || g.workGroup.status == WorkGroupStatus::Cancelled)
                continue;
            for (const SchoolEnrolment &e : g.enrolments) {
                if (e.isWithdrawn())
                    continue;
                const auto [expected, attended] = g.schoolTotals(e);
                int remaining = 0;
                for (const Session &h : g.sessions)
                    remaining += h.status == SessionStatus::Planned && concerns(h, e.schoolId);
                if (expected + remaining == 0)
                    continue;
                if (!meets(attended + remaining, expected + remaining, g.threshold))
                    found[{ g.workGroup.id, e.schoolId }] = RiskLevel::CannotComplete;
                else if (expected > 0 && !meets(attended, expected, g.threshold))
                    found[{ g.workGroup.id, e.schoolId }] = RiskLevel::BelowThreshold;
            }
        }
        return found;
    }

private:
    struct Group
    {
        WorkGroup workGroup;
        QString year;
        int threshold = 75;
        QList<SchoolEnrolment> enrolments;
        QList<ParticipantEnrolment> participants;
        QList<Session> sessions;
        std::map<std::pair<RecordId, RecordId>, AttendanceMark> marks;

        bool finished() const
        {
            if (workGroup.status == WorkGroupStatus::Completed)
                return true;
            for (const Session &s : sessions) {
                if (s.status == SessionStatus::Planned)
                    return false;
            }
            return true;
        }

        std::pair<int, int> participantAt(const Session &h, const ParticipantEnrolment &p) const
        {
            const auto mark = marks.find({ h.id, p.id });
            if (mark != marks.end())
                return { countsAsExpected(mark->second) ? 1 : 0,
                         countsAsAttended(mark->second) ? 1 : 0 };
            // With no mark: expected while both the participant and their school were in the group.
            const bool inGroup = within(h.date, p.joinedOn, p.leftOn)
                && within(h.date, schoolJoined(p.schoolId), schoolWithdrawn(p.schoolId));
            return { inGroup ? 1 : 0, 0 };
        }

        static bool within(const QDate &date, const QDate &from, const QDate &to)
        {
            return !date.isValid()
                || ((!from.isValid() || date >= from) && (!to.isValid() || date <= to));
        }

        QDate schoolJoined(RecordId schoolId) const
        {
            for (const SchoolEnrolment &e : enrolments) {
                if (e.schoolId == schoolId)
                    return e.joinedOn;
            }
            return {};
        }

        QDate schoolWithdrawn(RecordId schoolId) const
        {
            for (const SchoolEnrolment &e : enrolments) {
                if (e.schoolId == schoolId)
                    return e.withdrawnOn;
            }
            return {};
        }

        std::pair<int, int> schoolAt(const Session &h, const SchoolEnrolment &e) const
        {
            int people = 0;
            bool anyExpected = false;
            bool anyAttended = false;
            for (const ParticipantEnrolment &p : participants) {
                if (p.schoolId != e.schoolId)
                    continue;
                ++people;
                const auto [expected, attended] = participantAt(h, p);
                anyExpected = anyExpected || expected;
                anyAttended = anyAttended || attended;
            }
            if (anyAttended)
                return { 1, 1 };
            if (people > 0 && !anyExpected)
                return { 0, 0 };
            const bool outside = h.date.isValid()
                && ((e.joinedOn.isValid() && h.date < e.joinedOn)
                    || (e.withdrawnOn.isValid() && h.date > e.withdrawnOn));
            return { outside ? 0 : 1, 0 };
        }

        std::pair<int, int> schoolTotals(const SchoolEnrolment &e) const
        {
            int expected = 0;
            int attended = 0;
            for (const Session &h : sessions) {
                if (h.status != SessionStatus::Held || !concerns(h, e.schoolId))
                    continue;
                const auto [x, a] = schoolAt(h, e);
                expected += x;
                attended += a;
            }
            return { expected, attended };
        }
    };

    static bool meets(int attended, int expected, int threshold)
    {
        return expected > 0 && attended * 100 >= threshold * expected;
    }

    static bool concerns(const Session &h, RecordId schoolId)
    {
        return h.kind != SessionKind::SchoolVisit || h.visitSchoolId == schoolId;
    }

    int phaseIndex(const School &s) const
    {
        static const QStringList excluded
            = { QStringLiteral("Independent schools"), QStringLiteral("Other types"),
                QStringLiteral("Welsh schools"), QStringLiteral("Universities"),
                QStringLiteral("Online provider") };
        if (!m_localAuthorities.contains(s.laCode) || !s.status.startsWith(QLatin1String("Open"))
            || excluded.contains(s.typeGroup))
            return -1;
        if (s.phase == QLatin1String("Primary")
            || s.phase == QLatin1String("Middle deemed primary"))
            return 0;
        if (s.phase == QLatin1String("Secondary")
            || s.phase == QLatin1String("Middle deemed secondary")
            || s.phase == QLatin1String("All-through"))
            return 1;
        return -1;
    }

    // URNs whose history passes to `urn`, by breadth-first search up to 20 links.
    QSet<int> historyOf(Urn urn) const
    {
        QSet<int> found { urn.value() };
        QList<int> frontier { urn.value() };
        for (int depth = 0; depth < 20 && !frontier.isEmpty(); ++depth) {
            QList<int> next;
            for (int x : frontier) {
                for (const SchoolLink &l : m_links) {
                    int predecessor = 0;
                    if (l.urn.value() == x && l.isPredecessor())
                        predecessor = l.linkedUrn.value();
                    else if (l.linkedUrn.value() == x && l.isSuccessor())
                        predecessor = l.urn.value();
                    if (predecessor != 0 && !found.contains(predecessor)) {
                        found.insert(predecessor);
                        next << predecessor;
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    RecordId m_hubId;
    QHash<RecordId, School> m_schools;
    QHash<RecordId, SchoolLink> m_links;
    QStringList m_localAuthorities;
    QList<Group> m_groups;
};

} // namespace

class TestEngagementBruteForce : public QObject
{
    Q_OBJECT

private slots:
    void sqlEqualsBruteForce_data();
    void sqlEqualsBruteForce();
};

void TestEngagementBruteForce::sqlEqualsBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 2024") << quint32(2024);
    QTest::newRow("seed 77") << quint32(77);
}

void TestEngagementBruteForce::sqlEqualsBruteForce()
{
    QFETCH(quint32, seed);
    test::TempDatabase temp;
    const RecordId hubId = Generator(temp.db(), seed).build();
    const BruteForce expected(temp.db(), hubId);
    EngagementFigures engagement(temp.db());
    HubActivity activity(temp.db());
    CompletionRisk risk(temp.db());

    int engagedSomewhere = 0;
    int risksSeen = 0;
    for (const QString &year : kYears + QStringList { QStringLiteral("2025/26") }) {
        QList<QPair<RecordId, QString>> bruteMissing;
        const auto brute = expected.byPhase(year, &bruteMissing);
        const QList<PhaseEngagement> phases = engagement.byPhase(hubId, year);
        for (int i = 0; i < 2; ++i) {
            const PhaseEngagement &p = phases.at(i);
            const auto &b = brute.at(size_t(i));
            QCOMPARE(p.schools, b.schools);
            QCOMPARE(p.tookPart, b.tookPart);
            QCOMPARE(p.completed, b.completed);
            QCOMPARE(p.tookPartEver, b.tookPartEver);
            QCOMPARE(p.engagedEver, b.engagedEver);
            engagedSomewhere += p.engagedEver;
        }
        QList<QPair<RecordId, QString>> sqlMissing;
        for (const AreaSchool &s : engagement.notYetEngaged(hubId, year))
            sqlMissing << qMakePair(s.schoolId, s.lastTookPart);
        QCOMPARE(sqlMissing, bruteMissing);

        QList<int> statuses;
        for (const StatusCount &c : activity.workGroupsByStatus(hubId, year))
            statuses << c.workGroups;
        QCOMPARE(statuses, expected.statusCounts(year));

        std::map<RecordId, std::array<int, 4>> sessions;
        for (const SessionAttendance &s : activity.attendanceBySession(hubId, year))
            sessions[s.sessionId]
                = { s.expected, s.attended, s.schoolsExpected, s.schoolsAttended };
        QVERIFY(sessions == expected.sessionTotals(year));

        std::map<std::pair<RecordId, RecordId>, RiskLevel> risks;
        for (const SchoolAtRisk &r : risk.forHub(hubId, year))
            risks[{ r.workGroupId, r.schoolId }] = r.level;
        QVERIFY(risks == expected.risks(year));
        risksSeen += int(risks.size());
    }
    // The generated data must exercise the figures, not compare zeros with zeros.
    QVERIFY(engagedSomewhere > 0);
    QVERIFY(risksSeen > 0);
}

QTEST_GUILESS_MAIN(TestEngagementBruteForce)
#include "tst_engagementbruteforce.moc"
