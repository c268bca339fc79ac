// A file becoming a real hub: its details, area, goals, years and half terms saved whole and
// put back whole, and the area then serving the GIAS import and the engagement figures.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "engagement/EngagementFigures.h"
#include "engagement/EngagementGoals.h"
#include "import/GiasEstablishmentImporter.h"
#include "records/AcademicYearStore.h"
#include "records/HubSettingsStore.h"
#include "records/HubStore.h"
#include "records/LocalAuthorityCatalogue.h"
#include "records/SchoolStore.h"

#include <QTest>

using namespace hubreg;

namespace {
HubSettings sheffieldHub(Database &db)
{
    HubSettings settings = HubSettingsStore(db).startingPoint(QDate(2024, 10, 1));
    Hub hub;
    hub.name = QStringLiteral("South Yorkshire Maths Hub");
    hub.contactName = QStringLiteral("Sam Steel");
    hub.contactEmail = QStringLiteral("office@symh.example.org");
    settings.hub = hub;
    settings.localAuthorities = { QStringLiteral("373"), QStringLiteral("372") };
    settings.primaryGoal = 80;
    settings.secondaryGoal = 60;
    return settings;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}
} // namespace

class TestHubSettings : public QObject
{
    Q_OBJECT

private slots:
    void catalogueListsEnglandsAuthoritiesAndTheRegisters();
    void startingPointIsThisYearAndNext();
    void checkNamesEachFieldAtFault();
    void halfTermsMustFollowOneAnother();
    void saveSetsUpTheHubWhole();
    void savingTheFormerSettingsPutsEverythingBack();
    void settingsWithoutAnAreaCanBePutBack();
    void aYearWithWorkGroupsIsKept();
    void theAreaServesTheImportAndTheFigures();
};

void TestHubSettings::catalogueListsEnglandsAuthoritiesAndTheRegisters()
{
    test::TempDatabase temp;
    const QList<LocalAuthority> published = LocalAuthorityCatalogue::published();
    QVERIFY(published.size() >= 150);
    for (const LocalAuthority &la : published)
        QVERIFY2(LocalAuthorityCatalogue::isValidCode(la.code), qPrintable(la.code));
    const auto leeds = LocalAuthorityCatalogue(temp.db()).find(QStringLiteral("383"));
    QVERIFY(leeds);
    QCOMPARE(leeds->name, QStringLiteral("Leeds"));
    QCOMPARE(leeds->schools, 0);
    QCOMPARE(leeds->describe(), QStringLiteral("Leeds (383)"));

    // The register's own names and counts, and a code the published list lacks.
    auto add = [&](int urn, const char *la, const char *name, const char *status) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = QStringLiteral("School %1").arg(urn);
        s.laCode = QLatin1String(la);
        s.laName = QLatin1String(name);
        s.status = QLatin1String(status);
        SchoolStore(temp.db()).add(s);
    };
    add(100001, "383", "Leeds", "Open");
    add(100002, "383", "Leeds", "Closed");
    add(100003, "909", "Cumbria", "Closed");
    const LocalAuthorityCatalogue catalogue(temp.db());
    QCOMPARE(catalogue.find(QStringLiteral("383"))->schools, 2);
    QCOMPARE(catalogue.find(QStringLiteral("383"))->openSchools, 1);
    QCOMPARE(catalogue.find(QStringLiteral("909"))->name, QStringLiteral("Cumbria"));
    const QList<LocalAuthority> all = catalogue.all();
    QCOMPARE(all.size(), published.size() + 1);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(QString::localeAwareCompare(all.at(i - 1).name, all.at(i).name) <= 0);
    QVERIFY(!LocalAuthorityCatalogue::isValidCode(QStringLiteral("38")));
    QVERIFY(!LocalAuthorityCatalogue::isValidCode(QStringLiteral("E08000035")));
}

void TestHubSettings::startingPointIsThisYearAndNext()
{
    test::TempDatabase temp;
    const HubSettings start = HubSettingsStore(temp.db()).startingPoint(QDate(2024, 10, 1));
    QVERIFY(!start.hub);
    QCOMPARE(start.primaryGoal, 75);
    QCOMPARE(start.secondaryGoal, 65);
    QCOMPARE(start.years.size(), 2);
    QCOMPARE(start.years.at(0).label, QStringLiteral("2024/25"));
    QCOMPARE(start.years.at(1).label, QStringLiteral("2025/26"));
    QCOMPARE(start.years.at(0).halfTerms.size(), 6);
    QVERIFY(
        AcademicYearStore::checkHalfTerms(QStringLiteral("2024/25"), start.years.at(0).halfTerms)
            .isEmpty());
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("academic_years")), 0); // nothing written
}

void TestHubSettings::checkNamesEachFieldAtFault()
{
    test::TempDatabase temp;
    HubSettings settings = sheffieldHub(temp.db());
    QVERIFY(HubSettingsStore::check(settings).isEmpty());

    settings.hub->name = QStringLiteral("  ");
    settings.hub->contactEmail = QStringLiteral("office@");
    settings.localAuthorities.clear();
    settings.primaryGoal = 0;
    settings.secondaryGoal = 101;
    QCOMPARE(fieldsOf(HubSettingsStore::check(settings)),
             QStringList({ QStringLiteral("name"), QStringLiteral("contactEmail"),
                           QStringLiteral("localAuthorities"), QStringLiteral("primaryGoal"),
                           QStringLiteral("secondaryGoal") }));
    settings = sheffieldHub(temp.db());
    settings.localAuthorities = { QStringLiteral("Sheffield") };
    QCOMPARE(fieldsOf(HubSettingsStore::check(settings)),
             QStringList({ QStringLiteral("localAuthorities") }));
    // What a working hub lacks is not wrong in itself: saving it is allowed, so that settings
    // from before an area was set can be put back.
    HubSettings lacking = sheffieldHub(temp.db());
    lacking.years.clear();
    lacking.localAuthorities.clear();
    QCOMPARE(fieldsOf(HubSettingsStore::check(lacking)),
             QStringList({ QStringLiteral("localAuthorities"), QStringLiteral("years") }));
    QVERIFY(HubSettingsStore::check(lacking, HubSettingsStore::Check::Saving).isEmpty());
    QCOMPARE(fieldsOf(HubSettingsStore::check(settings, HubSettingsStore::Check::Saving)),
             QStringList({ QStringLiteral("localAuthorities") }));

    // Refused whole: nothing written.
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { HubSettingsStore(temp.db()).save(settings); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("localAuthorities"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubSettings::halfTermsMustFollowOneAnother()
{
    const QString year = QStringLiteral("2024/25");
    QList<HalfTerm> terms = AcademicYearStore::defaultHalfTerms(year);
    QVERIFY(AcademicYearStore::checkHalfTerms(year, terms).isEmpty());

    QList<HalfTerm> overlapping = terms;
    overlapping[2].startDate = overlapping.at(1).endDate; // Spring 1 starts as Autumn 2 ends
    FieldErrors errors = AcademicYearStore::checkHalfTerms(year, overlapping);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("term3/start"));
    QVERIFY(errors.first().message.contains(QLatin1String("Autumn 2")));

    QList<HalfTerm> backwards = terms;
    backwards[0].endDate = backwards.at(0).startDate.addDays(-1);
    QCOMPARE(AcademicYearStore::checkHalfTerms(year, backwards).first().field,
             QStringLiteral("term1/end"));
    QList<HalfTerm> outside = terms;
    outside[5].endDate = QDate(2025, 9, 5);
    QCOMPARE(AcademicYearStore::checkHalfTerms(year, outside).first().field,
             QStringLiteral("term6/end"));
    QList<HalfTerm> missing = terms;
    missing[3].startDate = QDate();
    QCOMPARE(AcademicYearStore::checkHalfTerms(year, missing).first().field,
             QStringLiteral("term4/start"));
}

void TestHubSettings::saveSetsUpTheHubWhole()
{
    test::TempDatabase temp;
    HubSettings settings = sheffieldHub(temp.db());
    settings.years[0].halfTerms[1].startDate = QDate(2024, 11, 4);
    HubSettingsStore(temp.db()).save(settings);

    QVERIFY(settings.hub->isStored());
    const HubSettings loaded = HubSettingsStore(temp.db()).load();
    QVERIFY(loaded.hub);
    QCOMPARE(loaded.hub->id, settings.hub->id);
    QCOMPARE(loaded.hub->name, QStringLiteral("South Yorkshire Maths Hub"));
    QCOMPARE(loaded.hub->contactEmail, QStringLiteral("office@symh.example.org"));
    QCOMPARE(loaded.localAuthorities,
             QStringList({ QStringLiteral("372"), QStringLiteral("373") }));
    QCOMPARE(HubStore(temp.db()).allLocalAuthorities(), loaded.localAuthorities);
    QCOMPARE(EngagementGoals::percent(temp.db(), Phase::Primary), 80);
    QCOMPARE(EngagementGoals::percent(temp.db(), Phase::Secondary), 60);
    QCOMPARE(loaded.years.size(), 2);
    QCOMPARE(loaded.years.at(0).label, QStringLiteral("2024/25"));
    QCOMPARE(loaded.years.at(0).halfTerms.at(1).startDate, QDate(2024, 11, 4));
    QCOMPARE(loaded.years.at(1).halfTerms.size(), 6);
    // The hub is the one the rest of the program takes for the file's.
    QCOMPARE(HubStore(temp.db()).primary().id, settings.hub->id);

    // Saving the same again writes nothing.
    const QString before = test::dumpContents(temp.db());
    temp.clock().setNow(temp.clock().nowUtc().addDays(1));
    HubSettings again = loaded;
    HubSettingsStore(temp.db()).save(again);
    QCOMPARE(test::dumpContents(temp.db()), before);

    // A second hub is not made by a setup.
    HubSettings other = sheffieldHub(temp.db());
    const auto error = test::storeErrorFrom([&] { HubSettingsStore(temp.db()).save(other); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
}

void TestHubSettings::savingTheFormerSettingsPutsEverythingBack()
{
    test::TempDatabase temp;
    const HubSettings empty = HubSettingsStore(temp.db()).load();
    HubSettings setUp = sheffieldHub(temp.db());
    HubSettingsStore(temp.db()).save(setUp);
    const HubSettings afterSetUp = HubSettingsStore(temp.db()).load();

    // A later change: another authority, a goal, a half term, a year more.
    HubSettings changed = afterSetUp;
    changed.hub->phone = QStringLiteral("0114 496 0000");
    changed.localAuthorities << QStringLiteral("370");
    changed.primaryGoal = 85;
    changed.years[1].halfTerms[0].endDate = QDate(2025, 10, 17);
    changed.years << YearSettings {
        QStringLiteral("2026/27"), AcademicYearStore::defaultHalfTerms(QStringLiteral("2026/27"))
    };
    HubSettingsStore(temp.db()).save(changed);
    QCOMPARE(HubSettingsStore(temp.db()).load().years.size(), 3);

    HubSettings back = afterSetUp;
    // Put back over the version the change left: based on an older one, it would be refused.
    back.hub->version = changed.hub->version;
    HubSettingsStore(temp.db()).save(back);
    const HubSettings reverted = HubSettingsStore(temp.db()).load();
    QCOMPARE(reverted.hub->phone, QString());
    QCOMPARE(reverted.localAuthorities, afterSetUp.localAuthorities);
    QCOMPARE(reverted.primaryGoal, 80);
    QCOMPARE(reverted.years.size(), 2);
    QCOMPARE(reverted.years.at(1).halfTerms.at(0).endDate,
             afterSetUp.years.at(1).halfTerms.at(0).endDate);

    // And the setup itself undone: no hub, no area, no years.
    HubSettings none = empty;
    HubSettingsStore(temp.db()).save(none);
    QVERIFY(!HubSettingsStore(temp.db()).load().hub);
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("hubs")), 0);
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("hub_local_authorities")), 0);
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("academic_years")), 0);
    QCOMPARE(EngagementGoals::percent(temp.db(), Phase::Primary), 75);
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("hub"), setUp.hub->uuid));
}

// Settings from before the area was set (a hub made with the first Work Group) go back as they
// were, though a working hub needs an area.
void TestHubSettings::settingsWithoutAnAreaCanBePutBack()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const HubSettings before = HubSettingsStore(temp.db()).load();
    QVERIFY(before.localAuthorities.isEmpty());
    HubSettings after = before;
    after.localAuthorities = { QStringLiteral("383") };
    HubSettingsStore(temp.db()).save(after);
    HubSettings back = before;
    HubSettingsStore(temp.db()).save(back);
    QCOMPARE(HubSettingsStore(temp.db()).load().localAuthorities, QStringList());
}

void TestHubSettings::aYearWithWorkGroupsIsKept()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db()); // a hub and a Work Group in 2024/25
    HubSettings settings = HubSettingsStore(temp.db()).load();
    QCOMPARE(AcademicYearStore(temp.db()).labelsInUse(),
             QStringList({ QStringLiteral("2024/25") }));
    settings.localAuthorities = { QStringLiteral("383") };
    settings.years.clear();
    settings.years << YearSettings {
        QStringLiteral("2025/26"), AcademicYearStore::defaultHalfTerms(QStringLiteral("2025/26"))
    };
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { HubSettingsStore(temp.db()).save(settings); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before); // all or nothing
}

void TestHubSettings::theAreaServesTheImportAndTheFigures()
{
    test::TempDatabase temp;
    HubSettings settings = sheffieldHub(temp.db()); // Sheffield (373) and Rotherham (372)
    HubSettingsStore(temp.db()).save(settings);

    // File > Import's "only the hub's local authorities" and --hub-area read this.
    GiasEstablishmentOptions options;
    options.localAuthorities = HubStore(temp.db()).allLocalAuthorities();
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(
        test::testDataPath(QStringLiteral("gias/extract-a.csv")), options);
    QCOMPARE(report.rows, 8);
    QCOMPARE(report.added, 5); // 4 in Sheffield, 1 in Rotherham
    QCOMPARE(report.skipped, 3); // Barnsley, Doncaster, City of London
    for (const School &school : SchoolStore(temp.db()).list())
        QVERIFY(settings.localAuthorities.contains(school.laCode));

    // The area: open, state-funded schools of those authorities, by phase.
    const QList<PhaseEngagement> phases
        = EngagementFigures(temp.db()).byPhase(settings.hub->id, QStringLiteral("2024/25"));
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).phase, Phase::Primary);
    QCOMPARE(phases.at(0).schools, 1);
    QCOMPARE(phases.at(0).goalPercent, 80);
    QCOMPARE(phases.at(1).phase, Phase::Secondary);
    QCOMPARE(phases.at(1).schools, 1);
    QCOMPARE(phases.at(1).goalPercent, 60);
}

QTEST_GUILESS_MAIN(TestHubSettings)
#include "tst_hubsettings.moc"
