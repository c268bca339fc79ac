#include "domain/Validation.h"

#include <QTest>

using namespace hubreg;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void urnParse_data();
    void urnParse();
    void urnFromIntBounds();
    void urnNullAndOrdering();
    void urnMessage();
    void email_data();
    void email();
    void emailRequired();
    void trn_data();
    void trn();
    void requiredText();
    void parseUkDate_data();
    void parseUkDate();
    void formatUkDate();
    void dateRangeRefusesEndBeforeStart();
    void dateRangeAcceptsSameDayAndMissingDates();
};

void TestValidation::urnParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: refused

    QTest::newRow("six digits") << QStringLiteral("123456") << 123456;
    QTest::newRow("lowest") << QStringLiteral("100000") << 100000;
    QTest::newRow("highest") << QStringLiteral("999999") << 999999;
    QTest::newRow("leading spaces") << QStringLiteral("   123456") << 123456;
    QTest::newRow("trailing spaces") << QStringLiteral("123456  ") << 123456;
    QTest::newRow("tab and newline") << QStringLiteral("\t123456\r\n") << 123456;
    QTest::newRow("five digits") << QStringLiteral("12345") << 0;
    QTest::newRow("seven digits") << QStringLiteral("1234567") << 0;
    QTest::newRow("leading zero") << QStringLiteral("099999") << 0;
    QTest::newRow("all zeros") << QStringLiteral("000000") << 0;
    QTest::newRow("letter inside") << QStringLiteral("12a456") << 0;
    QTest::newRow("space inside") << QStringLiteral("123 456") << 0;
    QTest::newRow("plus sign") << QStringLiteral("+12345") << 0;
    QTest::newRow("minus sign") << QStringLiteral("-12345") << 0;
    QTest::newRow("decimal") << QStringLiteral("12345.0") << 0;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("١٢٣٤٥٦") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces only") << QStringLiteral("      ") << 0;
}

void TestValidation::urnParse()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<Urn> urn = Urn::parse(text);
    QCOMPARE(urn.has_value(), expected != 0);
    QCOMPARE(Urn::isValid(text), expected != 0);
    if (urn) {
        QCOMPARE(urn->value(), expected);
        QCOMPARE(urn->toString(), QString::number(expected));
        QVERIFY(!urn->isNull());
    }
}

void TestValidation::urnFromIntBounds()
{
    QVERIFY(!Urn::fromInt(99999));
    QVERIFY(!Urn::fromInt(0));
    QVERIFY(!Urn::fromInt(-100000));
    QVERIFY(!Urn::fromInt(1000000));
    QCOMPARE(Urn::fromInt(100000)->value(), 100000);
    QCOMPARE(Urn::fromInt(999999)->value(), 999999);
}

void TestValidation::urnNullAndOrdering()
{
    const Urn none;
    QVERIFY(none.isNull());
    QCOMPARE(none.toString(), QString());
    const Urn low = *Urn::fromInt(100001);
    const Urn high = *Urn::fromInt(100002);
    QVERIFY(low < high);
    QVERIFY(!(high < low));
    QVERIFY(low != high);
    QVERIFY(low == *Urn::parse(u" 100001 "));
}

void TestValidation::urnMessage()
{
    QVERIFY(validation::urn(QStringLiteral("123456")).isEmpty());
    QVERIFY(validation::urn(QStringLiteral(" 123456 ")).isEmpty());
    QVERIFY(!validation::urn(QString()).isEmpty());
    QVERIFY(!validation::urn(QStringLiteral("   ")).isEmpty());
    // An empty URN and a malformed one get different advice.
    QVERIFY(validation::urn(QString()) != validation::urn(QStringLiteral("12345")));
    QVERIFY(validation::urn(QStringLiteral("12345")).contains(QLatin1String("six digits")));
    QVERIFY(!validation::urn(QStringLiteral("099999")).isEmpty());
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << QStringLiteral("ann.ash@example.org") << true;
    QTest::newRow("school domain") << QStringLiteral("head@alder.sch.uk") << true;
    QTest::newRow("apostrophe") << QStringLiteral("sean.o'brien@example.org") << true;
    QTest::newRow("plus") << QStringLiteral("ann+maths@example.org") << true;
    QTest::newRow("capitals") << QStringLiteral("Ann.Ash@Example.ORG") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  ann@example.org ") << true;
    QTest::newRow("hyphenated domain") << QStringLiteral("a@my-school.org.uk") << true;
    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("no at") << QStringLiteral("ann.example.org") << false;
    QTest::newRow("two ats") << QStringLiteral("ann@@example.org") << false;
    QTest::newRow("no domain dot") << QStringLiteral("ann@localhost") << false;
    QTest::newRow("space inside") << QStringLiteral("ann ash@example.org") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.org") << false;
    QTest::newRow("domain starts with hyphen") << QStringLiteral("ann@-example.org") << false;
    QTest::newRow("trailing dot") << QStringLiteral("ann@example.org.") << false;
    QTest::newRow("comma") << QStringLiteral("ann@example,org") << false;
}

void TestValidation::email()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const QString message = validation::email(text);
    QCOMPARE(message.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(message.contains(text.trimmed()), qPrintable(message)); // says which value
}

void TestValidation::emailRequired()
{
    QVERIFY(validation::email(QString(), false).isEmpty());
    QVERIFY(!validation::email(QString(), true).isEmpty());
    QVERIFY(!validation::email(QStringLiteral("   "), true).isEmpty());
    QVERIFY(validation::email(QStringLiteral("ann@example.org"), true).isEmpty());
}

void TestValidation::trn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("seven digits") << QStringLiteral("1234567") << true;
    QTest::newRow("leading zero") << QStringLiteral("0123456") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral(" 1234567 ") << true;
    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("spaces only") << QStringLiteral("   ") << true;
    QTest::newRow("six digits") << QStringLiteral("123456") << false;
    QTest::newRow("eight digits") << QStringLiteral("12345678") << false;
    QTest::newRow("letter") << QStringLiteral("12345a7") << false;
    QTest::newRow("slash form") << QStringLiteral("12/34567") << false;
    QTest::newRow("space inside") << QStringLiteral("123 4567") << false;
}

void TestValidation::trn()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(validation::trn(text).isEmpty(), accepted);
}

void TestValidation::requiredText()
{
    QVERIFY(validation::requiredText(QStringLiteral("x"), QStringLiteral("a name")).isEmpty());
    const QString message
        = validation::requiredText(QStringLiteral("  "), QStringLiteral("a name"));
    QVERIFY(message.contains(QLatin1String("a name")));
}

void TestValidation::parseUkDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: refused

    QTest::newRow("ordinary") << QStringLiteral("05/11/2024") << QDate(2024, 11, 5);
    QTest::newRow("single digits") << QStringLiteral("1/9/2024") << QDate(2024, 9, 1);
    QTest::newRow("spaces around") << QStringLiteral("  31/08/2025 ") << QDate(2025, 8, 31);
    QTest::newRow("leap day in a leap year") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("leap day in 2000") << QStringLiteral("29/02/2000") << QDate(2000, 2, 29);
    QTest::newRow("31 February") << QStringLiteral("31/02/2024") << QDate();
    QTest::newRow("leap day in a common year") << QStringLiteral("29/02/2023") << QDate();
    QTest::newRow("leap day in 1900") << QStringLiteral("29/02/1900") << QDate();
    QTest::newRow("31 April") << QStringLiteral("31/04/2024") << QDate();
    QTest::newRow("day zero") << QStringLiteral("00/01/2024") << QDate();
    QTest::newRow("month 13") << QStringLiteral("01/13/2024") << QDate();
    QTest::newRow("American order") << QStringLiteral("11/30/2024") << QDate();
    QTest::newRow("ISO") << QStringLiteral("2024-11-05") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("05/11/24") << QDate();
    QTest::newRow("dashes") << QStringLiteral("05-11-2024") << QDate();
    QTest::newRow("trailing text") << QStringLiteral("05/11/2024 x") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestValidation::parseUkDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const QDate parsed = validation::parseUkDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestValidation::formatUkDate()
{
    QCOMPARE(validation::formatUkDate(QDate(2024, 11, 5)), QStringLiteral("05/11/2024"));
    QCOMPARE(validation::formatUkDate(QDate(2025, 2, 28)), QStringLiteral("28/02/2025"));
    QCOMPARE(validation::formatUkDate(QDate()), QString());
    // What is written reads back as the same date.
    for (QDate date(2023, 1, 1); date <= QDate(2024, 12, 31); date = date.addDays(1))
        QCOMPARE(validation::parseUkDate(validation::formatUkDate(date)), date);
}

void TestValidation::dateRangeRefusesEndBeforeStart()
{
    const QString message
        = validation::dateRange(QDate(2024, 9, 2), QDate(2024, 9, 1), QStringLiteral("the start"),
                                QStringLiteral("the end"));
    QVERIFY(!message.isEmpty());
    QVERIFY(message.contains(QLatin1String("the start")));
    QVERIFY(message.contains(QLatin1String("the end")));
}

void TestValidation::dateRangeAcceptsSameDayAndMissingDates()
{
    const QString start = QStringLiteral("start");
    const QString end = QStringLiteral("end");
    QVERIFY(validation::dateRange(QDate(2024, 9, 1), QDate(2024, 9, 1), start, end).isEmpty());
    QVERIFY(validation::dateRange(QDate(2024, 9, 1), QDate(2025, 8, 31), start, end).isEmpty());
    QVERIFY(validation::dateRange(QDate(), QDate(2024, 9, 1), start, end).isEmpty());
    QVERIFY(validation::dateRange(QDate(2024, 9, 1), QDate(), start, end).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
