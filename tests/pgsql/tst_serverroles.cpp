// Roles on a hub's server, enforced by the server: logins of each role connect with plain SQL,
// as with psql, and see and change only what their role allows (docs/postgresql.md, Roles).
// Runs only as tst_serverroles_pgsql, against the test server.
#include "StoreTestHelpers.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "access/HubUsers.h"
#include "access/ScramVerifier.h"
#include "database/Migrator.h"
#include "database/ServerAddress.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/DemoHub.h"
#include "import/GiasEstablishmentImporter.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {

// A connection as one login through Qt's PostgreSQL driver alone: what the server allows that
// login, whatever the program would do.
class Login
{
public:
    Login(const QString &hubAddress, const QString &login)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("login-%1").arg(counter.fetchAndAddRelaxed(1));
        QString why;
        const auto server = ServerAddress::parse(hubAddress, &why);
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        connection.setHostName(server->host);
        connection.setPort(server->port);
        connection.setUserName(login);
        connection.setDatabaseName(server->database);
        m_open = connection.open();
    }
    ~Login()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Login(const Login &) = delete;
    Login &operator=(const Login &) = delete;

    bool isOpen() const { return m_open; }
    // The first value of the first row, or an invalid QVariant when the server refused.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql) && query.next())
            return query.value(0);
        m_state = query.lastError().nativeErrorCode();
        return {};
    }
    int count(const QString &sql) { return value(sql).isValid() ? value(sql).toInt() : -1; }
    // The rows a write changed, or -1 when the server refused it (its SQLSTATE in state()).
    int write(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_state = query.lastError().nativeErrorCode();
            return -1;
        }
        m_state.clear();
        return query.numRowsAffected();
    }
    QString state() const { return m_state; }

private:
    QString m_name;
    bool m_open = false;
    QString m_state;
};

constexpr auto kNoPermission = "42501"; // insufficient_privilege, and a row a policy refuses

QString idList(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids.join(QLatin1Char(','));
}

qint64 number(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    return query.scalar().toLongLong();
}

QString uniqueLogin(const char *stem)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    Database *m_db = nullptr;
    qint64 m_leadA = 0; // a Lead's person, with participants
    qint64 m_leadB = 0; // another Lead's, whose participants are in none of A's Work Groups
    QString m_groupsA; // A's Work Groups' ids, for IN (...)
    QString m_groupsB;
    QString m_onlyB; // people in B's Work Groups and no Work Group of A's
    QString m_loginA, m_loginB, m_reader, m_admin;

    Database &db() { return *m_db; }
    QStringList logins() const { return { m_loginA, m_loginB, m_reader, m_admin }; }

private slots:
    void initTestCase()
    {
        QVERIFY(test::testserver::inUse());
        m_temp = std::make_unique<test::TempDatabase>();
        m_db = &m_temp->db();
        DemoHub::create(db(), QDate(2026, 11, 24));
        // Two Leads of Work Groups with participants and marks, neither's participants in the
        // other's groups.
        const QString ledGroups
            = QStringLiteral("SELECT DISTINCT g.lead_person_id FROM work_groups g "
                             "JOIN sessions s ON s.work_group_id = g.id "
                             "JOIN attendance_marks m ON m.session_id = s.id "
                             "WHERE g.lead_person_id IS NOT NULL ORDER BY 1");
        const QStringList leads = idList(db(), ledGroups).split(QLatin1Char(','));
        QVERIFY2(leads.size() >= 2, "the demo hub has two Leads with registers taken");
        m_leadA = leads.at(0).toLongLong();
        m_leadB = leads.at(1).toLongLong();
        m_groupsA = idList(db(),
                           QStringLiteral("SELECT id FROM work_groups WHERE lead_person_id "
                                          "= %1 ORDER BY id")
                               .arg(m_leadA));
        m_groupsB = idList(db(),
                           QStringLiteral("SELECT id FROM work_groups WHERE lead_person_id "
                                          "= %1 ORDER BY id")
                               .arg(m_leadB));
        m_onlyB = idList(db(),
                         QStringLiteral("SELECT DISTINCT person_id FROM work_group_participants "
                                        "WHERE work_group_id IN (%1) AND person_id NOT IN "
                                        "(SELECT person_id FROM work_group_participants WHERE "
                                        "work_group_id IN (%2)) ORDER BY 1")
                             .arg(m_groupsB, m_groupsA));
        QVERIFY(!m_onlyB.isEmpty());

        HubUsers users(db());
        m_loginA = uniqueLogin("lead_a");
        m_loginB = uniqueLogin("lead_b");
        m_reader = uniqueLogin("reader");
        m_admin = uniqueLogin("admin");
        const QString password = QStringLiteral("correct horse");
        users.add(m_loginA, HubRole::Lead, m_leadA, password);
        users.add(m_loginB, HubRole::Lead, m_leadB, password);
        users.add(m_reader, HubRole::Reader, 0, password);
        users.add(m_admin, HubRole::Admin, 0, password);
    }

    void cleanupTestCase()
    {
        if (!m_db)
            return;
        HubUsers users(db());
        for (const HubUser &user : users.list())
            users.remove(user.login);
        m_temp.reset();
    }

    void theUsersAreListedWithTheirRoles()
    {
        const QList<HubUser> users = HubUsers(db()).list();
        QCOMPARE(users.size(), 4);
        for (const HubUser &user : users) {
            QVERIFY(logins().contains(user.login));
            QCOMPARE(user.role,
                     user.login == m_admin        ? HubRole::Admin
                         : user.login == m_reader ? HubRole::Reader
                                                  : HubRole::Lead);
        }
        // Each login is a member of its hub's group role, on the server.
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM pg_auth_members m "
                                       "JOIN pg_roles r ON r.oid = m.member "
                                       "JOIN pg_roles g ON g.oid = m.roleid "
                                       "JOIN hub_access.group_roles h ON h.name = g.rolname "
                                       "WHERE r.rolname = '%1' AND h.role = 'lead'")
                            .arg(m_loginA)),
                 1);
    }

    void aLeadSeesOnlyTheirOwnWorkGroups()
    {
        Login lead(m_temp->path(), m_loginA);
        QVERIFY(lead.isOpen());
        QCOMPARE(lead.count(QStringLiteral("SELECT count(*) FROM work_groups")),
                 int(m_groupsA.count(QLatin1Char(',')) + 1));
        QCOMPARE(
            lead.count(
                QStringLiteral("SELECT count(*) FROM work_groups WHERE id IN (%1)").arg(m_groupsB)),
            0);
        QCOMPARE(lead.count(QStringLiteral("SELECT count(*) FROM sessions WHERE work_group_id IN "
                                           "(%1)")
                                .arg(m_groupsB)),
                 0);
    }

    void aLeadCannotReadAnotherLeadsParticipants()
    {
        Login lead(m_temp->path(), m_loginA);
        QCOMPARE(lead.count(QStringLiteral("SELECT count(*) FROM work_group_participants WHERE "
                                           "work_group_id IN (%1)")
                                .arg(m_groupsB)),
                 0);
        QCOMPARE(
            lead.count(QStringLiteral("SELECT count(*) FROM people WHERE id IN (%1)").arg(m_onlyB)),
            0);
        QCOMPARE(
            lead.count(QStringLiteral("SELECT count(*) FROM people WHERE id = %1").arg(m_leadB)),
            0);
        QCOMPARE(lead.count(QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN "
                                           "sessions s ON s.id = m.session_id WHERE "
                                           "s.work_group_id IN (%1)")
                                .arg(m_groupsB)),
                 0);
        // Their own participants, with their names, and themselves.
        const int own = int(number(db(),
                                   QStringLiteral("SELECT count(DISTINCT person_id) FROM "
                                                  "work_group_participants WHERE work_group_id "
                                                  "IN (%1)")
                                       .arg(m_groupsA)));
        QVERIFY(own > 0);
        QCOMPARE(lead.count(QStringLiteral("SELECT count(DISTINCT p.id) FROM people p JOIN "
                                           "work_group_participants w ON w.person_id = p.id "
                                           "WHERE p.last_name <> ''")),
                 own);
        QCOMPARE(
            lead.count(QStringLiteral("SELECT count(*) FROM people WHERE id = %1").arg(m_leadA)),
            1);
    }

    void aLeadTakesTheirOwnRegisterOnly()
    {
        const qint64 ownMark = number(
            db(),
            QStringLiteral("SELECT min(m.id) FROM attendance_marks m JOIN sessions s ON "
                           "s.id = m.session_id WHERE s.work_group_id IN (%1) AND s.status <> "
                           "'cancelled'")
                .arg(m_groupsA));
        const qint64 otherMark
            = number(db(),
                     QStringLiteral("SELECT min(m.id) FROM attendance_marks m JOIN sessions s ON "
                                    "s.id = m.session_id WHERE s.work_group_id IN (%1)")
                         .arg(m_groupsB));
        QVERIFY(ownMark > 0 && otherMark > 0);
        Login lead(m_temp->path(), m_loginA);
        QCOMPARE(lead.write(QStringLiteral("UPDATE attendance_marks SET mark = 'L', version = "
                                           "version + 1 WHERE id = %1")
                                .arg(ownMark)),
                 1);
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM attendance_marks WHERE id = "
                                       "%1 AND mark = 'L'")
                            .arg(ownMark)),
                 1);
        // Another Lead's mark is not there for them to change.
        QCOMPARE(lead.write(QStringLiteral("UPDATE attendance_marks SET mark = 'L' WHERE id = %1")
                                .arg(otherMark)),
                 0);
        QCOMPARE(
            lead.write(QStringLiteral("DELETE FROM attendance_marks WHERE id = %1").arg(otherMark)),
            0);
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM attendance_marks WHERE id = %1")
                            .arg(otherMark)),
                 1);

        // A mark taken away and taken again, leaving a tombstone as the program's would.
        const QString copy = QStringLiteral(
            "INSERT INTO attendance_marks (uuid, session_id, participant_id, mark, recorded_at, "
            "created_at, updated_at) VALUES ('%1', %2, %3, 'P', '2026-11-24T10:00:00.000Z', "
            "'2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z')");
        const auto markOf = [&](qint64 id) {
            SqlQuery query(db(),
                           QStringLiteral("SELECT uuid, session_id, participant_id FROM "
                                          "attendance_marks WHERE id = %1")
                               .arg(id));
            query.exec();
            query.next();
            return QStringList { query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString() };
        };
        const QStringList own = markOf(ownMark);
        QCOMPARE(
            lead.write(QStringLiteral("DELETE FROM attendance_marks WHERE id = %1").arg(ownMark)),
            1);
        QVERIFY(test::tombstoneUuids(db(), QStringLiteral("attendance_mark")).contains(own.at(0)));
        QCOMPARE(lead.write(copy.arg(own.at(0), own.at(1), own.at(2))), 1);
        // A mark for another Lead's session is refused by the server.
        const QStringList other = markOf(otherMark);
        QCOMPARE(
            lead.write(QStringLiteral("DELETE FROM attendance_marks WHERE id = %1").arg(otherMark)),
            0);
        QCOMPARE(lead.write(
                     copy.arg(QStringLiteral("a-mark-that-must-not-be"), other.at(1), other.at(2))),
                 -1);
        QCOMPARE(lead.state(), QLatin1String(kNoPermission));
    }

    void aLeadAddsParticipantsToTheirOwnWorkGroupsOnly()
    {
        const qint64 groupA = m_groupsA.section(QLatin1Char(','), 0, 0).toLongLong();
        const qint64 groupB = m_groupsB.section(QLatin1Char(','), 0, 0).toLongLong();
        const qint64 schoolA
            = number(db(),
                     QStringLiteral("SELECT min(school_id) FROM work_group_schools WHERE "
                                    "work_group_id = %1")
                         .arg(groupA));
        const qint64 schoolB
            = number(db(),
                     QStringLiteral("SELECT min(school_id) FROM work_group_schools WHERE "
                                    "work_group_id = %1")
                         .arg(groupB));
        Login lead(m_temp->path(), m_loginA);
        const QString person = QStringLiteral(
            "INSERT INTO people (uuid, first_name, last_name, email, school_id, created_at, "
            "updated_at) VALUES ('%1', 'Ada', 'Newcolleague', '%1@example.org', %2, "
            "'2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z')");
        QCOMPARE(lead.write(person.arg(QStringLiteral("new-person-a")).arg(schoolA)), 1);
        // Nobody's yet: theirs to find and add.
        const qint64 newPerson
            = lead.value(QStringLiteral("SELECT id FROM people WHERE uuid = 'new-person-a'"))
                  .toLongLong();
        QVERIFY(newPerson > 0);
        const QString participant = QStringLiteral(
            "INSERT INTO work_group_participants (uuid, work_group_id, person_id, school_id, "
            "created_at, updated_at) VALUES ('%1', %2, %3, %4, '2026-11-24T10:00:00.000Z', "
            "'2026-11-24T10:00:00.000Z')");
        QCOMPARE(lead.write(participant.arg(QStringLiteral("new-place-b"))
                                .arg(groupB)
                                .arg(newPerson)
                                .arg(schoolB)),
                 -1);
        QCOMPARE(lead.state(), QLatin1String(kNoPermission));
        QCOMPARE(lead.write(participant.arg(QStringLiteral("new-place-a"))
                                .arg(groupA)
                                .arg(newPerson)
                                .arg(schoolA)),
                 1);
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM work_group_participants "
                                       "WHERE uuid = 'new-place-a' AND person_id = %1")
                            .arg(newPerson)),
                 1);
        // Now A's participant: out of B's sight.
        Login other(m_temp->path(), m_loginB);
        QCOMPARE(
            other.count(QStringLiteral("SELECT count(*) FROM people WHERE id = %1").arg(newPerson)),
            0);
    }

    void aLeadCannotChangeSchoolsOrWorkGroups()
    {
        Login lead(m_temp->path(), m_loginA);
        QVERIFY(lead.count(QStringLiteral("SELECT count(*) FROM schools")) > 0);
        QCOMPARE(lead.write(QStringLiteral("UPDATE schools SET notes = 'changed by a Lead'")), -1);
        QCOMPARE(lead.state(), QLatin1String(kNoPermission));
        QCOMPARE(lead.write(QStringLiteral("UPDATE work_groups SET notes = 'changed'")), -1);
        QCOMPARE(lead.state(), QLatin1String(kNoPermission));
        QCOMPARE(lead.write(QStringLiteral("DELETE FROM people")), -1);
        QCOMPARE(lead.state(), QLatin1String(kNoPermission));
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM schools WHERE notes = "
                                       "'changed by a Lead'")),
                 0);
    }

    void theReaderReadsEverythingAndWritesNothing()
    {
        Login reader(m_temp->path(), m_reader);
        QCOMPARE(reader.count(QStringLiteral("SELECT count(*) FROM people")),
                 int(number(db(), QStringLiteral("SELECT count(*) FROM people"))));
        QCOMPARE(reader.count(QStringLiteral("SELECT count(*) FROM attendance_marks")),
                 int(number(db(), QStringLiteral("SELECT count(*) FROM attendance_marks"))));
        QCOMPARE(reader.write(QStringLiteral("UPDATE attendance_marks SET mark = 'X'")), -1);
        QCOMPARE(reader.state(), QLatin1String(kNoPermission));
        QCOMPARE(reader.write(QStringLiteral("UPDATE schools SET notes = 'x'")), -1);
        QCOMPARE(reader.write(QStringLiteral("DELETE FROM sessions")), -1);
        QCOMPARE(reader.state(), QLatin1String(kNoPermission));
        // The exchange's keys are not for reports.
        QCOMPARE(reader.count(QStringLiteral("SELECT count(*) FROM exchange_identity")), -1);
        QCOMPARE(reader.state(), QLatin1String(kNoPermission));
    }

    void theTrailNamesEachLoginAndOnlyAdministratorsReadIt()
    {
        const qint64 ownMark = number(
            db(),
            QStringLiteral("SELECT min(m.id) FROM attendance_marks m JOIN sessions s ON "
                           "s.id = m.session_id WHERE s.work_group_id IN (%1) AND s.status <> "
                           "'cancelled'")
                .arg(m_groupsA));
        QVERIFY(ownMark > 0);
        Login lead(m_temp->path(), m_loginA);
        QCOMPARE(lead.write(QStringLiteral("UPDATE attendance_marks SET note = 'late bus', "
                                           "version = version + 1 WHERE id = %1")
                                .arg(ownMark)),
                 1);
        // Written for the Lead, as the Lead, though the Lead may not touch the trail.
        SqlQuery entry(db(),
                       QStringLiteral("SELECT who, changes FROM audit_log WHERE table_name = "
                                      "'attendance_marks' AND record_id = %1 ORDER BY id DESC")
                           .arg(ownMark));
        entry.exec();
        QVERIFY(entry.next());
        QCOMPARE(entry.value(0).toString(), m_loginA);
        QVERIFY(entry.value(1).toString().contains(QLatin1String("late bus")));
        for (const QString &login : { m_loginA, m_reader }) {
            Login someone(m_temp->path(), login);
            QCOMPARE(someone.count(QStringLiteral("SELECT count(*) FROM audit_log")), -1);
            QCOMPARE(someone.state(), QLatin1String(kNoPermission));
            QCOMPARE(someone.write(QStringLiteral("DELETE FROM audit_log")), -1);
        }
        Login admin(m_temp->path(), m_admin);
        QCOMPARE(admin.count(QStringLiteral("SELECT count(*) FROM audit_log")),
                 int(number(db(), QStringLiteral("SELECT count(*) FROM audit_log"))));
    }

    void theAdministratorDoesEverything()
    {
        Login admin(m_temp->path(), m_admin);
        QCOMPARE(admin.count(QStringLiteral("SELECT count(*) FROM people")),
                 int(number(db(), QStringLiteral("SELECT count(*) FROM people"))));
        QCOMPARE(admin.write(QStringLiteral("UPDATE schools SET notes = 'seen by the office' "
                                            "WHERE id = (SELECT min(id) FROM schools)")),
                 1);
        QCOMPARE(admin.write(QStringLiteral("UPDATE attendance_marks SET note = 'checked' WHERE "
                                            "session_id IN (SELECT id FROM sessions WHERE "
                                            "work_group_id IN (%1))")
                                 .arg(m_groupsB)),
                 int(number(db(),
                            QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN "
                                           "sessions s ON s.id = m.session_id WHERE "
                                           "s.work_group_id IN (%1)")
                                .arg(m_groupsB))));
        QCOMPARE(admin.write(QStringLiteral("UPDATE work_groups SET notes = 'reviewed'")),
                 int(number(db(), QStringLiteral("SELECT count(*) FROM work_groups"))));
        // The schema's version is the migrations' alone.
        QCOMPARE(admin.write(QStringLiteral("UPDATE hubregister_schema SET version = 1")), -1);
    }

    void theProgramOpensTheHubAsALead()
    {
        QString why;
        auto address = ServerAddress::parse(m_temp->path(), &why);
        address->user = m_loginA;
        auto lead = Database::open(address->toString());
        QCOMPARE(lead->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(
            number(*lead,
                   QStringLiteral("SELECT count(*) FROM people WHERE id IN (%1)").arg(m_onlyB)),
            0);
        const auto refused = test::storeErrorFrom(
            [&] { execSql(*lead, QStringLiteral("UPDATE schools SET notes = ''")); });
        QVERIFY(refused);
        QCOMPARE(refused->kind(), StoreError::Kind::ReadOnly);
    }

    void anAdministratorImportsGiasAndALeadCannot()
    {
        // An administrator is not the tables' owner: the new schools go in by COPY with every
        // trigger in place, and the trail records one import by that login, not a row each.
        QString why;
        auto address = ServerAddress::parse(m_temp->path(), &why);
        const QString extract = test::testDataPath(QStringLiteral("gias/extract-a.csv"));
        const QString gias = QStringLiteral("SELECT count(*) FROM schools WHERE urn IN (100100, "
                                            "106000, 106001, 106002, 106003, 106004, 106005, "
                                            "106006)");
        QCOMPARE(number(db(), gias), 0);
        const qint64 trailBefore = number(db(), QStringLiteral("SELECT count(*) FROM audit_log"));

        address->user = m_loginA;
        {
            auto lead = Database::open(address->toString());
            const auto refused
                = test::storeErrorFrom([&] { GiasEstablishmentImporter(*lead).run(extract); });
            QVERIFY(refused);
            QCOMPARE(refused->kind(), StoreError::Kind::ReadOnly);
        }
        QCOMPARE(number(db(), gias), 0);

        address->user = m_admin;
        auto admin = Database::open(address->toString());
        const ImportReport report = GiasEstablishmentImporter(*admin).run(extract);
        QVERIFY(report.committed);
        QCOMPARE(report.added, 8);
        QCOMPARE(number(db(), gias), 8);
        // Text past ASCII as the file gives it, through COPY's UTF-8.
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM schools WHERE urn = 106000 AND "
                                       "name = 'St Thomas à Becket Catholic Primary School'")),
                 1);
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'import' AND who = '%1'")
                            .arg(m_admin)),
                 1);
        QCOMPARE(number(db(), QStringLiteral("SELECT count(*) FROM audit_log")), trailBefore + 1);
    }

    void theProgramTakesALeadsFirstRegisterAndSavesTheirSessions()
    {
        // One of A's Work Groups, still recruiting, with a session planned, its date not yet set.
        const qint64 group = m_groupsA.section(QLatin1Char(','), 0, 0).toLongLong();
        WorkGroup recruiting = *WorkGroupStore(db()).find(group);
        recruiting.status = WorkGroupStatus::Recruiting;
        WorkGroupStore(db()).update(recruiting);
        Session planned;
        planned.workGroupId = group;
        planned.title = QStringLiteral("Extra session");
        planned.status = SessionStatus::Planned;
        SessionStore(db()).add(planned);
        const qint64 participant
            = number(db(),
                     QStringLiteral("SELECT min(id) FROM work_group_participants WHERE "
                                    "work_group_id = %1 AND left_on IS NULL")
                         .arg(group));

        QString why;
        auto address = ServerAddress::parse(m_temp->path(), &why);
        address->user = m_loginA;
        auto lead = Database::open(address->toString());
        // The Lead's first mark records the session held and starts the Work Group.
        AttendanceRecord mark;
        mark.sessionId = planned.id;
        mark.participantId = participant;
        mark.mark = AttendanceMark::Present;
        AttendanceStore(*lead).setMark(mark);
        QCOMPARE(SessionStore(db()).find(planned.id)->status, SessionStatus::Held);
        QCOMPARE(WorkGroupStore(db()).find(group)->status, WorkGroupStatus::Running);
        // And they save a held session's details.
        Session held = *SessionStore(*lead).find(planned.id);
        held.venue = QStringLiteral("The hall");
        SessionStore(*lead).update(held);
        QCOMPARE(SessionStore(db()).find(planned.id)->venue, held.venue);
        // Only the status of a Work Group is theirs to change, and only of their own.
        Login plain(m_temp->path(), m_loginA);
        QCOMPARE(plain.write(
                     QStringLiteral("UPDATE work_groups SET title = 'x' WHERE id = %1").arg(group)),
                 -1);
        QCOMPARE(plain.state(), QLatin1String(kNoPermission));
        const qint64 other = m_groupsB.section(QLatin1Char(','), 0, 0).toLongLong();
        QCOMPARE(plain.write(QStringLiteral("UPDATE work_groups SET status = 'closed' WHERE id "
                                            "= %1")
                                 .arg(other)),
                 0);
    }

    void aGroupRoleAloneShowsNothing()
    {
        // A login of the server made a member of the hub's Lead role by hand, with no row in
        // hub_users: it passes no policy.
        const QString stray = uniqueLogin("stray");
        execSql(db(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(stray));
        execSql(db(),
                QStringLiteral("GRANT %1 TO %2")
                    .arg(idList(db(),
                                QStringLiteral("SELECT name FROM "
                                               "hub_access.group_roles WHERE role "
                                               "= 'lead'")),
                         stray));
        {
            Login login(m_temp->path(), stray);
            QCOMPARE(login.count(QStringLiteral("SELECT count(*) FROM people")), 0);
            QCOMPARE(login.count(QStringLiteral("SELECT count(*) FROM attendance_marks")), 0);
        }
        execSql(db(), QStringLiteral("DROP ROLE %1").arg(stray));
    }

    void aRoleChangesWhatALoginSees()
    {
        HubUsers users(db());
        users.setRole(m_loginB, HubRole::Reader);
        {
            Login login(m_temp->path(), m_loginB);
            QCOMPARE(login.count(QStringLiteral("SELECT count(*) FROM people")),
                     int(number(db(), QStringLiteral("SELECT count(*) FROM people"))));
            QCOMPARE(login.write(QStringLiteral("UPDATE attendance_marks SET mark = 'X'")), -1);
        }
        // Back to Lead: the person they were is kept.
        users.setRole(m_loginB, HubRole::Lead);
        Login login(m_temp->path(), m_loginB);
        QCOMPARE(login.count(QStringLiteral("SELECT count(*) FROM work_groups")),
                 int(m_groupsB.count(QLatin1Char(',')) + 1));
    }

    void mistakesAreNamed()
    {
        HubUsers users(db());
        const auto duplicate = test::storeErrorFrom(
            [&] { users.add(m_loginA, HubRole::Reader, 0, QStringLiteral("x")); });
        QVERIFY(duplicate);
        QCOMPARE(duplicate->kind(), StoreError::Kind::Duplicate);
        QVERIFY(duplicate->message().contains(m_loginA));
        const auto noPerson = test::storeErrorFrom(
            [&] { users.add(uniqueLogin("lead"), HubRole::Lead, 0, QStringLiteral("x")); });
        QVERIFY(noPerson);
        QCOMPARE(noPerson->field(), QLatin1String("person"));
        const auto missingPerson = test::storeErrorFrom(
            [&] { users.add(uniqueLogin("lead"), HubRole::Lead, 99999999, QStringLiteral("x")); });
        QVERIFY(missingPerson);
        QCOMPARE(missingPerson->kind(), StoreError::Kind::NotFound);
        const auto badName = test::storeErrorFrom([&] {
            users.add(QStringLiteral("Robert'); DROP"), HubRole::Reader, 0, QStringLiteral("x"));
        });
        QVERIFY(badName);
        QCOMPARE(badName->field(), QLatin1String("login"));
        const auto unknown
            = test::storeErrorFrom([&] { users.remove(QStringLiteral("nobody_of_this_hub")); });
        QVERIFY(unknown);
        QCOMPARE(unknown->kind(), StoreError::Kind::NotFound);
        // Nothing half made.
        QCOMPARE(users.list().size(), 4);
    }

    void aRemovedLoginIsGoneFromTheServer()
    {
        HubUsers users(db());
        const QString login = uniqueLogin("leaving");
        users.add(login, HubRole::Reader, 0, QStringLiteral("x"));
        QVERIFY(users.remove(login));
        QCOMPARE(
            number(db(),
                   QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
            0);
        QCOMPARE(users.list().size(), 4);
    }

    void thePasswordReachesTheServerAsTheServersOwnVerifier()
    {
        // The server's verifier for a password, with its salt, made again here: the same.
        const QString login = uniqueLogin("scram");
        execSql(db(), QStringLiteral("SET password_encryption = 'scram-sha-256'"));
        execSql(db(), QStringLiteral("CREATE ROLE %1 PASSWORD 'pencil ünïcode'").arg(login));
        const QString stored = idList(
            db(),
            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login));
        execSql(db(), QStringLiteral("DROP ROLE %1").arg(login));
        const QByteArray salt = QByteArray::fromBase64(
            stored.section(QLatin1Char(':'), 1, 1).section(QLatin1Char('$'), 0, 0).toLatin1());
        QCOMPARE(scram::verifier(QStringLiteral("pencil ünïcode"), salt), stored);
        QVERIFY(scram::verifier(QStringLiteral("pencil"))
                != scram::verifier(QStringLiteral("pencil")));
    }

    void aFileHasNoUsers()
    {
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("hub.sqlite")));
        const auto refused = test::storeErrorFrom([&] { HubUsers(*file).list(); });
        QVERIFY(refused);
        QVERIFY(refused->message().contains(QLatin1String("a file is one person's")));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
