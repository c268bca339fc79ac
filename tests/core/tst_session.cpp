#include "domain/Session.h"

#include <QSet>
#include <QTest>

using namespace hubreg;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void durationMinutes();
    void storageNamesRoundTrip();
    void storageNamesMatchTheSchema();
    void unknownStorageNamesFallBack();
    void displayNames();
};

void TestSession::durationMinutes()
{
    Session s;
    QCOMPARE(s.durationMinutes(), 0); // nothing known
    s.startTime = QTime(13, 30);
    QCOMPARE(s.durationMinutes(), 0); // no end
    s.endTime = QTime(16, 0);
    QCOMPARE(s.durationMinutes(), 150);
    s.endTime = QTime(13, 30);
    QCOMPARE(s.durationMinutes(), 0);
    s.endTime = QTime(9, 0); // ends before it starts: not a duration
    QCOMPARE(s.durationMinutes(), 0);
    s.startTime = QTime(0, 0);
    s.endTime = QTime(23, 59);
    QCOMPARE(s.durationMinutes(), 1439);
}

void TestSession::storageNamesRoundTrip()
{
    for (SessionMode mode : allSessionModes())
        QCOMPARE(sessionModeFromStorage(toStorage(mode)), mode);
    for (SessionKind kind : allSessionKinds())
        QCOMPARE(sessionKindFromStorage(toStorage(kind)), kind);
    for (SessionStatus status : allSessionStatuses())
        QCOMPARE(sessionStatusFromStorage(toStorage(status)), status);
}

void TestSession::storageNamesMatchTheSchema()
{
    // The values the CHECK constraints of the sessions table allow.
    QStringList modes;
    for (SessionMode mode : allSessionModes())
        modes << toStorage(mode);
    QCOMPARE(modes,
             QStringList({ QStringLiteral("in_person"), QStringLiteral("online"),
                           QStringLiteral("hybrid") }));
    QStringList kinds;
    for (SessionKind kind : allSessionKinds())
        kinds << toStorage(kind);
    QCOMPARE(kinds,
             QStringList({ QStringLiteral("workshop"), QStringLiteral("school_visit"),
                           QStringLiteral("residential_day"), QStringLiteral("online_elective") }));
    QStringList statuses;
    for (SessionStatus status : allSessionStatuses())
        statuses << toStorage(status);
    QCOMPARE(statuses,
             QStringList({ QStringLiteral("planned"), QStringLiteral("held"),
                           QStringLiteral("cancelled") }));
}

void TestSession::unknownStorageNamesFallBack()
{
    QCOMPARE(sessionModeFromStorage(QStringLiteral("carrier pigeon")), SessionMode::InPerson);
    QCOMPARE(sessionKindFromStorage(QString()), SessionKind::Workshop);
    QCOMPARE(sessionStatusFromStorage(QStringLiteral("HELD")), SessionStatus::Planned);
}

void TestSession::displayNames()
{
    QSet<QString> names;
    for (SessionMode mode : allSessionModes())
        names.insert(displayName(mode));
    for (SessionKind kind : allSessionKinds())
        names.insert(displayName(kind));
    QCOMPARE(names.size(), 7);
    QVERIFY(!names.contains(QString()));
    QCOMPARE(displayName(SessionKind::SchoolVisit), QStringLiteral("School visit"));
    QCOMPARE(displayName(SessionMode::InPerson), QStringLiteral("In person"));
    QCOMPARE(displayName(SessionStatus::Cancelled), QStringLiteral("Cancelled"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
