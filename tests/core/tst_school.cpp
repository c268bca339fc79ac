#include "domain/School.h"

#include <QTest>

using namespace hubreg;

class TestSchool : public QObject
{
    Q_OBJECT

private slots:
    void isOpenFollowsGiasStatus();
    void headteacher();
    void address();
    void linkDirection();
};

void TestSchool::isOpenFollowsGiasStatus()
{
    School s;
    QVERIFY(s.isOpen()); // a new record is Open
    for (const char *status : { "Open", "Open, but proposed to close" }) {
        s.status = QString::fromUtf8(status);
        QVERIFY2(s.isOpen(), status);
    }
    for (const char *status : { "Closed", "Proposed to open", "" }) {
        s.status = QString::fromUtf8(status);
        QVERIFY2(!s.isOpen(), status);
    }
}

void TestSchool::headteacher()
{
    School s;
    QCOMPARE(s.headteacher(), QString());
    s.headTitle = QStringLiteral("Mrs");
    s.headFirstName = QStringLiteral(" Helen ");
    s.headLastName = QStringLiteral("Head");
    QCOMPARE(s.headteacher(), QStringLiteral("Mrs Helen Head"));
    s.headFirstName.clear();
    QCOMPARE(s.headteacher(), QStringLiteral("Mrs Head"));
}

void TestSchool::address()
{
    School s;
    QCOMPARE(s.address(), QString());
    s.street = QStringLiteral("1 Church Lane");
    s.locality = QStringLiteral(" ");
    s.address3 = QStringLiteral("Far Headingley");
    s.town = QStringLiteral("Leeds");
    s.county = QStringLiteral("West Yorkshire"); // not part of the one-line address
    s.postcode = QStringLiteral("LS6 3AA");
    QCOMPARE(s.address(), QStringLiteral("1 Church Lane, Far Headingley, Leeds, LS6 3AA"));
}

void TestSchool::linkDirection()
{
    SchoolLink link;
    for (const char *type :
         { "Predecessor", "Predecessor - merged", "Predecessor - amalgamated" }) {
        link.linkType = QString::fromUtf8(type);
        QVERIFY2(link.isPredecessor() && !link.isSuccessor(), type);
    }
    for (const char *type : { "Successor", "Successor - merged", "Successor - amalgamated" }) {
        link.linkType = QString::fromUtf8(type);
        QVERIFY2(link.isSuccessor() && !link.isPredecessor(), type);
    }
    link.linkType = QStringLiteral("Sixth form centre link");
    QVERIFY(!link.isPredecessor() && !link.isSuccessor());
}

QTEST_GUILESS_MAIN(TestSchool)
#include "tst_school.moc"
