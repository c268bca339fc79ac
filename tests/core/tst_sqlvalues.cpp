#include "database/SqlQuery.h"

#include <QTest>
#include <QTime>

using namespace hubreg;

// The helpers that turn stored text back into values.
class TestSqlValues : public QObject
{
    Q_OBJECT

private slots:
    void timesAreHoursAndMinutes();
};

void TestSqlValues::timesAreHoursAndMinutes()
{
    QCOMPARE(timeFrom(QStringLiteral("09:30")), QTime(9, 30));
    QCOMPARE(timeFrom(QStringLiteral("00:00")), QTime(0, 0));
    QCOMPARE(timeFrom(QStringLiteral("23:59")), QTime(23, 59));
    QCOMPARE(timeFrom(nullableTime(QTime(16, 5))), QTime(16, 5));
    for (const QString &bad : { QStringLiteral("24:00"), QStringLiteral("12:60"),
                                QStringLiteral("9:30"), QStringLiteral("09:30:00"),
                                QStringLiteral("ab:cd"), QStringLiteral("09.30"), QString() })
        QVERIFY2(!timeFrom(bad).isValid(), qPrintable(bad));
    QVERIFY(!timeFrom(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(TestSqlValues)
#include "tst_sqlvalues.moc"
