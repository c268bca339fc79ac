// Who changed what: the trail the schema's triggers write, on a file and on a server alike;
// a record's history, its export, the purge after the retention period, and erasure.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Clock.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "domain/School.h"
#include "history/AuditTrail.h"
#include "privacy/Erasure.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"

#include <QFile>
#include <QTest>

using namespace hubreg;

namespace {

// Every text the trail holds, who and changes alike.
QString everythingInTheTrail(Database &db)
{
    SqlQuery all(db, QStringLiteral("SELECT who, changes FROM audit_log ORDER BY id"));
    all.exec();
    QStringList texts;
    while (all.next())
        texts << all.value(0).toString() << all.value(1).toString();
    return texts.join(QLatin1Char('\n'));
}

// Who a write of this connection is recorded as: the recorder's name on a file, the login on
// a server.
QString expectedWho(Database &db)
{
    if (!db.isServer())
        return QStringLiteral("Hub Office");
    SqlQuery login(db, QStringLiteral("SELECT session_user"));
    return login.scalar().toString();
}

void addTrailEntry(Database &db, const QString &at)
{
    SqlQuery entry(db,
                   QStringLiteral("INSERT INTO audit_log (at, who, table_name, record_id, action) "
                                  "VALUES (:at, 'someone', 'people', 0, 'insert')"));
    entry.bind(QStringLiteral(":at"), at).exec();
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void anEditIsRecordedWithOldAndNewValuesAndWho()
    {
        test::TempDatabase temp;
        temp.db().setSetting(QStringLiteral("register/recorder"), QStringLiteral("Hub Office"));
        PersonStore people(temp.db());
        Person person;
        person.firstName = QStringLiteral("Cara");
        person.lastName = QStringLiteral("Cedar");
        person.email = QStringLiteral("cara@example.org");
        people.add(person);
        person.email = QStringLiteral("cara.cedar@example.org");
        person.isMasterySpecialist = true;
        people.update(person);

        const QList<AuditEntry> history = AuditTrail(temp.db()).history(Entity::Person, person.id);
        QCOMPARE(history.size(), 2);
        // Newest first.
        const AuditEntry &edit = history.first();
        QCOMPARE(edit.action, AuditEntry::Action::Update);
        QCOMPARE(edit.who, expectedWho(temp.db()));
        QVERIFY(edit.at.isValid());
        QCOMPARE(edit.changes.size(), 2);
        QHash<QString, AuditFieldChange> byField;
        for (const AuditFieldChange &change : edit.changes)
            byField.insert(change.field, change);
        QCOMPARE(byField.value(QStringLiteral("email")).before.toString(),
                 QStringLiteral("cara@example.org"));
        QCOMPARE(byField.value(QStringLiteral("email")).after.toString(),
                 QStringLiteral("cara.cedar@example.org"));
        QCOMPARE(byField.value(QStringLiteral("is_mastery_specialist")).before.toInt(), 0);
        QCOMPARE(byField.value(QStringLiteral("is_mastery_specialist")).after.toInt(), 1);
        QVERIFY(edit.describeChanges().contains(
            QStringLiteral("email: cara@example.org → cara.cedar@example.org")));
        QCOMPARE(history.last().action, AuditEntry::Action::Insert);
        QCOMPARE(history.last().who, expectedWho(temp.db()));
        // Another record's history is its own.
        QVERIFY(AuditTrail(temp.db()).history(Entity::School, person.id).isEmpty());
    }

    void aWriteOfOnlyTheStampsIsNoChange()
    {
        test::TempDatabase temp;
        PersonStore people(temp.db());
        Person person;
        person.firstName = QStringLiteral("Dan");
        person.lastName = QStringLiteral("Dogwood");
        people.add(person);
        execSql(temp.db(),
                QStringLiteral("UPDATE people SET version = version + 1, updated_at = "
                               "'2099-01-01T00:00:00.000Z'"));
        QCOMPARE(AuditTrail(temp.db()).history(Entity::Person, person.id).size(), 1);
        // Any writer is recorded, not only the stores: here plain SQL.
        execSql(temp.db(), QStringLiteral("UPDATE people SET phone = '01234 567890'"));
        QCOMPARE(AuditTrail(temp.db()).history(Entity::Person, person.id).size(), 2);
        execSql(temp.db(), QStringLiteral("DELETE FROM people"));
        const QList<AuditEntry> history = AuditTrail(temp.db()).history(Entity::Person, person.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().action, AuditEntry::Action::Delete);
        // A removed record's values do not outlive it in the trail.
        QVERIFY(history.first().changes.isEmpty());
    }

    void erasureTakesThePersonOutOfTheTrail()
    {
        test::TempDatabase temp;
        const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
        PersonStore people(temp.db());
        Person ann = *people.find(w.personA1);
        ann.phone = QStringLiteral("07700 900123");
        ann.notes = QStringLiteral("Prefers email");
        people.update(ann);
        // A colleague's record naming her, and her name as the one at the keyboard.
        Person amy = *people.find(w.personA2);
        amy.notes = QStringLiteral("Shares a class with Ann Ash");
        people.update(amy);
        temp.db().setSetting(QStringLiteral("register/recorder"), QStringLiteral("Ann Ash"));
        Person ben = *people.find(w.personB1);
        ben.role = QStringLiteral("Maths lead");
        people.update(ben);
        temp.db().setSetting(QStringLiteral("register/recorder"), QStringLiteral("Hub Office"));

        const QString before = everythingInTheTrail(temp.db());
        QVERIFY(before.contains(QLatin1String("07700 900123")));
        QVERIFY(before.contains(QLatin1String("Ann Ash")));
        const int entries = test::rowCount(temp.db(), QStringLiteral("audit_log"));
        const int herEntries
            = int(AuditTrail(temp.db()).history(Entity::Person, w.personA1).size());

        const auto outcome = Erasure(temp.db()).erase({ w.personA1 });
        QVERIFY(outcome);
        const QString label = outcome->plan.people.first().label;

        const QString after = everythingInTheTrail(temp.db());
        for (const QString &gone :
             { QStringLiteral("Ann"), QStringLiteral("Ash"), QStringLiteral("ann.ash@example.org"),
               QStringLiteral("07700 900123"), QStringLiteral("Prefers email") })
            QVERIFY2(!after.contains(gone), qPrintable(gone));
        QVERIFY(after.contains(QStringLiteral("Shares a class with ") + label));
        // The counts stay: every entry, and which of her fields changed when, with the
        // erasure's own change last.
        QVERIFY(test::rowCount(temp.db(), QStringLiteral("audit_log")) > entries);
        const QList<AuditEntry> hers = AuditTrail(temp.db()).history(Entity::Person, w.personA1);
        QCOMPARE(hers.size(), herEntries + 1);
        bool phoneErased = false;
        for (const AuditEntry &entry : hers)
            for (const AuditFieldChange &change : entry.changes)
                phoneErased |= change.field == QLatin1String("phone") && change.erased;
        QVERIFY(phoneErased);
        // Ben's change keeps its values; who made it is her label now.
        const AuditEntry bens = AuditTrail(temp.db()).history(Entity::Person, w.personB1).first();
        if (!temp.db().isServer())
            QCOMPARE(bens.who, label);
        QCOMPARE(bens.changes.first().after.toString(), QStringLiteral("Maths lead"));
    }

    void purgeKeepsWhatIsInsideThePeriod()
    {
        test::TempDatabase temp;
        const QDate today(2026, 12, 7);
        // The default period: six years.
        addTrailEntry(temp.db(), QStringLiteral("2020-12-06T23:59:59.999Z"));
        addTrailEntry(temp.db(), QStringLiteral("2020-12-07T00:00:00.000Z"));
        addTrailEntry(temp.db(), QStringLiteral("2026-01-01T09:00:00.000Z"));
        const int all = test::rowCount(temp.db(), QStringLiteral("audit_log"));
        QCOMPARE(AuditTrail(temp.db()).purge(today), 1);
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), all - 1);
        SqlQuery oldest(temp.db(), QStringLiteral("SELECT min(at) FROM audit_log"));
        QCOMPARE(oldest.scalar().toString(), QStringLiteral("2020-12-07T00:00:00.000Z"));
    }

    void aBulkWriteIsOneEntry()
    {
        test::TempDatabase temp;
        const int before = test::rowCount(temp.db(), QStringLiteral("audit_log"));
        {
            Transaction transaction(temp.db());
            AuditTrail::Pause pause(temp.db(), QStringLiteral("test import"));
            SchoolStore schools(temp.db());
            for (int urn = 100200; urn < 100210; ++urn) {
                School school;
                school.urn = *Urn::fromInt(urn);
                school.name = QStringLiteral("Bulk School %1").arg(urn);
                schools.add(school);
            }
            pause.finish(QStringLiteral("schools"), 10);
            transaction.commit();
        }
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), before + 1);
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_pauses")), 0);
        // Recording again afterwards.
        School later;
        later.urn = *Urn::fromInt(100300);
        later.name = QStringLiteral("Later School");
        SchoolStore(temp.db()).add(later);
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), before + 2);
    }

    void aPauseSetsAFilesTriggersAsideUntilItEnds()
    {
        // Each insert into a table with an AFTER trigger costs SQLite a statement journal, so
        // a file's triggers go while a pause lasts: back at its end, and after a rollback.
        test::TempDatabase temp;
        if (temp.db().isServer())
            QSKIP("a server's trail is written by its schema's triggers");
        const auto triggers = [&](const QString &pattern) {
            SqlQuery count(temp.db(),
                           QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE type = "
                                          "'trigger' AND name LIKE :pattern ESCAPE '\\'"));
            return count.bind(QStringLiteral(":pattern"), pattern).scalar().toInt();
        };
        const QString all = QStringLiteral("audit\\_%");
        const QString schools = QStringLiteral("audit\\_schools\\_%");
        const auto addSchool = [&](int urn) {
            School school;
            school.urn = *Urn::fromInt(urn);
            school.name = QStringLiteral("Paused School %1").arg(urn);
            SchoolStore(temp.db()).add(school);
        };
        const int everyTable = triggers(all);
        QVERIFY(everyTable >= 30);
        QCOMPARE(triggers(schools), 3);
        const int entries = test::rowCount(temp.db(), QStringLiteral("audit_log"));
        for (const bool commit : { false, true }) {
            {
                Transaction transaction(temp.db());
                AuditTrail::Pause pause(temp.db(), QStringLiteral("test import"),
                                        { QStringLiteral("schools") });
                // Those of the tables written in bulk only.
                QCOMPARE(triggers(schools), 0);
                QCOMPARE(triggers(all), everyTable - 3);
                addSchool(commit ? 100501 : 100500);
                if (commit) {
                    pause.finish(QStringLiteral("schools"), 1);
                    QCOMPARE(triggers(all), everyTable);
                    transaction.commit();
                }
            }
            QCOMPARE(triggers(all), everyTable);
        }
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), entries + 1);
        addSchool(100600);
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), entries + 2);
    }

    void aTableSetAsideIsRecordedAgainAfterThePause()
    {
        // On a server a table written by its owner alone (a first import's) has its recording
        // trigger disabled while the pause lasts: back at its end, and after a rollback.
        test::TempDatabase temp;
        const auto enabled = [&] {
            if (!temp.db().isServer())
                return true;
            return SqlQuery(temp.db(),
                            QStringLiteral("SELECT tgenabled <> 'D' FROM pg_trigger "
                                           "WHERE tgname = 'schools_audit'"))
                .scalar()
                .toBool();
        };
        const auto addSchool = [&](int urn) {
            School school;
            school.urn = *Urn::fromInt(urn);
            school.name = QStringLiteral("Set Aside School %1").arg(urn);
            SchoolStore(temp.db()).add(school);
        };
        QVERIFY(enabled());
        const int entries = test::rowCount(temp.db(), QStringLiteral("audit_log"));
        for (const bool commit : { false, true }) {
            {
                Transaction transaction(temp.db());
                AuditTrail::Pause pause(temp.db(), QStringLiteral("test import"));
                pause.setAside(QStringLiteral("schools"));
                QCOMPARE(enabled(), !temp.db().isServer());
                addSchool(commit ? 100701 : 100700);
                if (commit) {
                    pause.finish(QStringLiteral("schools"), 1);
                    QVERIFY(enabled());
                    transaction.commit();
                }
            }
            QVERIFY(enabled());
        }
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), entries + 1);
        addSchool(100702);
        QCOMPARE(test::rowCount(temp.db(), QStringLiteral("audit_log")), entries + 2);
    }

    void theExportIsPrivateCsv()
    {
        test::TempDatabase temp;
        School school;
        school.urn = *Urn::fromInt(100400);
        school.name = QStringLiteral("Export Primary");
        SchoolStore(temp.db()).add(school);
        school.name = QStringLiteral("Export Academy");
        SchoolStore(temp.db()).update(school);
        const AuditTrail trail(temp.db());
        const QString path = temp.folder() + QStringLiteral("/history.csv");
        trail.exportCsv(trail.history(Entity::School, school.id), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("When (UTC),Who,Record")));
        QVERIFY(text.contains(QLatin1String(",schools,")));
        QVERIFY(text.contains(QLatin1String("name,Export Primary,Export Academy")));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // Never over the database itself.
        if (!temp.db().isServer())
            QVERIFY_THROWS_EXCEPTION(StoreError, trail.exportCsv({}, temp.path()));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
