#include "domain/Attendance.h"

#include <QTest>

using namespace hubreg;

Q_DECLARE_METATYPE(hubreg::AttendanceMark)

class TestAttendance : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void codesAreDistinctAndComplete();
    void markFromCodeIgnoresCaseAndRefusesOthers();
};

void TestAttendance::codes_data()
{
    QTest::addColumn<AttendanceMark>("mark");
    QTest::addColumn<QChar>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("attended");
    QTest::addColumn<bool>("expected");

    // docs/domain.md's table: the first four count as attended; N is left out of every rate.
    QTest::newRow("present") << AttendanceMark::Present << QChar(u'P') << QStringLiteral("Present")
                             << true << true;
    QTest::newRow("late") << AttendanceMark::Late << QChar(u'L') << QStringLiteral("Late") << true
                          << true;
    QTest::newRow("left early") << AttendanceMark::LeftEarly << QChar(u'E')
                                << QStringLiteral("Left early") << true << true;
    QTest::newRow("substitute") << AttendanceMark::Substitute << QChar(u'S')
                                << QStringLiteral("Substitute") << true << true;
    QTest::newRow("apologies") << AttendanceMark::Apologies << QChar(u'A')
                               << QStringLiteral("Apologies") << false << true;
    QTest::newRow("absent") << AttendanceMark::Absent << QChar(u'X') << QStringLiteral("Absent")
                            << false << true;
    QTest::newRow("not expected") << AttendanceMark::NotExpected << QChar(u'N')
                                  << QStringLiteral("Not expected") << false << false;
}

void TestAttendance::codes()
{
    QFETCH(AttendanceMark, mark);
    QFETCH(QChar, code);
    QFETCH(QString, name);
    QFETCH(bool, attended);
    QFETCH(bool, expected);
    QCOMPARE(codeOf(mark), code);
    QCOMPARE(markFromCode(code), std::optional<AttendanceMark>(mark));
    QCOMPARE(displayName(mark), name);
    QCOMPARE(countsAsAttended(mark), attended);
    QCOMPARE(countsAsExpected(mark), expected);
}

void TestAttendance::codesAreDistinctAndComplete()
{
    const QList<AttendanceMark> marks = allAttendanceMarks();
    QCOMPARE(marks.size(), 7);
    QString codes;
    for (AttendanceMark mark : marks)
        codes += codeOf(mark);
    // The same letters, in the same order, as the CHECK on attendance_marks.mark.
    QCOMPARE(codes, QStringLiteral("PLESAXN"));
}

void TestAttendance::markFromCodeIgnoresCaseAndRefusesOthers()
{
    QCOMPARE(markFromCode(QChar(u'l')), std::optional<AttendanceMark>(AttendanceMark::Late));
    QCOMPARE(markFromCode(QChar(u'x')), std::optional<AttendanceMark>(AttendanceMark::Absent));
    for (char16_t c : { u'Q', u'/', u' ', u'0', u'\0', u'é' })
        QVERIFY(!markFromCode(QChar(c)));
}

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
