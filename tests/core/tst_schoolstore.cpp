#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/CopyRows.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SchoolWriter.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 2), QTime(11, 22, 33, 444), Qt::UTC);

Urn urn(int value)
{
    return *Urn::fromInt(value);
}

School fullSchool()
{
    School s;
    s.urn = urn(123456);
    s.name = QStringLiteral("St Mary's C of E Primary School");
    s.laCode = QStringLiteral("383");
    s.laName = QStringLiteral("Leeds");
    s.establishmentType = QStringLiteral("Voluntary aided school");
    s.typeGroup = QStringLiteral("Local authority maintained schools");
    s.phase = QStringLiteral("Primary");
    s.status = QStringLiteral("Open, but proposed to close");
    s.street = QStringLiteral("1 Church Lane");
    s.locality = QStringLiteral("Headingley");
    s.address3 = QStringLiteral("Far Headingley");
    s.town = QStringLiteral("Leeds");
    s.county = QStringLiteral("West Yorkshire");
    s.postcode = QStringLiteral("LS6 3AA");
    s.trustName = QStringLiteral("Diocese of Leeds Trust");
    s.headTitle = QStringLiteral("Mrs");
    s.headFirstName = QStringLiteral("Helen");
    s.headLastName = QStringLiteral("Head");
    s.telephone = QStringLiteral("0113 000 0001");
    s.website = QStringLiteral("https://stmarys.example.sch.uk");
    s.openDate = QDate(1965, 9, 1);
    s.closeDate = QDate(2025, 8, 31);
    s.statutoryLowAge = 3;
    s.statutoryHighAge = 11;
    s.pupils = 412;
    s.hasMasterySpecialist = true;
    s.barrier = QStringLiteral("Low progress in maths");
    s.notes = QStringLiteral("Prefers afternoon sessions");
    return s;
}

void compareFields(const School &a, const School &e)
{
    QCOMPARE(a.urn, e.urn);
    QCOMPARE(a.name, e.name);
    QCOMPARE(a.laCode, e.laCode);
    QCOMPARE(a.laName, e.laName);
    QCOMPARE(a.establishmentType, e.establishmentType);
    QCOMPARE(a.typeGroup, e.typeGroup);
    QCOMPARE(a.phase, e.phase);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.street, e.street);
    QCOMPARE(a.locality, e.locality);
    QCOMPARE(a.address3, e.address3);
    QCOMPARE(a.town, e.town);
    QCOMPARE(a.county, e.county);
    QCOMPARE(a.postcode, e.postcode);
    QCOMPARE(a.trustName, e.trustName);
    QCOMPARE(a.headTitle, e.headTitle);
    QCOMPARE(a.headFirstName, e.headFirstName);
    QCOMPARE(a.headLastName, e.headLastName);
    QCOMPARE(a.telephone, e.telephone);
    QCOMPARE(a.website, e.website);
    QCOMPARE(a.openDate, e.openDate);
    QCOMPARE(a.closeDate, e.closeDate);
    QCOMPARE(a.statutoryLowAge, e.statutoryLowAge);
    QCOMPARE(a.statutoryHighAge, e.statutoryHighAge);
    QCOMPARE(a.pupils, e.pupils);
    QCOMPARE(a.hasMasterySpecialist, e.hasMasterySpecialist);
    QCOMPARE(a.barrier, e.barrier);
    QCOMPARE(a.notes, e.notes);
}

School school(int value, const QString &name, const QString &town = {},
              const QString &postcode = {}, const QString &phase = QStringLiteral("Primary"),
              const QString &status = QStringLiteral("Open"), const QString &laCode = {},
              const QString &laName = {})
{
    School s;
    s.urn = urn(value);
    s.name = name;
    s.town = town;
    s.postcode = postcode;
    s.phase = phase;
    s.status = status;
    s.laCode = laCode;
    s.laName = laName;
    return s;
}

QList<int> urnsOf(const QList<School> &schools)
{
    QList<int> values;
    for (const School &s : schools)
        values << s.urn.value();
    return values;
}

QList<int> urnValues(const QList<Urn> &urns)
{
    QList<int> values;
    for (Urn u : urns)
        values << u.value();
    return values;
}

SchoolLink link(int from, int to, const QString &type, const QDate &on = {})
{
    SchoolLink l;
    l.urn = urn(from);
    l.linkedUrn = urn(to);
    l.linkType = type;
    l.establishedOn = on;
    return l;
}

// A small register for the list tests:
//   urn     name                         town        postcode  phase      status  LA
//   100010  Alder Primary School         Leeds       LS1 1AA   Primary    Open    383 Leeds
//   100020  Birch Academy                Bradford    BD1 2BB   Secondary  Open    380 Bradford
//   100030  cedar Infant School          Leeds       LS2 3CC   Primary    Closed  383 Leeds
//   100040  O'Brien Memorial School      York        YO1 4DD   Secondary  Open    816 York
//   100050  50%_x Free School            Leeds       LS3 5EE   Primary    Open    383 Leeds
//   100060  500 x Free School            Leeds       LS4 6FF   Primary    Open, but proposed to
//   close 200070  St Mary's Catholic Primary   Harrogate   HG1 7GG   Primary    Proposed to open
void addRegister(SchoolStore &store)
{
    const QString primary = QStringLiteral("Primary");
    const QString secondary = QStringLiteral("Secondary");
    const QString open = QStringLiteral("Open");
    const QString leeds = QStringLiteral("Leeds");
    QList<School> schools = {
        school(100010, QStringLiteral("Alder Primary School"), leeds, QStringLiteral("LS1 1AA"),
               primary, open, QStringLiteral("383"), leeds),
        school(100020, QStringLiteral("Birch Academy"), QStringLiteral("Bradford"),
               QStringLiteral("BD1 2BB"), secondary, open, QStringLiteral("380"),
               QStringLiteral("Bradford")),
        school(100030, QStringLiteral("cedar Infant School"), leeds, QStringLiteral("LS2 3CC"),
               primary, QStringLiteral("Closed"), QStringLiteral("383"), leeds),
        school(100040, QStringLiteral("O'Brien Memorial School"), QStringLiteral("York"),
               QStringLiteral("YO1 4DD"), secondary, open, QStringLiteral("816"),
               QStringLiteral("York")),
        school(100050, QStringLiteral("50%_x Free School"), leeds, QStringLiteral("LS3 5EE"),
               primary, open, QStringLiteral("383"), leeds),
        school(100060, QStringLiteral("500 x Free School"), leeds, QStringLiteral("LS4 6FF"),
               primary, QStringLiteral("Open, but proposed to close"), QStringLiteral("383"),
               leeds),
        school(200070, QStringLiteral("St Mary's Catholic Primary"), QStringLiteral("Harrogate"),
               QStringLiteral("HG1 7GG"), primary, QStringLiteral("Proposed to open"),
               QStringLiteral("381"), QStringLiteral("North Yorkshire")),
    };
    for (School &s : schools)
        store.add(s);
}
} // namespace

class TestSchoolStore : public QObject
{
    Q_OBJECT

private slots:
    void addFindRoundTripsEveryField();
    void namesOfManyInOneGo();
    void unknownValuesRoundTrip();
    void textIsNormalised();
    void updateRoundTripsAndMovesUpdatedAt();
    void refusesDuplicateUrn();
    void refusesDuplicateUrnOnUpdate();
    void refusesMissingOrMalformedUrn();
    void refusesMissingName();
    void refusesCloseBeforeOpen();
    void updateOfAMissingSchoolIsNotFound();
    void removeLeavesTombstone();
    void removeRefusedWithWorkGroupHistory();
    void removeRefusedWithPeople();
    void removeRefusedWithAVisit();
    void listSortsByEachColumn_data();
    void listSortsByEachColumn();
    void listPages();
    void listFilters();
    void searchMatchesUrnNamePostcodeAndTown();
    void searchWithQuotesAndWildcardsIsLiteral();
    void filterValues();
    void upsertLinkAddsThenRefreshes();
    void upsertLinkRefusesBadLinks();
    void linksOfBothEnds();
    void historyThroughOneLink();
    void historyThroughTwoLinks();
    void historyOfAMerger();
    void historyIgnoresSuccessorsAndSurvivesCycles();
    void aCopyRowEscapesEveryField();
    void manySchoolsInOneWriteKeepEveryField();
    void manySchoolsRefusedTogetherLeaveTheConnectionUsable();
    void aGivenUuidIsStoredAsQtWritesIt();
};

void TestSchoolStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    store.add(s);
    QVERIFY(s.isStored());
    QVERIFY(!s.uuid.isNull());
    QCOMPARE(s.createdAt, temp.clock().nowUtc());
    QCOMPARE(s.updatedAt, temp.clock().nowUtc());

    const School found = *store.find(s.id);
    QCOMPARE(found.id, s.id);
    QCOMPARE(found.uuid, s.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    compareFields(found, fullSchool());
    compareFields(*store.findByUrn(urn(123456)), fullSchool());
    QVERIFY(!store.findByUrn(urn(123457)));
    QCOMPARE(store.list().size(), 1);
    compareFields(store.list().first(), fullSchool());
}

void TestSchoolStore::namesOfManyInOneGo()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    const RecordId alder = store.findByUrn(urn(100010))->id;
    const RecordId stMarys = store.findByUrn(urn(200070))->id;
    const QHash<RecordId, QString> names = store.names({ alder, stMarys, stMarys + 1000 });
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(alder), QStringLiteral("Alder Primary School"));
    QCOMPARE(names.value(stMarys), QStringLiteral("St Mary's Catholic Primary"));
    QVERIFY(store.names({}).isEmpty());
}

void TestSchoolStore::unknownValuesRoundTrip()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s;
    s.urn = urn(100001);
    s.name = QStringLiteral("Bare School");
    s.statutoryLowAge = 0; // a nursery's low age is 0, which is known
    store.add(s);
    const School found = *store.find(s.id);
    QVERIFY(!found.openDate.isValid());
    QVERIFY(!found.closeDate.isValid());
    QCOMPARE(found.statutoryLowAge, 0);
    QCOMPARE(found.statutoryHighAge, -1);
    QCOMPARE(found.pupils, -1);
    QCOMPARE(found.status, QStringLiteral("Open"));
    QCOMPARE(found.hasMasterySpecialist, false);
    QVERIFY(found.barrier.isEmpty());
}

void TestSchoolStore::textIsNormalised()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    s.name = QStringLiteral("  Spaced School ");
    s.postcode = QStringLiteral(" ls6 3aa ");
    s.laCode = QStringLiteral(" 383 ");
    store.add(s);
    const School found = *store.find(s.id);
    QCOMPARE(found.name, QStringLiteral("Spaced School"));
    QCOMPARE(found.postcode, QStringLiteral("LS6 3AA"));
    QCOMPARE(found.laCode, QStringLiteral("383"));
}

void TestSchoolStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    store.add(s);
    const QDateTime created = s.createdAt;

    temp.clock().setNow(kLater);
    School changed = s;
    changed.urn = urn(654321);
    changed.name = QStringLiteral("St Mary's Academy");
    changed.laCode = QStringLiteral("380");
    changed.laName = QStringLiteral("Bradford");
    changed.establishmentType = QStringLiteral("Academy converter");
    changed.typeGroup = QStringLiteral("Academies");
    changed.phase = QStringLiteral("All-through");
    changed.status = QStringLiteral("Closed");
    changed.street = QStringLiteral("2 New Road");
    changed.locality = QString();
    changed.address3 = QString();
    changed.town = QStringLiteral("Bradford");
    changed.county = QString();
    changed.postcode = QStringLiteral("BD1 1AA");
    changed.trustName = QString();
    changed.headTitle = QStringLiteral("Mr");
    changed.headFirstName = QStringLiteral("Harry");
    changed.headLastName = QStringLiteral("Hall");
    changed.telephone = QString();
    changed.website = QString();
    changed.openDate = QDate();
    changed.closeDate = QDate();
    changed.statutoryLowAge = -1;
    changed.statutoryHighAge = 19;
    changed.pupils = -1;
    changed.hasMasterySpecialist = false;
    changed.barrier = QString();
    changed.notes = QStringLiteral("Converted");
    store.update(changed);
    QCOMPARE(changed.updatedAt, kLater);

    const School found = *store.find(s.id);
    compareFields(found, changed);
    QCOMPARE(found.uuid, s.uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);
    QVERIFY(!store.findByUrn(urn(123456)));
}

void TestSchoolStore::refusesDuplicateUrn()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School first = fullSchool();
    store.add(first);
    const QString before = test::dumpContents(temp.db());
    School second = school(123456, QStringLiteral("Another School"));
    const auto error = test::storeErrorFrom([&] { store.add(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("urn"));
    // The message names the URN and the school that already has it.
    QVERIFY2(error->message().contains(QLatin1String("123456")), qPrintable(error->message()));
    QVERIFY2(error->message().contains(first.name), qPrintable(error->message()));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::refusesDuplicateUrnOnUpdate()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School first = fullSchool();
    store.add(first);
    School second = school(100002, QStringLiteral("Second School"));
    store.add(second);
    const QString before = test::dumpContents(temp.db());
    second.urn = first.urn;
    const auto error = test::storeErrorFrom([&] { store.update(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("urn"));
    QVERIFY(error->message().contains(QLatin1String("123456")));
    QVERIFY(error->message().contains(first.name));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::refusesMissingOrMalformedUrn()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    for (const char *text : { "", "12345", "099999", "1234567" }) {
        School s = fullSchool();
        s.urn = Urn::parse(QString::fromUtf8(text)).value_or(Urn());
        const auto error = test::storeErrorFrom([&] { store.add(s); });
        QVERIFY2(error, text);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("urn"));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::refusesMissingName()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = school(100001, QStringLiteral("   "));
    const auto error = test::storeErrorFrom([&] { store.add(s); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("name"));
    QVERIFY(error->record().contains(QLatin1String("100001")));
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("schools")), 0);
}

void TestSchoolStore::refusesCloseBeforeOpen()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    s.openDate = QDate(2020, 9, 1);
    s.closeDate = QDate(2020, 8, 31);
    const auto error = test::storeErrorFrom([&] { store.add(s); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("closeDate"));
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("schools")), 0);
    s.closeDate = s.openDate; // opening and closing on one day is possible
    store.add(s);
}

void TestSchoolStore::updateOfAMissingSchoolIsNotFound()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    s.id = 99;
    const auto error = test::storeErrorFrom([&] { store.update(s); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    const auto removeError = test::storeErrorFrom([&] { store.remove(99); });
    QVERIFY(removeError);
    QCOMPARE(removeError->kind(), StoreError::Kind::NotFound);
}

void TestSchoolStore::removeLeavesTombstone()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    store.add(s);
    store.remove(s.id);
    QVERIFY(!store.find(s.id));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("school")),
             QStringList(s.uuid.toString(QUuid::WithoutBraces)));
    const QString tombstones = test::tombstoneRows(temp.db()).join(QLatin1Char('\n'));
    QVERIFY(!tombstones.contains(QLatin1String("123456")));
    QVERIFY(!tombstones.contains(QLatin1String("Helen")));
    // The URN is free again.
    School again = fullSchool();
    store.add(again);
    QVERIFY(again.uuid != s.uuid);
}

void TestSchoolStore::removeRefusedWithWorkGroupHistory()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    // A school whose only tie is its enrolment in the Work Group.
    School cedar = school(100003, QStringLiteral("Cedar Primary School"));
    SchoolStore(temp.db()).add(cedar);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = w.workGroupId;
    enrolment.schoolId = cedar.id;
    WorkGroupStore(temp.db()).enrolSchool(enrolment);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { SchoolStore(temp.db()).remove(cedar.id); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    // The message names the school and its URN.
    QVERIFY2(error->message().contains(QLatin1String("Cedar Primary School")),
             qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("100003")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::removeRefusedWithPeople()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School s = fullSchool();
    store.add(s);
    Person p;
    p.firstName = QStringLiteral("Pat");
    p.lastName = QStringLiteral("Teacher");
    p.schoolId = s.id;
    PersonStore(temp.db()).add(p);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { store.remove(s.id); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::removeRefusedWithAVisit()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = w.schoolB;
    SessionStore(temp.db()).add(visit);
    // Take away everything else that ties school B to the group, leaving only the visit. The
    // store refuses to drop an enrolment with visits, so the enrolment goes directly, as in a
    // file written before that rule.
    WorkGroupStore groups(temp.db());
    groups.removeParticipant(w.participantB1);
    PersonStore(temp.db()).erase(w.personB1);
    SqlQuery drop(temp.db(),
                  QStringLiteral("DELETE FROM work_group_schools WHERE school_id = :school"));
    drop.bind(QStringLiteral(":school"), w.schoolB).exec();
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { SchoolStore(temp.db()).remove(w.schoolB); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::listSortsByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QList<int>>("urns");

    using C = SchoolQuery::SortColumn;
    const QList<int> byUrn = { 100010, 100020, 100030, 100040, 100050, 100060, 200070 };
    QList<int> byUrnDesc = byUrn;
    std::reverse(byUrnDesc.begin(), byUrnDesc.end());
    QTest::newRow("urn") << int(C::Urn) << false << byUrn;
    QTest::newRow("urn descending") << int(C::Urn) << true << byUrnDesc;
    // Names ignore case: "cedar" sorts between "Birch" and "O'Brien".
    QTest::newRow("name") << int(C::Name) << false
                          << QList<int> { 100050, 100060, 100010, 100020, 100030, 100040, 200070 };
    QTest::newRow("name descending")
        << int(C::Name) << true
        << QList<int> { 200070, 100040, 100030, 100020, 100010, 100060, 100050 };
    // Ties (four schools in Leeds) are broken by URN, in the same direction.
    QTest::newRow("town") << int(C::Town) << false
                          << QList<int> { 100020, 200070, 100010, 100030, 100050, 100060, 100040 };
    QTest::newRow("town descending")
        << int(C::Town) << true
        << QList<int> { 100040, 100060, 100050, 100030, 100010, 200070, 100020 };
    QTest::newRow("postcode") << int(C::Postcode)
                              << false << QList<int> { 100020, 200070, 100010, 100030,
                                                       100050, 100060, 100040 };
    QTest::newRow("local authority")
        << int(C::LocalAuthority) << false
        << QList<int> { 100020, 100010, 100030, 100050, 100060, 200070, 100040 };
    QTest::newRow("phase") << int(C::Phase) << false
                           << QList<int> { 100010, 100030, 100050, 100060, 200070, 100020, 100040 };
    QTest::newRow("status") << int(C::Status)
                            << false << QList<int> { 100030, 100010, 100020, 100040,
                                                     100050, 100060, 200070 };
}

void TestSchoolStore::listSortsByEachColumn()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QList<int>, urns);
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    SchoolQuery query;
    query.sortColumn = SchoolQuery::SortColumn(column);
    query.descending = descending;
    QCOMPARE(urnsOf(store.list(query)), urns);
}

void TestSchoolStore::listPages()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    SchoolQuery query;
    query.sortColumn = SchoolQuery::SortColumn::Urn;
    query.limit = 3;
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100010, 100020, 100030 }));
    query.offset = 3;
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100040, 100050, 100060 }));
    query.offset = 6;
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 200070 }));
    query.offset = 9;
    QVERIFY(store.list(query).isEmpty());
    query.offset = -5; // treated as the start
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100010, 100020, 100030 }));
    query.limit = 0;
    QVERIFY(store.list(query).isEmpty());
    // count() ignores paging.
    QCOMPARE(store.count(query), 7);

    // Paging a filtered, descending list walks the same order as the unpaged list.
    SchoolQuery leeds;
    leeds.text = QStringLiteral("Leeds");
    leeds.sortColumn = SchoolQuery::SortColumn::Name;
    leeds.descending = true;
    const QList<int> all = urnsOf(store.list(leeds));
    QCOMPARE(all.size(), 4);
    QList<int> paged;
    for (leeds.offset = 0, leeds.limit = 3; leeds.offset < 4; leeds.offset += 3)
        paged << urnsOf(store.list(leeds));
    QCOMPARE(paged, all);
}

void TestSchoolStore::listFilters()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    SchoolQuery query;
    query.sortColumn = SchoolQuery::SortColumn::Urn;

    query.phase = QStringLiteral("Secondary");
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100020, 100040 }));
    QCOMPARE(store.count(query), 2);

    query = {};
    query.sortColumn = SchoolQuery::SortColumn::Urn;
    query.status = QStringLiteral("Closed");
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100030 }));

    query = {};
    query.sortColumn = SchoolQuery::SortColumn::Urn;
    query.laCode = QStringLiteral("383");
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100010, 100030, 100050, 100060 }));
    query.openOnly = true; // "Open" and "Open, but proposed to close"
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100010, 100050, 100060 }));
    QCOMPARE(store.count(query), 3);
    query.phase = QStringLiteral("Primary");
    query.text = QStringLiteral("free");
    QCOMPARE(urnsOf(store.list(query)), QList<int>({ 100050, 100060 }));
    QCOMPARE(store.count(query), 2);

    query = {};
    query.openOnly = true;
    QCOMPARE(store.count(query), 5); // not Closed, not Proposed to open
}

void TestSchoolStore::searchMatchesUrnNamePostcodeAndTown()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    // The URNs found, or {-1} when count() disagrees with list() for the same query.
    auto search = [&](const QString &text) {
        SchoolQuery query;
        query.text = text;
        query.sortColumn = SchoolQuery::SortColumn::Urn;
        const QList<int> urns = urnsOf(store.list(query));
        if (store.count(query) != urns.size())
            return QList<int> { -1 };
        return urns;
    };
    QCOMPARE(search(QStringLiteral("10003")), QList<int>({ 100030 })); // URN prefix
    QCOMPARE(search(QStringLiteral("2000")), QList<int>({ 200070 })); // URN prefix only
    QCOMPARE(search(QStringLiteral("0070")), QList<int>()); // not inside a URN
    QCOMPARE(search(QStringLiteral("ACADEMY")), QList<int>({ 100020 })); // name, any case
    QCOMPARE(search(QStringLiteral("infant")), QList<int>({ 100030 })); // inside the name
    QCOMPARE(search(QStringLiteral("ls2 3")), QList<int>({ 100030 })); // postcode prefix
    QCOMPARE(search(QStringLiteral("LS23CC")), QList<int>({ 100030 })); // without its space
    QCOMPARE(search(QStringLiteral("harro")), QList<int>({ 200070 })); // town prefix
    QCOMPARE(search(QStringLiteral("  York  ")), QList<int>({ 100040 })); // trimmed
    QCOMPARE(search(QStringLiteral("nowhere")), QList<int>());
}

void TestSchoolStore::searchWithQuotesAndWildcardsIsLiteral()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    auto search = [&](const QString &text) {
        SchoolQuery query;
        query.text = text;
        query.sortColumn = SchoolQuery::SortColumn::Urn;
        return urnsOf(store.list(query));
    };
    QCOMPARE(search(QStringLiteral("O'Brien")), QList<int>({ 100040 }));
    QCOMPARE(search(QStringLiteral("St Mary's")), QList<int>({ 200070 }));
    QCOMPARE(search(QStringLiteral("'")), QList<int>({ 100040, 200070 }));
    // % and _ are characters here, not wildcards: "500 x" is not a match for "50%_x".
    QCOMPARE(search(QStringLiteral("50%_x")), QList<int>({ 100050 }));
    QCOMPARE(search(QStringLiteral("%")), QList<int>({ 100050 }));
    QCOMPARE(search(QStringLiteral("_")), QList<int>({ 100050 }));
    QCOMPARE(search(QStringLiteral("\\")), QList<int>());
    QCOMPARE(search(QStringLiteral("\"; DROP TABLE schools; --")), QList<int>());
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("schools")), 7);
}

void TestSchoolStore::filterValues()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    addRegister(store);
    QCOMPARE(store.phases(),
             QStringList({ QStringLiteral("Primary"), QStringLiteral("Secondary") }));
    QCOMPARE(store.statuses(),
             QStringList({ QStringLiteral("Closed"), QStringLiteral("Open"),
                           QStringLiteral("Open, but proposed to close"),
                           QStringLiteral("Proposed to open") }));
    const QList<QPair<QString, QString>> las = store.localAuthorities();
    QCOMPARE(las.size(), 4);
    QCOMPARE(las.at(0), qMakePair(QStringLiteral("380"), QStringLiteral("Bradford")));
    QCOMPARE(las.at(1), qMakePair(QStringLiteral("383"), QStringLiteral("Leeds")));
    QCOMPARE(las.at(2), qMakePair(QStringLiteral("381"), QStringLiteral("North Yorkshire")));
    QCOMPARE(las.at(3), qMakePair(QStringLiteral("816"), QStringLiteral("York")));
}

void TestSchoolStore::upsertLinkAddsThenRefreshes()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    SchoolLink l = link(200002, 200001, QStringLiteral("Predecessor"), QDate(2019, 4, 1));
    l.linkedName = QStringLiteral("Old School");
    store.upsertLink(l);
    QVERIFY(l.isStored());
    QVERIFY(!l.uuid.isNull());
    QCOMPARE(l.createdAt, temp.clock().nowUtc());

    QList<SchoolLink> links = store.linksOf(urn(200002));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().id, l.id);
    QCOMPARE(links.first().uuid, l.uuid);
    QCOMPARE(links.first().urn, urn(200002));
    QCOMPARE(links.first().linkedUrn, urn(200001));
    QCOMPARE(links.first().linkType, QStringLiteral("Predecessor"));
    QCOMPARE(links.first().linkedName, QStringLiteral("Old School"));
    QCOMPARE(links.first().establishedOn, QDate(2019, 4, 1));
    QVERIFY(links.first().isPredecessor());

    // The same link again with a new name refreshes it: same record, updated_at moves.
    temp.clock().setNow(kLater);
    SchoolLink again = link(200002, 200001, QStringLiteral("Predecessor"), QDate(2019, 4, 1));
    again.linkedName = QStringLiteral("Old School (renamed)");
    store.upsertLink(again);
    QCOMPARE(again.id, l.id);
    QCOMPARE(again.uuid, l.uuid);
    links = store.linksOf(urn(200002));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().linkedName, QStringLiteral("Old School (renamed)"));
    QCOMPARE(links.first().createdAt, l.createdAt);
    QCOMPARE(links.first().updatedAt, kLater);

    // An identical import changes nothing at all.
    const QString before = test::dumpContents(temp.db());
    temp.clock().setNow(kLater.addDays(1));
    SchoolLink same = again;
    same.uuid = QUuid();
    store.upsertLink(same);
    QCOMPARE(same.uuid, l.uuid);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::upsertLinkRefusesBadLinks()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    SchoolLink self = link(200001, 200001, QStringLiteral("Predecessor"));
    auto error = test::storeErrorFrom([&] { store.upsertLink(self); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("linkedUrn"));

    SchoolLink noUrn;
    noUrn.linkedUrn = urn(200001);
    noUrn.linkType = QStringLiteral("Successor");
    error = test::storeErrorFrom([&] { store.upsertLink(noUrn); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("urn"));

    SchoolLink noType = link(200001, 200002, QStringLiteral("  "));
    error = test::storeErrorFrom([&] { store.upsertLink(noType); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("linkType"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSchoolStore::linksOfBothEnds()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    SchoolLink a = link(300003, 300001, QStringLiteral("Predecessor - merged"), QDate(2020, 9, 1));
    SchoolLink b = link(300001, 300003, QStringLiteral("Successor - merged"), QDate(2020, 9, 1));
    SchoolLink c = link(300004, 300005, QStringLiteral("Predecessor"), QDate(2021, 1, 1));
    store.upsertLink(a);
    store.upsertLink(b);
    store.upsertLink(c);
    const QList<SchoolLink> links = store.linksOf(urn(300001));
    QCOMPARE(links.size(), 2);
    QSet<RecordId> ids = { links.at(0).id, links.at(1).id };
    QCOMPARE(ids, QSet<RecordId>({ a.id, b.id }));
    QVERIFY(store.linksOf(urn(399999)).isEmpty());
}

void TestSchoolStore::historyThroughOneLink()
{
    // An academy conversion: 200002 replaced 200001. GIAS lists it from either end.
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    SchoolLink l = link(200002, 200001, QStringLiteral("Predecessor"));
    store.upsertLink(l);
    QCOMPARE(urnValues(store.historyUrns(urn(200002))), QList<int>({ 200002, 200001 }));
    QCOMPARE(urnValues(store.historyUrns(urn(200001))), QList<int>({ 200001 }));

    test::TempDatabase other;
    SchoolStore fromTheOtherEnd(other.db());
    SchoolLink successor = link(200001, 200002, QStringLiteral("Successor"));
    fromTheOtherEnd.upsertLink(successor);
    QCOMPARE(urnValues(fromTheOtherEnd.historyUrns(urn(200002))), QList<int>({ 200002, 200001 }));
    QCOMPARE(urnValues(fromTheOtherEnd.historyUrns(urn(200001))), QList<int>({ 200001 }));
}

void TestSchoolStore::historyThroughTwoLinks()
{
    // 200001 -> 200002 (converted) -> 200003 (re-brokered): nearest first.
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    SchoolLink first = link(200002, 200001, QStringLiteral("Predecessor"));
    SchoolLink second = link(200002, 200003, QStringLiteral("Successor"));
    store.upsertLink(first);
    store.upsertLink(second);
    QCOMPARE(urnValues(store.historyUrns(urn(200003))), QList<int>({ 200003, 200002, 200001 }));
    QCOMPARE(urnValues(store.historyUrns(urn(200002))), QList<int>({ 200002, 200001 }));
}

void TestSchoolStore::historyOfAMerger()
{
    // 300001 and 300002 merged into 300003; 300002 had itself replaced 300000.
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    SchoolLink a = link(300003, 300001, QStringLiteral("Predecessor - merged"));
    SchoolLink b = link(300002, 300003, QStringLiteral("Successor - amalgamated"));
    SchoolLink c = link(300002, 300000, QStringLiteral("Predecessor"));
    store.upsertLink(a);
    store.upsertLink(b);
    store.upsertLink(c);
    QCOMPARE(urnValues(store.historyUrns(urn(300003))),
             QList<int>({ 300003, 300001, 300002, 300000 }));
    QCOMPARE(urnValues(store.historyUrns(urn(300001))), QList<int>({ 300001 }));
}

void TestSchoolStore::historyIgnoresSuccessorsAndSurvivesCycles()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    // A school's successor's history is not the school's.
    SchoolLink forward = link(400001, 400002, QStringLiteral("Successor"));
    store.upsertLink(forward);
    QCOMPARE(urnValues(store.historyUrns(urn(400001))), QList<int>({ 400001 }));
    // Bad data with a loop still ends, each URN once.
    SchoolLink loopA = link(500001, 500002, QStringLiteral("Predecessor"));
    SchoolLink loopB = link(500002, 500001, QStringLiteral("Predecessor"));
    store.upsertLink(loopA);
    store.upsertLink(loopB);
    QCOMPARE(urnValues(store.historyUrns(urn(500001))), QList<int>({ 500001, 500002 }));
    // A URN with no links at all is its own history.
    QCOMPARE(urnValues(store.historyUrns(urn(999999))), QList<int>({ 999999 }));
}

void TestSchoolStore::aCopyRowEscapesEveryField()
{
    CopyRows rows;
    QCOMPARE(rows.bytes(), QByteArray());
    rows.append(QStringLiteral("plain"));
    rows.append(QStringLiteral("tab\there, line\nend, return\r, back\\slash"));
    rows.append(QString());
    rows.appendNull();
    rows.append(QStringLiteral("\\N"));
    rows.append(-42);
    rows.endRow();
    // COPY's end-of-data mark and a row's own text: neither ends the rows early.
    rows.append(QStringLiteral("\\."));
    rows.append(QStringLiteral("Zoë O’Neill \U0001F600"));
    rows.endRow();
    QCOMPARE(rows.rows(), 2);
    QCOMPARE(rows.bytes(),
             QByteArray("plain\ttab\\there, line\\nend, return\\r, back\\\\slash\t\t\\N\t"
                        "\\\\N\t-42\n"
                        "\\\\.\tZo\xC3\xAB O\xE2\x80\x99Neill \xF0\x9F\x98\x80\n"));

    // A surrogate without its pair, no character, is written as U+FFFD, the replacement
    // character: COPY takes valid UTF-8 only.
    CopyRows odd;
    const char16_t lone[] = { u'a', char16_t(0xD800), u'b' };
    odd.append(QStringView(lone, 3));
    odd.endRow();
    QCOMPARE(odd.bytes(),
             QByteArray("a\xEF\xBF\xBD"
                        "b\n"));
}

void TestSchoolStore::manySchoolsInOneWriteKeepEveryField()
{
    // On a server many schools go in one COPY: whatever their text (quotes, backslashes,
    // tabs, line ends, COPY's marks for no value and for the end of the rows, nothing at all),
    // each is stored as one at a time would be.
    test::TempDatabase temp;
    QList<School> schools;
    const QStringList awkward {
        QStringLiteral("St Mary's \"Old\" School"),
        QStringLiteral("C:\\Schools\\New"),
        QStringLiteral("{braces}, and commas"),
        QStringLiteral("two\r\nlines"),
        QStringLiteral("NULL"),
        QStringLiteral("Zoë O’Neill \U0001F600"),
        QStringLiteral("x'); DROP TABLE schools; --"),
        QStringLiteral("a \\' b \\\\'' c '\\"),
        QStringLiteral("tab\tand\\tescaped"),
        QStringLiteral("\\N"),
        QStringLiteral("\\."),
        QStringLiteral("end\n\\.\nmore"),
        QStringLiteral("\\"),
    };
    for (int i = 0; i < awkward.size(); ++i) {
        School s = fullSchool();
        s.urn = urn(200000 + i);
        s.name = awkward.at(i);
        s.street = awkward.at((i + 1) % awkward.size());
        s.notes = awkward.at((i + 2) % awkward.size());
        s.locality.clear();
        s.closeDate = i % 2 ? QDate() : QDate(2025, 8, 31);
        s.pupils = i % 2 ? -1 : 100 + i;
        schools << s;
    }
    const QList<School> given = schools;
    {
        Transaction transaction(temp.db());
        SchoolWriter writer(temp.db());
        writer.insertMany(schools);
        transaction.commit();
    }
    SchoolStore store(temp.db());
    QCOMPARE(store.count(), awkward.size());
    for (const School &s : given) {
        const auto found = store.findByUrn(s.urn);
        QVERIFY(found);
        compareFields(*found, s);
        QVERIFY(!found->uuid.isNull());
    }
}

void TestSchoolStore::manySchoolsRefusedTogetherLeaveTheConnectionUsable()
{
    // A URN already held refuses the whole write; the error names the kind, not the rows'
    // values (a head teacher's name among them), and the connection goes on as before.
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    School held = fullSchool();
    store.add(held);
    School fresh = fullSchool();
    fresh.urn = urn(400002);
    School again = fullSchool();
    again.headLastName = QStringLiteral("Privatename");
    Transaction transaction(temp.db());
    SchoolWriter writer(temp.db());
    const auto refused = test::storeErrorFrom([&] {
        Transaction statement(temp.db());
        QList<School> both { fresh, again };
        writer.insertMany(both);
        statement.commit();
    });
    QVERIFY2(refused, "a URN held already was written again");
    QCOMPARE(refused->kind(), StoreError::Kind::Duplicate);
    QVERIFY2(!refused->message().contains(QStringLiteral("Privatename")),
             qPrintable(refused->message()));
    QList<School> one { fresh };
    writer.insertMany(one);
    transaction.commit();
    QCOMPARE(store.count(), 2);
    QVERIFY(store.findByUrn(urn(400002)));
}

void TestSchoolStore::aGivenUuidIsStoredAsQtWritesIt()
{
    // The writer makes a uuid's text itself, without QUuid::toString(): every hex digit, each
    // group and both halves of the fourth group must come out as Qt writes them.
    test::TempDatabase temp;
    const QList<QUuid> uuids {
        QUuid(QStringLiteral("{0123abcd-ef45-6789-fedc-ba9876543210}")),
        QUuid(QStringLiteral("{ffffffff-0000-ffff-00ff-f0f0f0f0f0f0}")),
        QUuid(QStringLiteral("{00000000-0000-0000-0000-000000000001}")),
    };
    QList<School> many;
    {
        Transaction transaction(temp.db());
        SchoolWriter writer(temp.db());
        School one = fullSchool();
        one.uuid = uuids.at(0);
        writer.insert(one);
        for (int i = 1; i < uuids.size(); ++i) {
            School s = fullSchool();
            s.urn = urn(300000 + i);
            s.uuid = uuids.at(i);
            many << s;
        }
        writer.insertMany(many);
        transaction.commit();
    }
    SqlQuery stored(temp.db(), QStringLiteral("SELECT uuid FROM schools ORDER BY urn"));
    stored.exec();
    QStringList texts;
    while (stored.next())
        texts << stored.value("uuid").toString();
    QStringList expected;
    for (const QUuid &uuid : uuids)
        expected << uuid.toString(QUuid::WithoutBraces);
    QCOMPARE(texts, expected);
}

QTEST_GUILESS_MAIN(TestSchoolStore)
#include "tst_schoolstore.moc"
