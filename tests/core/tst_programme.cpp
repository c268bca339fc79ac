#include "domain/Programme.h"

#include <QTest>

using namespace hubreg;

class TestProgramme : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void phaseStorageNames();
};

void TestProgramme::defaults()
{
    const Programme p;
    QCOMPARE(p.completionThreshold, 75); // docs/domain.md: default 75%
    QCOMPARE(p.defaultSessions, 6);
    QCOMPARE(p.participantsPerSchool, 2);
    QCOMPARE(p.phase, Phase::Primary);
    QVERIFY(p.prerequisites.isNone());
    QVERIFY(p.active);
    QVERIFY(!p.isStored());
}

void TestProgramme::phaseStorageNames()
{
    QStringList names;
    for (Phase phase : allPhases()) {
        names << toStorage(phase);
        QCOMPARE(phaseFromStorage(toStorage(phase)), phase);
        QVERIFY(!displayName(phase).isEmpty());
    }
    // The values the CHECK on programmes.phase allows.
    QCOMPARE(names,
             QStringList({ QStringLiteral("early-years"), QStringLiteral("primary"),
                           QStringLiteral("cross-phase"), QStringLiteral("secondary"),
                           QStringLiteral("post-16") }));
    QCOMPARE(phaseFromStorage(QStringLiteral("nursery")), Phase::Primary);
    QCOMPARE(displayName(Phase::Post16), QStringLiteral("Post-16"));
}

QTEST_GUILESS_MAIN(TestProgramme)
#include "tst_programme.moc"
