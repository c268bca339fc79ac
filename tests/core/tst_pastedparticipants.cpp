// A block pasted from a spreadsheet read as participants: columns found by heading or by what
// the cells hold, schools by URN else by name, and a row with no school left to be asked,
// never given another's.
#include "TestSupport.h"
#include "import/PastedParticipants.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"

#include <QTest>

using namespace hubreg;

namespace {
using Outcome = PastedParticipant::Outcome;

struct Fixture
{
    explicit Fixture(Database &db)
        : group(test::buildSmallWorkGroup(db)) // Alder (100001) and Birch (100002) enrolled
    {
        School c;
        c.urn = *Urn::fromInt(100003);
        c.name = QStringLiteral("Cedar Primary School");
        SchoolStore(db).add(c);
        cedar = c.id;
    }

    test::SmallWorkGroup group;
    RecordId cedar = 0;
};

QList<ParticipantField> fieldsOf(const PastedParticipantReader::Columns &columns, int count)
{
    QList<ParticipantField> fields;
    for (int column = 0; column < count; ++column)
        fields << columns.value(column, ParticipantField::GroupRole);
    return fields;
}
} // namespace

class TestPastedParticipants : public QObject
{
    Q_OBJECT

private slots:
    void aHeaderNamesTheColumns();
    void withoutAHeaderTheCellsSayWhatTheyAre();
    void schoolsByUrnElseByNameElseAsked();
    void peopleHeldJoinAsHeld();
};

void TestPastedParticipants::aHeaderNamesTheColumns()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const PastedBlock block = PastedBlock::parse(
        QStringLiteral("First name\tSurname\tEmail\tJob title\tSchool\tURN\t\r\n"
                       "Cy\tCole\tcy@example.org\tYear 3 teacher\tBirch Primary School\t\t\r\n"
                       "\r\n"
                       "\"Di\"\tDale\tdi@example.org\tMaths lead\t\t\t\r\n"));
    QVERIFY(block.hasHeader);
    QCOMPARE(block.columnCount(), 6); // the selection's trailing empty cell dropped
    QCOMPARE(block.rows.size(), 2);
    QCOMPARE(block.lines, QList<int>({ 2, 4 }));
    QCOMPARE(block.rows.at(1).at(0), QStringLiteral("Di"));
    const PastedParticipantReader reader(temp.db(), f.group.workGroupId);
    const auto columns = reader.guessColumns(block);
    QCOMPARE(
        fieldsOf(columns, 6),
        QList<ParticipantField>({ ParticipantField::FirstName, ParticipantField::LastName,
                                  ParticipantField::Email, ParticipantField::JobRole,
                                  ParticipantField::SchoolName, ParticipantField::SchoolUrn }));
    // The same block read without its header: the first line is a row (and has no email).
    const PastedBlock plain = block.withHeader(false);
    QVERIFY(!plain.hasHeader);
    QCOMPARE(plain.rows.size(), 3);
    QCOMPARE(plain.header.first(), QStringLiteral("Column 1"));
}

void TestPastedParticipants::withoutAHeaderTheCellsSayWhatTheyAre()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const PastedParticipantReader reader(temp.db(), f.group.workGroupId);

    const PastedBlock full
        = PastedBlock::parse(QStringLiteral("Eve Elm\teve@example.org\t100002\tClass teacher\n"
                                            "Fred Fir\tfred@example.org\t100001\tMaths lead\n"));
    QVERIFY(!full.hasHeader);
    QCOMPARE(fieldsOf(reader.guessColumns(full), 4),
             QList<ParticipantField>({ ParticipantField::FullName, ParticipantField::Email,
                                       ParticipantField::SchoolUrn, ParticipantField::JobRole }));

    // Separate names, and a school named as the register names it.
    const PastedBlock split = PastedBlock::parse(
        QStringLiteral("Gail;Gorse;gail@example.org;Teacher;Alder Primary School\n"
                       "Hal;Holly;hal@example.org;Head of maths;Birch Primary School\n"));
    QCOMPARE(fieldsOf(reader.guessColumns(split), 5),
             QList<ParticipantField>({ ParticipantField::FirstName, ParticipantField::LastName,
                                       ParticipantField::Email, ParticipantField::JobRole,
                                       ParticipantField::SchoolName }));
    // Nothing is ever read as the role in the Work Group without a heading saying so.
    for (ParticipantField field : reader.guessColumns(split))
        QVERIFY(field != ParticipantField::GroupRole);
}

void TestPastedParticipants::schoolsByUrnElseByNameElseAsked()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    const PastedParticipantReader reader(temp.db(), f.group.workGroupId);
    const PastedBlock block = PastedBlock::parse(
        QStringLiteral("First\tLast\tEmail\tJob title\tSchool\tURN\n"
                       "Cy\tCole\tcy@example.org\tYear 3 teacher\tSomewhere Else\t100002\n"
                       "Di\tDale\tdi@example.org\tMaths lead\talder primary school\t\n"
                       "Eve\tElm\teve@example.org\tTeacher\t\t\n"
                       "Fay\tFir\tfay@example.org\tTeacher\tCedar Primary School\t\n"
                       "Gus\tGale\tgus@example.org\tTeacher\tNowhere School\t\n"
                       "Hal\tHolly\tnot-an-email\tTeacher\tAlder Primary School\t\n"));
    const QList<PastedParticipant> rows = reader.read(block, reader.guessColumns(block));
    QCOMPARE(rows.size(), 6);

    QCOMPARE(rows.at(0).outcome, Outcome::Add); // the URN wins over the name
    QVERIFY(rows.at(0).school.byUrn);
    QCOMPARE(rows.at(0).person.schoolId, f.group.schoolB);
    QCOMPARE(rows.at(0).person.role, QStringLiteral("Year 3 teacher")); // the job title kept
    QCOMPARE(rows.at(0).groupRole, QString()); // and not taken for the role in the group

    QCOMPARE(rows.at(1).outcome, Outcome::Add); // by name, with the URN blank
    QVERIFY(!rows.at(1).school.byUrn);
    QCOMPARE(rows.at(1).person.schoolId, f.group.schoolA);

    QCOMPARE(rows.at(2).outcome, Outcome::NeedsSchool); // nothing to go on: asked, not guessed
    QCOMPARE(rows.at(2).person.schoolId, RecordId(0));
    QCOMPARE(rows.at(3).outcome, Outcome::SchoolNotInGroup); // found, but not in the group
    QCOMPARE(rows.at(3).person.schoolId, f.cedar);
    QCOMPARE(rows.at(4).outcome, Outcome::NeedsSchool);
    QVERIFY(rows.at(4).message.contains(QLatin1String("Nowhere School")));
    QCOMPARE(rows.at(5).outcome, Outcome::Invalid);

    // A school chosen for a row settles it.
    const QList<PastedParticipant> chosen
        = reader.read(block, reader.guessColumns(block), { { 4, f.group.schoolB } });
    QCOMPARE(chosen.at(2).outcome, Outcome::Add);
    QVERIFY(chosen.at(2).schoolChosen);
    QCOMPARE(chosen.at(2).person.schoolId, f.group.schoolB);
}

void TestPastedParticipants::peopleHeldJoinAsHeld()
{
    test::TempDatabase temp;
    const Fixture f(temp.db());
    Person ivy;
    ivy.firstName = QStringLiteral("Ivy");
    ivy.lastName = QStringLiteral("Ivory");
    ivy.email = QStringLiteral("ivy.ivory@alder.example.org");
    ivy.schoolId = f.group.schoolA;
    PersonStore(temp.db()).add(ivy);
    const PastedParticipantReader reader(temp.db(), f.group.workGroupId);
    const PastedBlock block = PastedBlock::parse(
        QStringLiteral("Name\tEmail\tURN\n"
                       "Ann Ash\tann.ash@example.org\t100001\n" // a participant already
                       "Ivy Ivory\tivy@personal.example.com\t100001\n" // held by name
                       "Jo Jay\tjo@example.org\t100002\n"
                       "Jo Jay\tJO@example.org\t100002\n")); // twice
    const QList<PastedParticipant> rows = reader.read(block, reader.guessColumns(block));
    QCOMPARE(rows.at(0).outcome, Outcome::AlreadyParticipant);
    QCOMPARE(rows.at(1).outcome, Outcome::Add);
    QVERIFY(rows.at(1).held);
    QVERIFY(!rows.at(1).held->byEmail);
    QCOMPARE(rows.at(1).held->person.email, QStringLiteral("ivy.ivory@alder.example.org"));
    QCOMPARE(rows.at(2).outcome, Outcome::Add);
    QVERIFY(!rows.at(2).held);
    QCOMPARE(rows.at(3).outcome, Outcome::Repeated);
    QVERIFY(rows.at(3).message.contains(QLatin1String("line 4")));
}

QTEST_GUILESS_MAIN(TestPastedParticipants)
#include "tst_pastedparticipants.moc"
