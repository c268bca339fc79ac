// A subject access export holds everything about one person (their record, both their Work
// Groups, every mark with its session, their notes, where else they are named, the backups
// holding them) and nothing about anyone else.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "privacy/Erasure.h"
#include "privacy/SubjectAccess.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hubreg;

namespace {

struct TwoGroups
{
    test::SmallWorkGroup w;
    RecordId secondGroup = 0;
    RecordId annSecond = 0;
    RecordId leadId = 0;
};

AttendanceRecord mark(RecordId session, RecordId participant, AttendanceMark code,
                      const QString &note = {}, const QString &substitute = {})
{
    AttendanceRecord record;
    record.sessionId = session;
    record.participantId = participant;
    record.mark = code;
    record.note = note;
    record.substituteName = substitute;
    record.recordedBy = QStringLiteral("Lee Lead");
    return record;
}

TwoGroups build(Database &db)
{
    TwoGroups t;
    t.w = test::buildSmallWorkGroup(db);
    PersonStore people(db);
    Person lead;
    lead.firstName = QStringLiteral("Lee");
    lead.lastName = QStringLiteral("Lead");
    lead.email = QStringLiteral("lee.lead@hub.example.org");
    lead.trn = QStringLiteral("1112223");
    lead.isWorkGroupLead = true;
    people.add(lead);
    t.leadId = lead.id;
    Person ben = *people.find(t.w.personB1);
    ben.trn = QStringLiteral("7654321");
    people.update(ben);
    Person ann = *people.find(t.w.personA1);
    ann.trn = QStringLiteral("1234567");
    ann.phone = QStringLiteral("0113 496 0000");
    ann.notes = QStringLiteral("Plans with Ben Beech.");
    people.update(ann);

    WorkGroupStore groups(db);
    WorkGroup first = *groups.find(t.w.workGroupId);
    first.leadPersonId = lead.id;
    groups.update(first);
    WorkGroup second = first;
    second.id = 0;
    second.uuid = QUuid();
    second.code = QStringLiteral("TEST-02");
    second.title = QStringLiteral("Second group");
    second.notes = QStringLiteral("Ann Ash brings Amy Aspen's slides (amy.aspen@example.org).");
    groups.add(second);
    t.secondGroup = second.id;
    for (RecordId school : { t.w.schoolA, t.w.schoolB }) {
        SchoolEnrolment e;
        e.workGroupId = second.id;
        e.schoolId = school;
        groups.enrolSchool(e);
    }
    ParticipantEnrolment annThere;
    annThere.workGroupId = second.id;
    annThere.personId = t.w.personA1;
    annThere.role = QStringLiteral("Year 2 teacher");
    t.annSecond = groups.enrolParticipant(annThere).id;
    ParticipantEnrolment benThere;
    benThere.workGroupId = second.id;
    benThere.personId = t.w.personB1;
    const RecordId benSecond = groups.enrolParticipant(benThere).id;
    Session s;
    s.workGroupId = second.id;
    s.number = 1;
    s.date = QDate(2024, 9, 20);
    SessionStore(db).add(s);

    AttendanceStore attendance(db);
    attendance.setMark(
        mark(t.w.sessions.at(0), t.w.participantA1, AttendanceMark::Present,
             QStringLiteral("Ann Ash came with Ben Beech (ben.beech@example.org).")));
    attendance.setMark(mark(t.w.sessions.at(1), t.w.participantA1, AttendanceMark::Substitute, {},
                            QStringLiteral("Carl Colleague")));
    attendance.setMark(mark(t.w.sessions.at(2), t.w.participantA1, AttendanceMark::Late));
    // Amy was away and Ann came in her place.
    attendance.setMark(mark(t.w.sessions.at(0), t.w.participantA2, AttendanceMark::Substitute, {},
                            QStringLiteral("Ann Ash")));
    attendance.setMark(mark(t.w.sessions.at(0), t.w.participantB1, AttendanceMark::Absent,
                            QStringLiteral("Ben Beech was ill")));
    attendance.setMark(mark(s.id, t.annSecond, AttendanceMark::Apologies));
    attendance.setMark(mark(s.id, benSecond, AttendanceMark::Present));
    return t;
}

QStringList markKeys(const Database &db, RecordId personId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT w.code, s.number, m.mark FROM attendance_marks m "
                                  "JOIN sessions s ON s.id = m.session_id JOIN work_groups w "
                                  "ON w.id = s.work_group_id JOIN work_group_participants p "
                                  "ON p.id = m.participant_id WHERE p.person_id = :id"));
    query.bind(QStringLiteral(":id"), personId).exec();
    QStringList keys;
    while (query.next())
        keys << QStringLiteral("%1/%2/%3")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString());
    keys.sort();
    return keys;
}

} // namespace

class TestSubjectAccess : public QObject
{
    Q_OBJECT

private slots:
    void holdsEveryMarkOfBothWorkGroups();
    void saysNothingAboutAnyoneElse();
    void saysWhereElseTheyAreNamedAndWhichBackupsHoldThem();
    void anErasedPersonHasNothingToExport();
    void listsTheChangesToTheirOwnRecords();
};

void TestSubjectAccess::holdsEveryMarkOfBothWorkGroups()
{
    test::TempDatabase temp;
    const TwoGroups t = build(temp.db());
    const SubjectAccessReport report = SubjectAccess(temp.db()).gather(t.w.personA1);
    QCOMPARE(report.person.fullName(), QStringLiteral("Ann Ash"));
    QCOMPARE(report.person.trn, QStringLiteral("1234567"));
    QCOMPARE(report.enrolments.size(), 2);
    QCOMPARE(report.markCount(), 4);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(),
             QStringLiteral("hubregister-subject-access"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject person = json.value(QStringLiteral("person")).toObject();
    QCOMPARE(person.value(QStringLiteral("email")).toString(),
             QStringLiteral("ann.ash@example.org"));
    QCOMPARE(person.value(QStringLiteral("phone")).toString(), QStringLiteral("0113 496 0000"));
    QStringList keys;
    for (const QJsonValue &group : json.value(QStringLiteral("workGroups")).toArray()) {
        const QJsonObject enrolment = group.toObject();
        for (const QJsonValue &value : enrolment.value(QStringLiteral("marks")).toArray()) {
            const QJsonObject m = value.toObject();
            QVERIFY(!m.value(QStringLiteral("date")).toString().isEmpty());
            keys << QStringLiteral("%1/%2/%3")
                        .arg(enrolment.value(QStringLiteral("workGroup")).toString())
                        .arg(m.value(QStringLiteral("session")).toInt())
                        .arg(m.value(QStringLiteral("mark")).toString());
        }
    }
    keys.sort();
    QCOMPARE(keys, markKeys(temp.db(), t.w.personA1));
    QVERIFY(keys.contains(QStringLiteral("TEST-02/1/A")));
    // Dates in the file are ISO; the role they had in the second group is there.
    const QJsonObject second = json.value(QStringLiteral("workGroups")).toArray().at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("role")).toString(), QStringLiteral("Year 2 teacher"));
    QCOMPARE(second.value(QStringLiteral("marks"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("date")),
             QJsonValue(QStringLiteral("2024-09-20")));
    // Kept until six years after the 2024/25 academic year ends.
    QCOMPARE(report.keptUntil, QDate(2031, 8, 31));
}

void TestSubjectAccess::saysNothingAboutAnyoneElse()
{
    test::TempDatabase temp;
    const TwoGroups t = build(temp.db());
    const SubjectAccessReport report = SubjectAccess(temp.db()).gather(t.w.personA1);
    const QString json = QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
    for (const QString &other :
         { QStringLiteral("Amy"), QStringLiteral("Aspen"), QStringLiteral("Ben"),
           QStringLiteral("Beech"), QStringLiteral("amy.aspen@example.org"),
           QStringLiteral("ben.beech@example.org"), QStringLiteral("7654321"),
           QStringLiteral("Lee"), QStringLiteral("lee.lead@hub.example.org"),
           QStringLiteral("1112223"), QStringLiteral("Carl Colleague"), QStringLiteral("was ill") })
        QVERIFY2(!json.contains(other, Qt::CaseInsensitive), qPrintable(other));
    QVERIFY(
        json.contains(QStringLiteral("Ann Ash came with [another person] ([an email address]).")));
    QCOMPARE(report.person.notes, QStringLiteral("Plans with [another person]."));
    // Their own substitute mark says a colleague came, not who.
    bool substituteSeen = false;
    for (const auto &enrolment : report.enrolments) {
        for (const auto &m : enrolment.marks)
            substituteSeen = substituteSeen || (m.code == QLatin1String("S") && m.substituteCame);
    }
    QVERIFY(substituteSeen);
}

void TestSubjectAccess::saysWhereElseTheyAreNamedAndWhichBackupsHoldThem()
{
    test::TempDatabase temp;
    if (temp.db().isServer())
        QSKIP("About the file's backups folder, which a server's hub does not have.");
    const TwoGroups t = build(temp.db());
    const QString backup = QDir(Backup::folderFor(temp.path()))
                               .filePath(QStringLiteral("test-20241001-090000.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    const SubjectAccessReport report = SubjectAccess(temp.db()).gather(t.w.personA1);
    QCOMPARE(report.substituteFor.size(), 1);
    QCOMPARE(report.substituteFor.first().workGroupCode, QStringLiteral("TEST-01"));
    QCOMPARE(report.substituteFor.first().sessionNumber, 1);
    QVERIFY(report.substituteFor.first().school.contains(QLatin1String("Alder Primary School")));
    QCOMPARE(report.mentions.size(), 1);
    QCOMPARE(report.mentions.first().place, QStringLiteral("the notes of Work Group TEST-02"));
    QCOMPARE(report.mentions.first().excerpt,
             QStringLiteral("Ann Ash brings [another person]'s slides ([an email address])."));
    QCOMPARE(report.backups.size(), 1);
    QCOMPARE(report.backups.first().path, QFileInfo(backup).absoluteFilePath());
    QVERIFY(report.backups.first().searched);
    QVERIFY(!report.notHeld.isEmpty());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("backupsHoldingThem"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("file")),
             QJsonValue(QStringLiteral("test-20241001-090000.sqlite")));
    // A Lead's export lists the groups they lead.
    const SubjectAccessReport lead = SubjectAccess(temp.db()).gather(t.leadId);
    QCOMPARE(lead.led.size(), 2);
    QCOMPARE(lead.enrolments.size(), 0);
}

void TestSubjectAccess::anErasedPersonHasNothingToExport()
{
    test::TempDatabase temp;
    const TwoGroups t = build(temp.db());
    QVERIFY(Erasure(temp.db()).erase({ t.w.personA1 }));
    const auto error = test::storeErrorFrom([&] { SubjectAccess(temp.db()).gather(t.w.personA1); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    // And Ben's export no longer finds her anywhere: the substitute and the notes say the label.
    const SubjectAccessReport ben = SubjectAccess(temp.db()).gather(t.w.personB1);
    QVERIFY(!QJsonDocument(ben.toJson()).toJson().contains("Ann Ash"));
}

void TestSubjectAccess::listsTheChangesToTheirOwnRecords()
{
    test::TempDatabase temp;
    const TwoGroups t = build(temp.db());
    temp.clock().setNow(temp.clock().nowUtc().addDays(1));
    Person ann = *PersonStore(temp.db()).find(t.w.personA1);
    ann.email = QStringLiteral("ann.ash@school.example.org");
    PersonStore(temp.db()).update(ann);
    const SubjectAccessReport report = SubjectAccess(temp.db()).gather(t.w.personA1);

    // Newest first: the email changed a day after the rest.
    QVERIFY(report.changes.size() >= 3);
    const auto &latest = report.changes.first();
    QCOMPARE(latest.record, QStringLiteral("Your details"));
    QCOMPARE(latest.action, QStringLiteral("Changed"));
    QVERIFY2(latest.fields.contains(QStringLiteral("ann.ash@school.example.org")),
             qPrintable(latest.fields));
    for (int i = 1; i < report.changes.size(); ++i)
        QVERIFY(report.changes.at(i - 1).at >= report.changes.at(i).at);
    // Their TRN and notes as they were set, the notes with the other person's name redacted.
    bool trnSeen = false;
    bool notesSeen = false;
    bool placeSeen = false;
    for (const auto &change : report.changes) {
        trnSeen = trnSeen || change.fields.contains(QStringLiteral("1234567"));
        notesSeen
            = notesSeen || change.fields.contains(QStringLiteral("Plans with [another person]."));
        placeSeen = placeSeen
            || (change.record == QStringLiteral("Your place in Work Group TEST-02")
                && change.action == QStringLiteral("Added"));
        QVERIFY2(!change.fields.contains(QStringLiteral("Beech")), qPrintable(change.fields));
    }
    QVERIFY(trnSeen);
    QVERIFY(notesSeen);
    QVERIFY(placeSeen);
    // Nobody else's changes: Ben's TRN was set too, and is not among Ann's.
    const QString json = QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
    QVERIFY(!json.contains(QStringLiteral("7654321")));
    QCOMPARE(report.toJson().value(QStringLiteral("changes")).toArray().size(),
             report.changes.size());
    // And the report no longer says the file keeps no audit trail.
    for (const QString &line : report.notHeld)
        QVERIFY2(!line.contains(QStringLiteral("No record of who")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestSubjectAccess)
#include "tst_subjectaccess.moc"
