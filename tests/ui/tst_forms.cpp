// Forms check what is typed as it is typed: each says what is wrong beside the field, and OK
// stays disabled until the whole form is acceptable.
#include "GuiTest.h"
#include "common/DateFields.h"
#include "common/DatePromptDialog.h"
#include "common/FormValidator.h"
#include "people/PersonDialog.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolDialog.h"
#include "schools/SchoolFinder.h"
#include "sessions/SessionDialog.h"
#include "workgroups/EnrolSchoolDialog.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/WorkGroupDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace hubreg;
using namespace hubreg::ui;

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void schoolUrnIsSixDigitsAndNew();
    void personEmailAndTrn();
    void personSchoolByUrn();
    void sessionDatesInsideTheYearAndEndAfterStart();
    void datePromptKeepsToItsRange();
    void workGroupCodeIsUnique();
    void participantEmailFindsTheExistingPerson();
    void enrolmentWarnsOfIneligibilityAndWantsAReason();

private:
    static QPushButton *ok(QWidget *dialog)
    {
        return test::child<QPushButton>(dialog, QStringLiteral("okPushButton"));
    }
    static QString shownMessage(QWidget *dialog, const QString &field);

    std::unique_ptr<test::WindowFixture> m_fixture;
    test::SmallWorkGroup m_group;
};

void TestForms::initTestCase()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>(
        [this](Database &db) { m_group = test::buildSmallWorkGroup(db); });
}

void TestForms::cleanupTestCase()
{
    m_fixture.reset();
}

QString TestForms::shownMessage(QWidget *dialog, const QString &field)
{
    auto *message = test::child<FieldMessage>(dialog, field + QStringLiteral("Message"));
    return message && message->isVisible() ? message->message() : QString();
}

void TestForms::schoolUrnIsSixDigitsAndNew()
{
    auto *dialog = new SchoolDialog(m_fixture->db(), std::nullopt, &m_fixture->window());
    dialog->show();
    auto *urn = test::child<QLineEdit>(dialog, QStringLiteral("urnLineEdit"));
    auto *name = test::child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
    QVERIFY(!ok(dialog)->isEnabled());
    QCOMPARE(shownMessage(dialog, QStringLiteral("urnLineEdit")),
             QString()); // not scolded before typing

    QTest::keyClicks(urn, QStringLiteral("12345"));
    QVERIFY(
        shownMessage(dialog, QStringLiteral("urnLineEdit")).contains(QStringLiteral("six digits")));
    QTest::keyClicks(urn, QStringLiteral("6"));
    QCOMPARE(shownMessage(dialog, QStringLiteral("urnLineEdit")), QString());
    QTest::keyClicks(name, QStringLiteral("Newbuild Primary"));
    QVERIFY(ok(dialog)->isEnabled());

    // The small Work Group's first school holds URN 100001.
    test::typeInto(urn, QStringLiteral("100001"));
    QVERIFY(shownMessage(dialog, QStringLiteral("urnLineEdit"))
                .contains(QStringLiteral("Alder Primary School")));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(urn, QStringLiteral("100999"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->school().urn.value(), 100999);
    dialog->reject();
}

void TestForms::personEmailAndTrn()
{
    auto *dialog = new PersonDialog(m_fixture->db(), std::nullopt, &m_fixture->window());
    dialog->show();
    QVERIFY(!ok(dialog)->isEnabled());
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit")),
                     QStringLiteral("Newton"));
    QVERIFY(ok(dialog)->isEnabled());

    auto *email = test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit"));
    QTest::keyClicks(email, QStringLiteral("newton@"));
    QVERIFY(!ok(dialog)->isEnabled());
    QVERIFY(shownMessage(dialog, QStringLiteral("emailLineEdit"))
                .contains(QStringLiteral("not an email address")));
    QTest::keyClicks(email, QStringLiteral("school.org.uk"));
    QVERIFY(ok(dialog)->isEnabled());
    test::typeInto(email, QStringLiteral("ann.ash@example.org")); // Ann Ash's
    QVERIFY(
        shownMessage(dialog, QStringLiteral("emailLineEdit")).contains(QStringLiteral("Ann Ash")));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(email, QStringLiteral("newton@school.org.uk"));

    auto *trn = test::child<QLineEdit>(dialog, QStringLiteral("trnLineEdit"));
    QTest::keyClicks(trn, QStringLiteral("123456"));
    QVERIFY(shownMessage(dialog, QStringLiteral("trnLineEdit"))
                .contains(QStringLiteral("seven digits")));
    QVERIFY(!ok(dialog)->isEnabled());
    QTest::keyClicks(trn, QStringLiteral("7"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->person().trn, QStringLiteral("1234567"));
    dialog->reject();
}

void TestForms::personSchoolByUrn()
{
    auto *dialog = new PersonDialog(m_fixture->db(), std::nullopt, &m_fixture->window());
    dialog->show();
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit")),
                     QStringLiteral("Newton"));
    auto *urn = test::child<QLineEdit>(dialog, QStringLiteral("schoolUrnLineEdit"));
    QTest::keyClicks(urn, QStringLiteral("999999"));
    QVERIFY(shownMessage(dialog, QStringLiteral("schoolUrnLineEdit"))
                .contains(QStringLiteral("No school with URN 999999")));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(urn, QStringLiteral("100002"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(test::child<QLabel>(dialog, QStringLiteral("schoolNameLabel"))->text(),
             QStringLiteral("Birch Primary School"));
    QCOMPARE(dialog->person().schoolId, m_group.schoolB);
    dialog->reject();
}

void TestForms::sessionDatesInsideTheYearAndEndAfterStart()
{
    Session session;
    session.workGroupId = m_group.workGroupId;
    auto *dialog = new SessionDialog(m_fixture->db(), session, &m_fixture->window());
    dialog->show();
    QVERIFY(ok(dialog)->isEnabled()); // a date and times may be arranged later
    auto *date = test::child<QLineEdit>(dialog, QStringLiteral("dateLineEdit"));
    QTest::keyClicks(date, QStringLiteral("31/02/2025"));
    QVERIFY(shownMessage(dialog, QStringLiteral("dateLineEdit"))
                .contains(QStringLiteral("not a date")));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(date, QStringLiteral("01/09/2025")); // 2025/26, not this Work Group's year
    QVERIFY(shownMessage(dialog, QStringLiteral("dateLineEdit"))
                .contains(QStringLiteral("outside the academic year")));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(date, QStringLiteral("5/11/2024"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->session().date, QDate(2024, 11, 5));

    auto *start = test::child<QLineEdit>(dialog, QStringLiteral("startLineEdit"));
    auto *end = test::child<QLineEdit>(dialog, QStringLiteral("endLineEdit"));
    test::typeInto(start, QStringLiteral("13:30"));
    test::typeInto(end, QStringLiteral("13:00"));
    QCOMPARE(test::child<FieldMessage>(dialog, QStringLiteral("timesMessage"))->message(),
             QStringLiteral("The session must end after it starts."));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(end, QStringLiteral("16:00"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->session().endTime, QTime(16, 0));
    dialog->reject();
}

void TestForms::datePromptKeepsToItsRange()
{
    auto *dialog
        = new DatePromptDialog(QStringLiteral("Left"), QStringLiteral("When?"),
                               QStringLiteral("On:"), QDate(2024, 10, 1), &m_fixture->window());
    dialog->setRange(QDate(2024, 9, 1), QDate(2025, 8, 31));
    dialog->show();
    QVERIFY(ok(dialog)->isEnabled());
    test::typeInto(dialog->dateEdit(), QStringLiteral("31/08/2024"));
    QVERIFY(!ok(dialog)->isEnabled());
    QVERIFY(shownMessage(dialog, QStringLiteral("dateLineEdit"))
                .contains(QStringLiteral("before 01/09/2024")));
    test::typeInto(dialog->dateEdit(), QString());
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(dialog->dateEdit(), QStringLiteral("12/02/2025"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->date(), QDate(2025, 2, 12));
    dialog->reject();
}

void TestForms::workGroupCodeIsUnique()
{
    auto *dialog = new WorkGroupDialog(m_fixture->db(), std::nullopt, &m_fixture->window());
    dialog->show();
    auto *programme = test::child<QComboBox>(dialog, QStringLiteral("programmeComboBox"));
    programme->setCurrentIndex(1);
    auto *code = test::child<QLineEdit>(dialog, QStringLiteral("codeLineEdit"));
    QTest::keyClicks(code, QStringLiteral("test-01")); // TEST-01 exists, whatever the case
    QVERIFY(shownMessage(dialog, QStringLiteral("codeLineEdit"))
                .contains(QStringLiteral("already a Work Group")));
    QVERIFY(!ok(dialog)->isEnabled());
    QTest::keyClicks(code, QStringLiteral("b"));
    QVERIFY(ok(dialog)->isEnabled());
    dialog->reject();
}

void TestForms::participantEmailFindsTheExistingPerson()
{
    // Ben Beech is not yet in a second Work Group; his email brings his record in.
    WorkGroup second = *WorkGroupStore(m_fixture->db()).find(m_group.workGroupId);
    second.id = 0;
    second.uuid = QUuid();
    second.code = QStringLiteral("TEST-02");
    WorkGroupStore(m_fixture->db()).add(second);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = second.id;
    enrolment.schoolId = m_group.schoolB;
    WorkGroupStore(m_fixture->db()).enrolSchool(enrolment);

    auto *dialog
        = new ParticipantDialog(m_fixture->db(), second, std::nullopt, 0, &m_fixture->window());
    dialog->show();
    QVERIFY(!ok(dialog)->isEnabled());
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("emailLineEdit")),
                     QStringLiteral("ben.beech@example.org"));
    QVERIFY(test::child<QLabel>(dialog, QStringLiteral("existingPersonLabel"))->isVisible());
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("lastNameLineEdit"))->text(),
             QStringLiteral("Beech"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->draft().person.id, m_group.personB1);
    QCOMPARE(dialog->draft().enrolment.schoolId, m_group.schoolB);

    // Dates outside the academic year are refused.
    auto *joined = test::child<QLineEdit>(dialog, QStringLiteral("joinedLineEdit"));
    QTest::keyClicks(joined, QStringLiteral("01/08/2024"));
    QVERIFY(!ok(dialog)->isEnabled());
    test::typeInto(joined, QStringLiteral("01/10/2024"));
    QVERIFY(ok(dialog)->isEnabled());
    dialog->reject();
}

void TestForms::enrolmentWarnsOfIneligibilityAndWantsAReason()
{
    // A Development Work Group the next year: Alder Primary took part in one already.
    WorkGroup next = *WorkGroupStore(m_fixture->db()).find(m_group.workGroupId);
    next.id = 0;
    next.uuid = QUuid();
    next.code = QStringLiteral("TEST-03");
    next.academicYearId = AcademicYearStore(m_fixture->db()).ensure(QStringLiteral("2025/26")).id;
    WorkGroupStore(m_fixture->db()).add(next);

    auto *dialog = new EnrolSchoolDialog(m_fixture->db(), next, &m_fixture->window());
    dialog->show();
    QTest::keyClicks(dialog->finder()->searchEdit(), QStringLiteral("100001"));
    QTest::keyClick(dialog->finder()->searchEdit(), Qt::Key_Return);
    QCOMPARE(dialog->finder()->currentSchoolId(), m_group.schoolA);
    QVERIFY(dialog->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("not eligible")));
    QVERIFY(dialog->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("TEST-01")));
    QVERIFY(!ok(dialog)->isEnabled());
    QTest::keyClicks(test::child<QLineEdit>(dialog, QStringLiteral("overrideReasonLineEdit")),
                     QStringLiteral("Its first group was cut short"));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog->enrolment().eligibilityOverride,
             QStringLiteral("Its first group was cut short"));
    QCOMPARE(dialog->enrolment().joinedOn,
             QDate(2025, 9, 1)); // today is before the year: its first day

    // Birch Primary is not eligible either; a school new to the programme would raise nothing.
    School fresh;
    fresh.urn = *Urn::fromInt(100003);
    fresh.name = QStringLiteral("Cedar Primary School");
    SchoolStore(m_fixture->db()).add(fresh);
    QCOMPARE(dialog->warningsFor(fresh), QStringList());
    dialog->reject();
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
