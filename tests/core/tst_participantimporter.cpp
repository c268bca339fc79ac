#include "FailingWrites.h"
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "import/ImportError.h"
#include "import/ParticipantFields.h"
#include "import/ParticipantImporter.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ImportMappingStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QFile>
#include <QTest>

using namespace hubreg;

namespace {

const QString kCode = QStringLiteral("LEEDS-MN-01");

QString form(const char *name)
{
    return test::testDataPath(QStringLiteral("participants/%1").arg(QLatin1String(name)));
}

// A register with look-alike schools, a Work Group, and two people already held.
struct Fixture
{
    explicit Fixture(Database &db)
    {
        auto school = [&](int urn, const char *name, const char *town, const char *postcode,
                          const char *status) {
            School s;
            s.urn = *Urn::fromInt(urn);
            s.name = QString::fromUtf8(name);
            s.town = QLatin1String(town);
            s.postcode = QLatin1String(postcode);
            s.status = QLatin1String(status);
            SchoolStore(db).add(s);
            return s.id;
        };
        maryLeeds = school(107001, "St Mary's CE Primary School", "Leeds", "LS1 1AA", "Open");
        maryBradford = school(107002, "St Mary's CE Primary School", "Bradford", "BD1 1AA", "Open");
        oakwoodClosed = school(107003, "Oakwood Primary School", "Leeds", "LS2 2AA", "Closed");
        oakwoodOpen = school(107004, "Oakwood Primary School", "Leeds", "LS2 2AA", "Open");
        zoes = school(107005, "Zoë's Academy", "Leeds", "LS3 3AA", "Open");
        ashElm = school(107006, "Ash & Elm Primary", "Leeds", "LS4 4AA", "Open");

        Hub hub;
        hub.name = QStringLiteral("Leeds Maths Hub");
        HubStore(db).add(hub);
        WorkGroup wg;
        wg.hubId = hub.id;
        wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("MN"))->id;
        wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
        wg.code = kCode;
        WorkGroupStore(db).add(wg);
        workGroupId = wg.id;

        Person ann;
        ann.firstName = QStringLiteral("Ann");
        ann.lastName = QStringLiteral("Ash");
        ann.email = QStringLiteral("ann.ash@example.org");
        ann.schoolId = maryLeeds;
        PersonStore(db).add(ann);
        annId = ann.id;
        Person bob;
        bob.firstName = QStringLiteral("Bob");
        bob.lastName = QStringLiteral("Birch");
        bob.schoolId = zoes;
        PersonStore(db).add(bob);
        bobId = bob.id;
    }

    RecordId maryLeeds = 0, maryBradford = 0, oakwoodClosed = 0, oakwoodOpen = 0, zoes = 0,
             ashElm = 0;
    RecordId workGroupId = 0, annId = 0, bobId = 0;
};

ParticipantImportOptions optionsFor(const QString &code = kCode)
{
    ParticipantImportOptions options;
    options.workGroupCode = code;
    return options;
}

QList<ParticipantListing> participantsOf(Database &db, RecordId workGroupId)
{
    return WorkGroupStore(db).participants(workGroupId);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestParticipantImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsAFormInAnyColumnOrder();
    void matchesSchoolsByName();
    void wizardChoicesSettleAmbiguousSchools();
    void duplicatesCanBeKeptOrSkipped();
    void remembersTheMappingByHeader();
    void refusesWhatCannotBeImported();
    void failureAtTheLastRowLeavesTheDatabaseAsItWas();
    void cancelAndDryRunLeaveTheDatabaseAsItWas();
    void aMatchByNameAloneKeepsTheHeldDetails();
    void newSchoolsJoinOnlyWithAReasonWhenWarned();
};

void TestParticipantImporter::importsAFormInAnyColumnOrder()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const ImportReport report
        = ParticipantImporter(temp.db()).run(form("form-utf8.csv"), optionsFor());
    QCOMPARE(report.rows, 7);
    QCOMPARE(report.added, 1); // line 3
    QCOMPARE(report.updated, 1); // line 2: Ann, same email, gains a role and a TRN
    QCOMPARE(report.unchanged, 1); // line 7: Bob, same name at the same school
    QCOMPARE(report.rejected.size(), 4);
    QCOMPARE(report.accountedRows(), report.rows);
    QCOMPARE(report.schoolsEnrolled, 2);
    QCOMPARE(report.participantsEnrolled, 3);
    QCOMPARE(report.notes.size(), 2);
    // The notes of held rows name whom they matched, for the wizard's choice per row.
    QCOMPARE(report.notes.at(0).line, 2);
    QCOMPARE(report.notes.at(0).heldId, f.annId);
    QCOMPARE(report.notes.at(1).line, 7);
    QCOMPARE(report.notes.at(1).heldId, f.bobId);
    for (const ImportIssue &issue : report.rejected)
        QCOMPARE(issue.heldId, RecordId(0));
    QVERIFY(report.committed);

    const QList<ImportIssue> &r = report.rejected;
    QCOMPARE(r.at(0).line, 4);
    QCOMPARE(r.at(0).column, 1);
    QCOMPARE(r.at(0).field, QStringLiteral("E-mail address"));
    QCOMPARE(r.at(1).line, 5);
    QCOMPARE(r.at(1).field, QStringLiteral("School URN"));
    QVERIFY(r.at(1).message.contains(QLatin1String("999999")));
    QCOMPARE(r.at(2).line, 6);
    QVERIFY(r.at(2).message.contains(QLatin1String("line 3")));
    QCOMPARE(r.at(3).line, 8);
    QCOMPARE(r.at(3).field, QStringLiteral("TRN"));

    const Person ann = *PersonStore(temp.db()).find(f.annId);
    QCOMPARE(ann.role, QStringLiteral("Year 2 teacher"));
    QCOMPARE(ann.trn, QStringLiteral("1234567"));
    const auto added = PersonStore(temp.db()).findByEmail(QStringLiteral("new.person@example.org"));
    QVERIFY(added);
    QCOMPARE(added->firstName, QStringLiteral("Siobhán"));
    QCOMPARE(added->lastName, QStringLiteral("Ó Briain"));
    QCOMPARE(added->schoolId, f.zoes);
    QCOMPARE(PersonStore(temp.db()).count(), 3);

    const QList<ParticipantListing> enrolled = participantsOf(temp.db(), f.workGroupId);
    QCOMPARE(enrolled.size(), 3);
    for (const ParticipantListing &p : enrolled)
        QCOMPARE(p.enrolment.isLeadParticipant, p.enrolment.personId == f.annId);
    QCOMPARE(WorkGroupStore(temp.db()).schools(f.workGroupId).size(), 2);

    // The same file again: nothing new.
    const ImportReport again
        = ParticipantImporter(temp.db()).run(form("form-utf8.csv"), optionsFor());
    QCOMPARE(again.added + again.updated, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.participantsEnrolled, 0);
}

void TestParticipantImporter::matchesSchoolsByName()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const ImportReport report
        = ParticipantImporter(temp.db()).run(form("form-1252-semicolon.csv"), optionsFor());
    QCOMPARE(report.rows, 5);
    QCOMPARE(report.added, 3);
    QCOMPARE(report.rejected.size(), 2);
    auto schoolOf = [&](const char *email) {
        return PersonStore(temp.db()).findByEmail(QLatin1String(email))->schoolId;
    };
    QCOMPARE(schoolOf("zoe@example.org"), f.maryBradford); // the postcode tells them apart
    QCOMPARE(PersonStore(temp.db()).findByEmail(QStringLiteral("zoe@example.org"))->fullName(),
             QStringLiteral("Zoë Brontë"));
    QCOMPARE(schoolOf("dan@example.org"), f.oakwoodOpen); // the open one of two
    QCOMPARE(schoolOf("fay@example.org"), f.ashElm); // "and" for "&"
    const ImportIssue ambiguous = report.rejected.at(0);
    QCOMPARE(ambiguous.line, 4);
    QCOMPARE(ambiguous.field, QStringLiteral("School"));
    QVERIFY(ambiguous.message.contains(QLatin1String("URN 107001")));
    QVERIFY(ambiguous.message.contains(QLatin1String("URN 107002")));
    // The candidates come as choices too, for the wizard to offer.
    QCOMPARE(ambiguous.choices.size(), 2);
    QList<RecordId> offered { ambiguous.choices.at(0).id, ambiguous.choices.at(1).id };
    std::sort(offered.begin(), offered.end());
    QCOMPARE(offered, QList<RecordId>({ f.maryLeeds, f.maryBradford }));
    QVERIFY(ambiguous.choices.at(0).label.contains(QLatin1String("St Mary's CE Primary School")));
    QCOMPARE(report.rejected.at(1).line, 6);
    QVERIFY(report.rejected.at(1).message.contains(QLatin1String("no school called")));
}

void TestParticipantImporter::wizardChoicesSettleAmbiguousSchools()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    ParticipantImportOptions options = optionsFor();
    options.schoolChoices.insert(4, f.maryLeeds);
    const ImportReport report
        = ParticipantImporter(temp.db()).run(form("form-1252-semicolon.csv"), options);
    QCOMPARE(report.added, 4);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(PersonStore(temp.db()).findByEmail(QStringLiteral("eve@example.org"))->schoolId,
             f.maryLeeds);
}

void TestParticipantImporter::duplicatesCanBeKeptOrSkipped()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    ParticipantImportOptions options = optionsFor();
    options.onDuplicate = DuplicateAction::Skip;
    options.duplicateChoices.insert(7, DuplicateAction::Keep); // Bob, line 7
    const ImportReport report = ParticipantImporter(temp.db()).run(form("form-utf8.csv"), options);
    QCOMPARE(report.skipped, 1); // Ann
    QCOMPARE(report.unchanged, 1); // Bob, kept and enrolled
    QCOMPARE(report.notes.size(), 2); // a skipped row still names whom it matched
    QCOMPARE(report.notes.at(0).heldId, f.annId);
    QVERIFY(report.notes.at(0).message.contains(QLatin1String("left out")));
    QCOMPARE(report.added, 1);
    QCOMPARE(PersonStore(temp.db()).find(f.annId)->role, QString());
    QList<RecordId> enrolled;
    for (const ParticipantListing &p : participantsOf(temp.db(), f.workGroupId))
        enrolled << p.enrolment.personId;
    QVERIFY(!enrolled.contains(f.annId));
    QVERIFY(enrolled.contains(f.bobId));
}

void TestParticipantImporter::remembersTheMappingByHeader()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const QString path = temp.folder() + QStringLiteral("/custom.csv");
    writeFile(path, "Given,Family,Mail,Est\r\nHal,Hart,hal@example.org,107006\r\n");
    ParticipantImporter importer(temp.db());
    // Headings nobody could guess: without a mapping there is no name column.
    QVERIFY_THROWS_EXCEPTION(ImportError, importer.run(path, optionsFor()));

    ParticipantImportOptions options = optionsFor();
    options.mapping.columns = { { QStringLiteral("first_name"), QStringLiteral("Given") },
                                { QStringLiteral("last_name"), QStringLiteral("Family") },
                                { QStringLiteral("email"), QStringLiteral("Mail") },
                                { QStringLiteral("school_urn"), QStringLiteral("Est") } };
    options.saveMappingAs = QStringLiteral("Hub form");
    QCOMPARE(importer.run(path, options).added, 1);
    QVERIFY(ImportMappingStore(temp.db()).findByName(participantfields::kMappingKind,
                                                     QStringLiteral("Hub form")));

    // The next file with that header, columns in another order, needs no mapping.
    writeFile(path, "Est,Mail,Family,Given\r\n107006,ivy@example.org,Ives,Ivy\r\n");
    const ImportReport next = importer.run(path, optionsFor());
    QCOMPARE(next.added, 1);
    QCOMPARE(PersonStore(temp.db()).findByEmail(QStringLiteral("ivy@example.org"))->lastName,
             QStringLiteral("Ives"));
    QCOMPARE(participantsOf(temp.db(), f.workGroupId).size(), 2);
}

void TestParticipantImporter::refusesWhatCannotBeImported()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    ParticipantImporter importer(temp.db());
    try {
        importer.run(form("form-utf8.csv"), optionsFor(QStringLiteral("NO-SUCH-GROUP")));
        QFAIL("an unknown Work Group is refused");
    } catch (const ImportError &e) {
        QVERIFY(e.message().contains(QLatin1String("NO-SUCH-GROUP")));
    }
    const QString path = temp.folder() + QStringLiteral("/no-school.csv");
    writeFile(path, "First name,Last name,Email\r\nA,B,a@example.org\r\n");
    try {
        importer.run(path, optionsFor());
        QFAIL("a list without schools is refused");
    } catch (const ImportError &e) {
        QVERIFY(e.message().contains(QLatin1String("school")));
    }
    ParticipantImportOptions options = optionsFor();
    options.mapping.columns = { { QStringLiteral("last_name"), QStringLiteral("Surname") },
                                { QStringLiteral("school_urn"), QStringLiteral("Nope") } };
    QVERIFY_THROWS_EXCEPTION(ImportError, importer.run(form("form-utf8.csv"), options));
    QCOMPARE(participantsOf(temp.db(), f.workGroupId).size(), 0);
}

void TestParticipantImporter::failureAtTheLastRowLeavesTheDatabaseAsItWas()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const QString before = test::dumpContents(temp.db());
    // Bob (line 7) is the last row written; the database refuses his enrolment.
    test::refuseInserts(temp.db(), QStringLiteral("work_group_participants"),
                        QStringLiteral("NEW.person_id = %1").arg(f.bobId),
                        QStringLiteral("disk trouble"));
    QVERIFY_THROWS_EXCEPTION(
        StoreError, ParticipantImporter(temp.db()).run(form("form-utf8.csv"), optionsFor()));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestParticipantImporter::cancelAndDryRunLeaveTheDatabaseAsItWas()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const QString before = test::dumpContents(temp.db());
    ParticipantImportOptions options = optionsFor();
    options.dryRun = true;
    const ImportReport dry = ParticipantImporter(temp.db()).run(form("form-utf8.csv"), options);
    QCOMPARE(dry.added, 1);
    QCOMPARE(dry.participantsEnrolled, 3);
    QVERIFY(!dry.committed);
    QCOMPARE(test::dumpContents(temp.db()), before);

    bool cancel = false;
    ImportControl control;
    control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        if (stage == ImportStage::Writing && done == total)
            cancel = true;
    };
    control.cancelRequested = [&] { return cancel; };
    const ImportReport cancelled
        = ParticipantImporter(temp.db()).run(form("form-utf8.csv"), optionsFor(), control);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(test::dumpContents(temp.db()), before);
    Q_UNUSED(f);
}

// Bob is held by name at Zoë's with his school address; a list gives a personal one. Two
// teachers may share a name, and the list may be older: his details stay unless asked.
void TestParticipantImporter::aMatchByNameAloneKeepsTheHeldDetails()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    Person bob = *PersonStore(temp.db()).find(f.bobId);
    bob.email = QStringLiteral("bob.birch@zoes.example.org");
    PersonStore(temp.db()).update(bob);
    const QString path = temp.folder() + QStringLiteral("/held.csv");
    writeFile(path,
              "Name,Email,School URN,Job title\n"
              "Bob Birch,bob.personal@example.com,107005,Head of maths\n"
              "Ann Ash,ann.ash@example.org,107001,Year 2 teacher\n");

    const ImportReport report = ParticipantImporter(temp.db()).run(path, optionsFor());
    QCOMPARE(report.rejected.size(), 0);
    QCOMPARE(report.unchanged, 1); // Bob, by name: kept
    QCOMPARE(report.updated, 1); // Ann, by email: brought up to date
    QCOMPARE(report.notes.size(), 2);
    QCOMPARE(report.notes.at(0).heldId, f.bobId);
    QVERIFY(!report.notes.at(0).heldByEmail);
    QVERIFY(report.notes.at(0).message.contains(QLatin1String("details kept")));
    QCOMPARE(report.notes.at(1).heldId, f.annId);
    QVERIFY(report.notes.at(1).heldByEmail);
    const Person kept = *PersonStore(temp.db()).find(f.bobId);
    QCOMPARE(kept.email, QStringLiteral("bob.birch@zoes.example.org"));
    QCOMPARE(kept.role, QString());
    QCOMPARE(PersonStore(temp.db()).find(f.annId)->role, QStringLiteral("Year 2 teacher"));
    QCOMPARE(participantsOf(temp.db(), f.workGroupId).size(), 2); // Bob still joins

    // Asked for, his details are updated.
    test::TempDatabase again;
    const Fixture g(again.db());
    Person bob2 = *PersonStore(again.db()).find(g.bobId);
    bob2.email = QStringLiteral("bob.birch@zoes.example.org");
    PersonStore(again.db()).update(bob2);
    ParticipantImportOptions options = optionsFor();
    options.duplicateChoices.insert(2, DuplicateAction::Update);
    ParticipantImporter(again.db()).run(path, options);
    QCOMPARE(PersonStore(again.db()).find(g.bobId)->email,
             QStringLiteral("bob.personal@example.com"));
}

// A full Work Group: the first new school fits, the second would go past the capacity, as the
// Enrol dialog would warn. Without a reason its rows are rejected naming why; with one it joins
// and the reason is kept.
void TestParticipantImporter::newSchoolsJoinOnlyWithAReasonWhenWarned()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    WorkGroup wg = *WorkGroupStore(temp.db()).find(f.workGroupId);
    wg.capacity = 1;
    WorkGroupStore(temp.db()).update(wg);
    const QString path = temp.folder() + QStringLiteral("/schools.csv");
    writeFile(path,
              "Name,Email,School URN\n"
              "Ann Ash,ann.ash@example.org,107001\n"
              "Cal Cole,cal@example.org,107005\n"
              "Dee Dale,dee@example.org,107005\n");

    ParticipantImportOptions check = optionsFor();
    check.dryRun = true;
    const ImportReport checked = ParticipantImporter(temp.db()).run(path, check);
    QCOMPARE(checked.newSchools.size(), 2);
    QCOMPARE(checked.newSchools.at(0).schoolId, f.maryLeeds);
    QVERIFY(checked.newSchools.at(0).warnings.isEmpty());
    QVERIFY(checked.newSchools.at(0).enrolled);
    QCOMPARE(checked.newSchools.at(1).schoolId, f.zoes);
    QCOMPARE(checked.newSchools.at(1).firstLine, 3);
    QVERIFY(!checked.newSchools.at(1).enrolled);
    QCOMPARE(checked.newSchools.at(1).warnings.size(), 1);
    QVERIFY(checked.newSchools.at(1).warnings.first().contains(QLatin1String("full")));
    QCOMPARE(checked.rejected.size(), 2);
    for (const ImportIssue &issue : checked.rejected) {
        QVERIFY2(issue.message.contains(QLatin1String("reason")), qPrintable(issue.message));
        QVERIFY(issue.message.contains(QStringLiteral("Zoë's Academy")));
        QCOMPARE(issue.field, QStringLiteral("School URN"));
    }
    QCOMPARE(checked.schoolsEnrolled, 1);
    QVERIFY(WorkGroupStore(temp.db()).schools(f.workGroupId).isEmpty()); // a check writes nothing

    const QString reason = QStringLiteral("Zoë's shares a Lead with St Mary's");
    ParticipantImportOptions options = optionsFor();
    options.enrolReasons.insert(f.zoes, reason);
    const ImportReport report = ParticipantImporter(temp.db()).run(path, options);
    QCOMPARE(report.rejected.size(), 0);
    QCOMPARE(report.schoolsEnrolled, 2);
    QCOMPARE(report.newSchools.at(1).reason, reason);
    QHash<RecordId, QString> overrides;
    for (const SchoolEnrolmentListing &school : WorkGroupStore(temp.db()).schools(f.workGroupId))
        overrides.insert(school.enrolment.schoolId, school.enrolment.eligibilityOverride);
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides.value(f.maryLeeds), QString());
    QCOMPARE(overrides.value(f.zoes), reason);
    QCOMPARE(participantsOf(temp.db(), f.workGroupId).size(), 3);
}

QTEST_GUILESS_MAIN(TestParticipantImporter)
#include "tst_participantimporter.moc"
