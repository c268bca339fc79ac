#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/ProgrammeStore.h"

#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 2), QTime(10, 0), Qt::UTC);

EligibilityRule tookPartIn(const QStringList &codes)
{
    EligibilityRule rule;
    rule.kind = EligibilityRule::Kind::TookPartIn;
    rule.programmes = codes;
    return rule;
}

Programme fullProgramme()
{
    Programme p;
    p.code = QStringLiteral("NCP 24-11");
    p.title = QStringLiteral("Sustaining Teaching for Mastery");
    p.phase = Phase::CrossPhase;
    p.strand = QStringLiteral("Teaching for Mastery");
    p.description = QStringLiteral("Leadership, collaborative planning and subject knowledge.");
    p.defaultSessions = 5;
    p.participantsPerSchool = 3;
    p.participantGuidance = QStringLiteral("The maths lead and two teachers");
    p.rolesExpected = QStringLiteral("Maths lead; Teacher");
    p.completionThreshold = 80;
    EligibilityRule specialist;
    specialist.kind = EligibilityRule::Kind::MasterySpecialist;
    p.prerequisites.kind = EligibilityRule::Kind::Any;
    p.prerequisites.rules
        = { tookPartIn({ QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB") }), specialist };
    p.active = false;
    return p;
}

void compareFields(const Programme &actual, const Programme &expected)
{
    QCOMPARE(actual.code, expected.code);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.phase, expected.phase);
    QCOMPARE(actual.strand, expected.strand);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.defaultSessions, expected.defaultSessions);
    QCOMPARE(actual.participantsPerSchool, expected.participantsPerSchool);
    QCOMPARE(actual.participantGuidance, expected.participantGuidance);
    QCOMPARE(actual.rolesExpected, expected.rolesExpected);
    QCOMPARE(actual.completionThreshold, expected.completionThreshold);
    QVERIFY(actual.prerequisites == expected.prerequisites);
    QCOMPARE(actual.active, expected.active);
}
} // namespace

class TestProgrammeStore : public QObject
{
    Q_OBJECT

private slots:
    void seededCatalogue();
    void addFindRoundTripsEveryField();
    void updateRoundTripsAndMovesUpdatedAt();
    void listOrderAndActiveOnly();
    void refusesDuplicateCodeIgnoringCase();
    void refusesDuplicateCodeOnUpdate();
    void refusesInvalidFields_data();
    void refusesInvalidFields();
    void refusesPrerequisiteNamingAnUnknownProgramme();
    void acceptsPrerequisiteNamingItself();
    void refusesPrerequisiteThatWouldNotReadBack();
    void removeLeavesTombstone();
    void removeRefusedWhileInUse();
};

void TestProgrammeStore::seededCatalogue()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    QCOMPARE(store.list().size(), 23);
    const auto dev = store.findByCode(QStringLiteral(" tfm-dev "));
    QVERIFY(dev);
    QCOMPARE(dev->code, QStringLiteral("TFM-DEV"));
    QCOMPARE(dev->completionThreshold, 75);
    QCOMPARE(dev->prerequisites.kind, EligibilityRule::Kind::NotTakenPartIn);
    QCOMPARE(dev->prerequisites.programmes, QStringList(QStringLiteral("TFM-DEV")));
    const auto sustaining = store.findByCode(QStringLiteral("TFM-SUS"));
    QCOMPARE(sustaining->prerequisites.describe(),
             QStringLiteral("took part in TFM-DEV or TFM-EMB or has a Mastery Specialist"));
    QCOMPARE(store.findByCode(QStringLiteral("MR"))->prerequisites.kind,
             EligibilityRule::Kind::Barrier);
    QCOMPARE(store.findByCode(QStringLiteral("MN"))->participantsPerSchool, 3);
    QCOMPARE(store.findByCode(QStringLiteral("SKTM-EY"))->phase, Phase::EarlyYears);
    QVERIFY(store.findByCode(QStringLiteral("PMS"))->prerequisites.isNone());
    // Every seeded rule names programmes of the catalogue.
    for (const Programme &p : store.list()) {
        for (const QString &code : p.prerequisites.programmeCodes())
            QVERIFY2(store.findByCode(code), qPrintable(p.code + QLatin1String(" -> ") + code));
    }
}

void TestProgrammeStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    store.add(p);
    QVERIFY(p.isStored());
    QVERIFY(!p.uuid.isNull());
    QCOMPARE(p.createdAt, temp.clock().nowUtc());
    QCOMPARE(p.updatedAt, temp.clock().nowUtc());

    const Programme found = *store.find(p.id);
    QCOMPARE(found.uuid, p.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    compareFields(found, fullProgramme());
    compareFields(*store.findByCode(QStringLiteral("ncp 24-11")), fullProgramme());
}

void TestProgrammeStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    store.add(p);
    const QDateTime created = p.createdAt;

    temp.clock().setNow(kLater);
    Programme changed = p;
    changed.code = QStringLiteral("NCP 25-11");
    changed.title = QStringLiteral("Sustaining (renamed)");
    changed.phase = Phase::Post16;
    changed.strand = QStringLiteral("Post-16");
    changed.description = QStringLiteral("Changed");
    changed.defaultSessions = 0;
    changed.participantsPerSchool = 50;
    changed.participantGuidance = QStringLiteral("Anyone");
    changed.rolesExpected = QStringLiteral("Teacher");
    changed.completionThreshold = 100;
    changed.prerequisites = EligibilityRule();
    changed.active = true;
    store.update(changed);
    QCOMPARE(changed.updatedAt, kLater);

    const Programme found = *store.find(p.id);
    compareFields(found, changed);
    QCOMPARE(found.uuid, p.uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);
    QVERIFY(!store.findByCode(QStringLiteral("NCP 24-11")));
}

void TestProgrammeStore::listOrderAndActiveOnly()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme(); // inactive, cross-phase
    store.add(p);
    const QList<Programme> all = store.list();
    QCOMPARE(all.size(), 24);
    // By phase (early years, primary, cross-phase, secondary, post-16), then title.
    for (int i = 1; i < all.size(); ++i) {
        const Programme &a = all.at(i - 1);
        const Programme &b = all.at(i);
        QVERIFY(int(a.phase) <= int(b.phase));
        if (a.phase == b.phase)
            QVERIFY(a.title.compare(b.title, Qt::CaseInsensitive) <= 0);
    }
    QCOMPARE(all.first().phase, Phase::EarlyYears);
    QCOMPARE(all.last().phase, Phase::Post16);
    const QList<Programme> active = store.list(true);
    QCOMPARE(active.size(), 23);
    for (const Programme &programme : active)
        QVERIFY(programme.code != p.code);
}

void TestProgrammeStore::refusesDuplicateCodeIgnoringCase()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Programme p = fullProgramme();
    p.code = QStringLiteral("tfm-dev");
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("code"));
    QVERIFY(error->message().contains(QLatin1String("tfm-dev")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestProgrammeStore::refusesDuplicateCodeOnUpdate()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    store.add(p);
    const QString before = test::dumpContents(temp.db());
    p.code = QStringLiteral("Mn");
    const auto error = test::storeErrorFrom([&] { store.update(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("code"));
    QCOMPARE(test::dumpContents(temp.db()), before);
    // Keeping its own code (in another case) is not a clash.
    p.code = QStringLiteral("ncp 24-11");
    store.update(p);
    QCOMPARE(store.find(p.id)->code, QStringLiteral("ncp 24-11"));
}

void TestProgrammeStore::refusesInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("perSchool");
    QTest::addColumn<int>("threshold");

    const QString code = QStringLiteral("NEW");
    const QString title = QStringLiteral("New programme");
    QTest::newRow("blank code") << "code" << QStringLiteral("  ") << title << 6 << 2 << 75;
    QTest::newRow("blank title") << "title" << code << QString() << 6 << 2 << 75;
    QTest::newRow("negative sessions") << "defaultSessions" << code << title << -1 << 2 << 75;
    QTest::newRow("101 sessions") << "defaultSessions" << code << title << 101 << 2 << 75;
    QTest::newRow("negative per school")
        << "participantsPerSchool" << code << title << 6 << -1 << 75;
    QTest::newRow("51 per school") << "participantsPerSchool" << code << title << 6 << 51 << 75;
    QTest::newRow("threshold 0") << "completionThreshold" << code << title << 6 << 2 << 0;
    QTest::newRow("threshold 101") << "completionThreshold" << code << title << 6 << 2 << 101;
}

void TestProgrammeStore::refusesInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(int, sessions);
    QFETCH(int, perSchool);
    QFETCH(int, threshold);
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Programme p;
    p.code = code;
    p.title = title;
    p.defaultSessions = sessions;
    p.participantsPerSchool = perSchool;
    p.completionThreshold = threshold;
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), field);
    QCOMPARE(test::dumpContents(temp.db()), before);

    // The same values are refused when editing a stored programme.
    Programme stored = *store.findByCode(QStringLiteral("TFM-DEV"));
    stored.code = code;
    stored.title = title;
    stored.defaultSessions = sessions;
    stored.participantsPerSchool = perSchool;
    stored.completionThreshold = threshold;
    const auto onUpdate = test::storeErrorFrom([&] { store.update(stored); });
    QVERIFY(onUpdate);
    QCOMPARE(onUpdate->field(), field);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestProgrammeStore::refusesPrerequisiteNamingAnUnknownProgramme()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    p.prerequisites = tookPartIn({ QStringLiteral("TFM-DEV"), QStringLiteral("NO-SUCH") });
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("prerequisites"));
    QVERIFY(error->message().contains(QLatin1String("NO-SUCH")));
    QVERIFY(!store.findByCode(p.code));
}

void TestProgrammeStore::acceptsPrerequisiteNamingItself()
{
    // "A school takes part once": a programme's rule may name the programme itself.
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    p.prerequisites.kind = EligibilityRule::Kind::NotTakenPartIn;
    p.prerequisites.programmes = { QStringLiteral("ncp 24-11") };
    p.prerequisites.rules.clear();
    store.add(p);
    QCOMPARE(store.find(p.id)->prerequisites.programmes, QStringList(QStringLiteral("ncp 24-11")));
}

void TestProgrammeStore::refusesPrerequisiteThatWouldNotReadBack()
{
    // A rule built in code with an empty list would be written, then refused by every later
    // read, making the whole catalogue unreadable. It is refused when saved instead.
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Programme p = fullProgramme();
    p.prerequisites = EligibilityRule();
    p.prerequisites.kind = EligibilityRule::Kind::Any; // no sub-rules
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("prerequisites"));
    QCOMPARE(test::dumpContents(temp.db()), before);

    Programme dev = *store.findByCode(QStringLiteral("TFM-DEV"));
    dev.prerequisites = tookPartIn({});
    const auto onUpdate = test::storeErrorFrom([&] { store.update(dev); });
    QVERIFY(onUpdate);
    QCOMPARE(onUpdate->field(), QStringLiteral("prerequisites"));
    QCOMPARE(test::dumpContents(temp.db()), before);
    QCOMPARE(store.list().size(), 23);
}

void TestProgrammeStore::removeLeavesTombstone()
{
    test::TempDatabase temp;
    ProgrammeStore store(temp.db());
    Programme p = fullProgramme();
    store.add(p);
    store.remove(p.id);
    QVERIFY(!store.find(p.id));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("programme")),
             QStringList(p.uuid.toString(QUuid::WithoutBraces)));
    const auto again = test::storeErrorFrom([&] { store.remove(p.id); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
}

void TestProgrammeStore::removeRefusedWhileInUse()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    const auto error
        = test::storeErrorFrom([&] { ProgrammeStore(temp.db()).remove(w.programmeId); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QVERIFY(error->message().contains(QLatin1String("inactive")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

QTEST_GUILESS_MAIN(TestProgrammeStore)
#include "tst_programmestore.moc"
