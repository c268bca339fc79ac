#include "domain/Person.h"

#include <QTest>

using namespace hubreg;

class TestPerson : public QObject
{
    Q_OBJECT

private slots:
    void fullName_data();
    void fullName();
};

void TestPerson::fullName_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("sort");

    QTest::newRow("both") << QStringLiteral("Ann") << QStringLiteral("Ash")
                          << QStringLiteral("Ann Ash") << QStringLiteral("Ash, Ann");
    QTest::newRow("spaces around") << QStringLiteral("  Ann ") << QStringLiteral(" Ash  ")
                                   << QStringLiteral("Ann Ash") << QStringLiteral("Ash, Ann");
    QTest::newRow("apostrophe") << QStringLiteral("Siobhan") << QStringLiteral("O'Brien")
                                << QStringLiteral("Siobhan O'Brien")
                                << QStringLiteral("O'Brien, Siobhan");
    QTest::newRow("last only") << QString() << QStringLiteral("Ash") << QStringLiteral("Ash")
                               << QStringLiteral("Ash");
    QTest::newRow("first only") << QStringLiteral("Ann") << QStringLiteral(" ")
                                << QStringLiteral("Ann") << QStringLiteral("Ann");
    QTest::newRow("neither") << QString() << QString() << QString() << QString();
}

void TestPerson::fullName()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, full);
    QFETCH(QString, sort);
    Person p;
    p.firstName = first;
    p.lastName = last;
    QCOMPARE(p.fullName(), full);
    QCOMPARE(p.sortName(), sort);
}

QTEST_GUILESS_MAIN(TestPerson)
#include "tst_person.moc"
