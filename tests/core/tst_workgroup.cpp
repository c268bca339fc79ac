#include "domain/WorkGroup.h"

#include <QSet>
#include <QTest>

using namespace hubreg;

class TestWorkGroup : public QObject
{
    Q_OBJECT

private slots:
    void statusStorageNames();
    void enrolmentStates();
};

void TestWorkGroup::statusStorageNames()
{
    QStringList names;
    QSet<QString> displayNames;
    for (WorkGroupStatus status : allWorkGroupStatuses()) {
        names << toStorage(status);
        displayNames.insert(displayName(status));
        QCOMPARE(workGroupStatusFromStorage(toStorage(status)), status);
    }
    // The values the CHECK on work_groups.status allows, in the order of the issue.
    QCOMPARE(names,
             QStringList({ QStringLiteral("planned"), QStringLiteral("recruiting"),
                           QStringLiteral("running"), QStringLiteral("completed"),
                           QStringLiteral("cancelled") }));
    QCOMPARE(displayNames.size(), 5);
    QCOMPARE(workGroupStatusFromStorage(QStringLiteral("unknown")), WorkGroupStatus::Planned);
}

void TestWorkGroup::enrolmentStates()
{
    SchoolEnrolment school;
    QVERIFY(!school.isWithdrawn());
    school.withdrawnOn = QDate(2025, 1, 10);
    QVERIFY(school.isWithdrawn());
    ParticipantEnrolment participant;
    QVERIFY(!participant.hasLeft());
    participant.leftOn = QDate(2025, 1, 10);
    QVERIFY(participant.hasLeft());
    const WorkGroup wg;
    QCOMPARE(wg.capacity, 7); // six or seven schools
    QCOMPARE(wg.status, WorkGroupStatus::Planned);
}

QTEST_GUILESS_MAIN(TestWorkGroup)
#include "tst_workgroup.moc"
