#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"

#include <QTest>

using namespace hubreg;

class TestAcademicYear : public QObject
{
    Q_OBJECT

private slots:
    void labelFor_data();
    void labelFor();
    void isValidLabel_data();
    void isValidLabel();
    void startAndEnd();
    void nextAndPrevious();
    void contains();
    void halfTermNames();
    void defaultHalfTermsForOneYear();
    void defaultHalfTermsInOrderInsideTheYear();
    void defaultHalfTermsOfABadLabel();
};

void TestAcademicYear::labelFor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("label");

    QTest::newRow("31 August") << QDate(2024, 8, 31) << QStringLiteral("2023/24");
    QTest::newRow("1 September") << QDate(2024, 9, 1) << QStringLiteral("2024/25");
    QTest::newRow("31 December") << QDate(2024, 12, 31) << QStringLiteral("2024/25");
    QTest::newRow("1 January") << QDate(2025, 1, 1) << QStringLiteral("2024/25");
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("2023/24");
    QTest::newRow("century") << QDate(1999, 9, 1) << QStringLiteral("1999/00");
    QTest::newRow("after century") << QDate(2000, 3, 1) << QStringLiteral("1999/00");
    QTest::newRow("2009/10") << QDate(2009, 10, 1) << QStringLiteral("2009/10");
}

void TestAcademicYear::labelFor()
{
    QFETCH(QDate, date);
    QFETCH(QString, label);
    QCOMPARE(AcademicYear::labelFor(date), label);
}

void TestAcademicYear::isValidLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2024/25") << QStringLiteral("2024/25") << true;
    QTest::newRow("1999/00") << QStringLiteral("1999/00") << true;
    QTest::newRow("2009/10") << QStringLiteral("2009/10") << true;
    QTest::newRow("second year not next") << QStringLiteral("2024/26") << false;
    QTest::newRow("same year") << QStringLiteral("2024/24") << false;
    QTest::newRow("dash") << QStringLiteral("2024-25") << false;
    QTest::newRow("four-digit second year") << QStringLiteral("2024/2025") << false;
    QTest::newRow("short first year") << QStringLiteral("24/25") << false;
    QTest::newRow("leading space") << QStringLiteral(" 2024/25") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAcademicYear::isValidLabel()
{
    QFETCH(QString, label);
    QFETCH(bool, valid);
    QCOMPARE(AcademicYear::isValidLabel(label), valid);
    QCOMPARE(AcademicYear::startOf(label).isValid(), valid);
    QCOMPARE(AcademicYear::endOf(label).isValid(), valid);
}

void TestAcademicYear::startAndEnd()
{
    QCOMPARE(AcademicYear::startOf(QStringLiteral("2024/25")), QDate(2024, 9, 1));
    QCOMPARE(AcademicYear::endOf(QStringLiteral("2024/25")), QDate(2025, 8, 31));
    QCOMPARE(AcademicYear::startOf(QStringLiteral("1999/00")), QDate(1999, 9, 1));
    QCOMPARE(AcademicYear::endOf(QStringLiteral("1999/00")), QDate(2000, 8, 31));
    // Every day of a year labels back to it; the days either side do not.
    const QString label = QStringLiteral("2023/24");
    for (QDate d = AcademicYear::startOf(label); d <= AcademicYear::endOf(label); d = d.addDays(1))
        QCOMPARE(AcademicYear::labelFor(d), label);
    QVERIFY(AcademicYear::labelFor(AcademicYear::startOf(label).addDays(-1)) != label);
    QVERIFY(AcademicYear::labelFor(AcademicYear::endOf(label).addDays(1)) != label);
}

void TestAcademicYear::nextAndPrevious()
{
    QCOMPARE(AcademicYear::next(QStringLiteral("2024/25")), QStringLiteral("2025/26"));
    QCOMPARE(AcademicYear::previous(QStringLiteral("2024/25")), QStringLiteral("2023/24"));
    QCOMPARE(AcademicYear::next(QStringLiteral("1999/00")), QStringLiteral("2000/01"));
    QCOMPARE(AcademicYear::previous(QStringLiteral("2000/01")), QStringLiteral("1999/00"));
    QCOMPARE(AcademicYear::next(QStringLiteral("2008/09")), QStringLiteral("2009/10"));
    QCOMPARE(AcademicYear::previous(QStringLiteral("2010/11")), QStringLiteral("2009/10"));
    QCOMPARE(AcademicYear::next(QStringLiteral("2024/26")), QString());
    QCOMPARE(AcademicYear::previous(QStringLiteral("nonsense")), QString());
}

void TestAcademicYear::contains()
{
    AcademicYear year;
    year.label = QStringLiteral("2024/25");
    year.startDate = AcademicYear::startOf(year.label);
    year.endDate = AcademicYear::endOf(year.label);
    QVERIFY(year.contains(QDate(2024, 9, 1)));
    QVERIFY(year.contains(QDate(2025, 8, 31)));
    QVERIFY(!year.contains(QDate(2024, 8, 31)));
    QVERIFY(!year.contains(QDate(2025, 9, 1)));
}

void TestAcademicYear::halfTermNames()
{
    const QStringList expected
        = { QStringLiteral("Autumn 1"), QStringLiteral("Autumn 2"), QStringLiteral("Spring 1"),
            QStringLiteral("Spring 2"), QStringLiteral("Summer 1"), QStringLiteral("Summer 2") };
    for (int term = 1; term <= 6; ++term)
        QCOMPARE(HalfTerm::nameOf(term), expected.at(term - 1));
    QCOMPARE(HalfTerm::nameOf(0), QString());
    QCOMPARE(HalfTerm::nameOf(7), QString());
    HalfTerm spring;
    spring.term = 3;
    QCOMPARE(spring.name(), QStringLiteral("Spring 1"));
}

void TestAcademicYear::defaultHalfTermsForOneYear()
{
    // 2024/25 by hand: 1 Sep 2024 is a Sunday, so Autumn 1 starts Monday 2 September and runs
    // seven weeks to Friday 18 October; Summer 2 starts Monday 2 June 2025.
    const QList<HalfTerm> terms = AcademicYearStore::defaultHalfTerms(QStringLiteral("2024/25"));
    QCOMPARE(terms.size(), 6);
    QCOMPARE(terms.at(0).startDate, QDate(2024, 9, 2));
    QCOMPARE(terms.at(0).endDate, QDate(2024, 10, 18));
    QCOMPARE(terms.at(1).startDate, QDate(2024, 11, 4));
    QCOMPARE(terms.at(2).startDate, QDate(2025, 1, 6));
    QCOMPARE(terms.at(5).startDate, QDate(2025, 6, 2));
    QCOMPARE(terms.at(5).endDate, QDate(2025, 7, 18));
}

void TestAcademicYear::defaultHalfTermsInOrderInsideTheYear()
{
    for (int first = 2015; first <= 2040; ++first) {
        const QString label
            = QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
        const QDate yearStart = AcademicYear::startOf(label);
        const QDate yearEnd = AcademicYear::endOf(label);
        const QList<HalfTerm> terms = AcademicYearStore::defaultHalfTerms(label);
        QCOMPARE(terms.size(), 6);
        QDate previousEnd = yearStart.addDays(-1);
        for (int i = 0; i < terms.size(); ++i) {
            const HalfTerm &term = terms.at(i);
            const QByteArray where = QStringLiteral("%1 term %2").arg(label).arg(i + 1).toUtf8();
            QVERIFY2(term.term == i + 1, where.constData());
            QVERIFY2(term.startDate.dayOfWeek() == Qt::Monday, where.constData());
            QVERIFY2(term.endDate.dayOfWeek() == Qt::Friday, where.constData());
            QVERIFY2(term.startDate > previousEnd, where.constData());
            QVERIFY2(term.endDate > term.startDate, where.constData());
            QVERIFY2(term.startDate >= yearStart && term.endDate <= yearEnd, where.constData());
            previousEnd = term.endDate;
        }
        // Autumn 1 starts in the first week of September.
        QVERIFY(terms.first().startDate < yearStart.addDays(7));
    }
}

void TestAcademicYear::defaultHalfTermsOfABadLabel()
{
    QVERIFY(AcademicYearStore::defaultHalfTerms(QStringLiteral("2024/26")).isEmpty());
    QVERIFY(AcademicYearStore::defaultHalfTerms(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAcademicYear)
#include "tst_academicyear.moc"
