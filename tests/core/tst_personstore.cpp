#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 2), QTime(16, 45), Qt::UTC);

RecordId addSchool(Database &db, int urn, const QString &name)
{
    School s;
    s.urn = *Urn::fromInt(urn);
    s.name = name;
    SchoolStore(db).add(s);
    return s.id;
}

Person fullPerson(RecordId schoolId)
{
    Person p;
    p.firstName = QStringLiteral("Siobhan");
    p.lastName = QStringLiteral("O'Brien");
    p.email = QStringLiteral("s.obrien@alder.example.sch.uk");
    p.phone = QStringLiteral("07700 900123");
    p.role = QStringLiteral("Maths lead");
    p.schoolId = schoolId;
    p.yearGroup = QStringLiteral("Year 2");
    p.trn = QStringLiteral("1234567");
    p.isWorkGroupLead = true;
    p.isMasterySpecialist = true;
    p.notes = QStringLiteral("Part-time Mon-Wed");
    return p;
}

void compareFields(const Person &a, const Person &e)
{
    QCOMPARE(a.firstName, e.firstName);
    QCOMPARE(a.lastName, e.lastName);
    QCOMPARE(a.email, e.email);
    QCOMPARE(a.phone, e.phone);
    QCOMPARE(a.role, e.role);
    QCOMPARE(a.schoolId, e.schoolId);
    QCOMPARE(a.yearGroup, e.yearGroup);
    QCOMPARE(a.trn, e.trn);
    QCOMPARE(a.isWorkGroupLead, e.isWorkGroupLead);
    QCOMPARE(a.isMasterySpecialist, e.isMasterySpecialist);
    QCOMPARE(a.notes, e.notes);
}

Person named(const QString &first, const QString &last, const QString &email = {},
             RecordId schoolId = 0)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.schoolId = schoolId;
    return p;
}

QStringList namesOf(const QList<Person> &people)
{
    QStringList names;
    for (const Person &p : people)
        names << p.fullName();
    return names;
}
} // namespace

class TestPersonStore : public QObject
{
    Q_OBJECT

private slots:
    void workGroupLeadsAreThePeopleLeadingGroups();
    void addFindRoundTripsEveryField();
    void personWithoutSchool();
    void textIsTrimmed();
    void updateRoundTripsAndMovesUpdatedAt();
    void checkNamesEachBadField();
    void refusesInvalidEmail();
    void refusesInvalidTrn();
    void refusesNoName();
    void refusesMissingSchool();
    void refusesDuplicateEmailIgnoringCase();
    void refusesDuplicateEmailOnUpdate();
    void manyPeopleMayHaveNoEmail();
    void findByEmailIgnoresCase();
    void listOrderFiltersAndPages();
    void searchWithQuotesAndWildcardsIsLiteral();
    void eraseRemovesSomeoneHeldNowhereElse();
    void eraseRefusedForSomeoneInOrLeadingAWorkGroup();
    void eraseOfAMissingPersonIsNotFound();
};

void TestPersonStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    const RecordId school = addSchool(temp.db(), 100001, QStringLiteral("Alder Primary School"));
    PersonStore store(temp.db());
    Person p = fullPerson(school);
    store.add(p);
    QVERIFY(p.isStored());
    QVERIFY(!p.uuid.isNull());
    QCOMPARE(p.createdAt, temp.clock().nowUtc());
    QCOMPARE(p.updatedAt, temp.clock().nowUtc());

    const Person found = *store.find(p.id);
    QCOMPARE(found.id, p.id);
    QCOMPARE(found.uuid, p.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    compareFields(found, fullPerson(school));
    QCOMPARE(found.fullName(), QStringLiteral("Siobhan O'Brien"));
    QCOMPARE(found.sortName(), QStringLiteral("O'Brien, Siobhan"));
    compareFields(store.list().first(), fullPerson(school));
    QVERIFY(!store.find(p.id + 1));
}

void TestPersonStore::personWithoutSchool()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person p = named(QString(), QStringLiteral("Mononym"));
    store.add(p);
    const Person found = *store.find(p.id);
    QCOMPARE(found.schoolId, RecordId(0));
    QCOMPARE(found.firstName, QString());
    QCOMPARE(found.fullName(), QStringLiteral("Mononym"));
    QCOMPARE(found.sortName(), QStringLiteral("Mononym"));
    QCOMPARE(found.isWorkGroupLead, false);
}

void TestPersonStore::textIsTrimmed()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person p = named(QStringLiteral(" Ann "), QStringLiteral(" Ash "),
                     QStringLiteral("  ann@example.org "));
    p.trn = QStringLiteral(" 7654321 ");
    p.role = QStringLiteral(" Teacher ");
    store.add(p);
    const Person found = *store.find(p.id);
    QCOMPARE(found.firstName, QStringLiteral("Ann"));
    QCOMPARE(found.lastName, QStringLiteral("Ash"));
    QCOMPARE(found.email, QStringLiteral("ann@example.org"));
    QCOMPARE(found.trn, QStringLiteral("7654321"));
    QCOMPARE(found.role, QStringLiteral("Teacher"));
}

void TestPersonStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    const RecordId alder = addSchool(temp.db(), 100001, QStringLiteral("Alder Primary School"));
    const RecordId birch = addSchool(temp.db(), 100002, QStringLiteral("Birch Primary School"));
    PersonStore store(temp.db());
    Person p = fullPerson(alder);
    store.add(p);
    const QDateTime created = p.createdAt;

    temp.clock().setNow(kLater);
    Person changed = p;
    changed.firstName = QStringLiteral("Shona");
    changed.lastName = QStringLiteral("Brien-Smith");
    changed.email = QStringLiteral("shona@birch.example.sch.uk");
    changed.phone = QString();
    changed.role = QStringLiteral("Year 1 teacher");
    changed.schoolId = birch;
    changed.yearGroup = QStringLiteral("Year 1");
    changed.trn = QString();
    changed.isWorkGroupLead = false;
    changed.isMasterySpecialist = false;
    changed.notes = QString();
    store.update(changed);
    QCOMPARE(changed.updatedAt, kLater);

    const Person found = *store.find(p.id);
    compareFields(found, changed);
    QCOMPARE(found.uuid, p.uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);

    changed.schoolId = 0; // leaving a school is allowed
    store.update(changed);
    QCOMPARE(store.find(p.id)->schoolId, RecordId(0));
}

void TestPersonStore::checkNamesEachBadField()
{
    Person p;
    p.email = QStringLiteral("not an email");
    p.trn = QStringLiteral("12345");
    const FieldErrors errors = PersonStore::check(p);
    QStringList fields;
    for (const FieldError &e : errors) {
        fields << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(fields,
             QStringList(
                 { QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("trn") }));
    QVERIFY(PersonStore::check(fullPerson(0)).isEmpty());
}

void TestPersonStore::refusesInvalidEmail()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Person p = named(QStringLiteral("Ann"), QStringLiteral("Ash"), QStringLiteral("ann@example"));
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("email"));
    QVERIFY(error->record().contains(QLatin1String("Ann Ash")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestPersonStore::refusesInvalidTrn()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person p = named(QStringLiteral("Ann"), QStringLiteral("Ash"));
    store.add(p);
    const QString before = test::dumpContents(temp.db());
    for (const char *trn : { "123456", "12345678", "12345a7" }) {
        Person bad = named(QStringLiteral("Tom"), QStringLiteral("Trn"));
        bad.trn = QString::fromUtf8(trn);
        auto error = test::storeErrorFrom([&] { store.add(bad); });
        QVERIFY2(error, trn);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("trn"));
        p.trn = QString::fromUtf8(trn);
        error = test::storeErrorFrom([&] { store.update(p); });
        QVERIFY2(error, trn);
        QCOMPARE(error->field(), QStringLiteral("trn"));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestPersonStore::refusesNoName()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person p = named(QStringLiteral("  "), QString(), QStringLiteral("x@example.org"));
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("lastName"));
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("people")), 0);
}

void TestPersonStore::refusesMissingSchool()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Person p = fullPerson(4242);
    const auto error = test::storeErrorFrom([&] { store.add(p); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("school")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestPersonStore::refusesDuplicateEmailIgnoringCase()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person first = named(QStringLiteral("Ann"), QStringLiteral("Ash"),
                         QStringLiteral("ann.ash@example.org"));
    store.add(first);
    const QString before = test::dumpContents(temp.db());
    Person second = named(QStringLiteral("Anne"), QStringLiteral("Ashe"),
                          QStringLiteral(" Ann.ASH@Example.org "));
    const auto error = test::storeErrorFrom([&] { store.add(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("email"));
    // Says who already has the address.
    QVERIFY2(error->message().contains(QLatin1String("Ann Ash")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("Ann.ASH@Example.org")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestPersonStore::refusesDuplicateEmailOnUpdate()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person first = named(QStringLiteral("Ann"), QStringLiteral("Ash"),
                         QStringLiteral("ann.ash@example.org"));
    Person second
        = named(QStringLiteral("Ben"), QStringLiteral("Beech"), QStringLiteral("ben@example.org"));
    store.add(first);
    store.add(second);
    const QString before = test::dumpContents(temp.db());
    second.email = QStringLiteral("ANN.ASH@EXAMPLE.ORG");
    const auto error = test::storeErrorFrom([&] { store.update(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("email"));
    QCOMPARE(test::dumpContents(temp.db()), before);
    // Changing the case of one's own address is not a clash.
    first.email = QStringLiteral("Ann.Ash@Example.org");
    store.update(first);
    QCOMPARE(store.find(first.id)->email, QStringLiteral("Ann.Ash@Example.org"));
}

void TestPersonStore::manyPeopleMayHaveNoEmail()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person a = named(QStringLiteral("Ann"), QStringLiteral("Ash"));
    Person b = named(QStringLiteral("Ben"), QStringLiteral("Beech"));
    store.add(a);
    store.add(b);
    QCOMPARE(store.count(), 2);
    QVERIFY(!store.findByEmail(QString()));
}

void TestPersonStore::findByEmailIgnoresCase()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    Person a
        = named(QStringLiteral("Ann"), QStringLiteral("Ash"), QStringLiteral("ann@example.org"));
    store.add(a);
    QCOMPARE(store.findByEmail(QStringLiteral(" ANN@example.ORG "))->id, a.id);
    QVERIFY(!store.findByEmail(QStringLiteral("ann@example.com")));
}

void TestPersonStore::listOrderFiltersAndPages()
{
    test::TempDatabase temp;
    const RecordId alder = addSchool(temp.db(), 100001, QStringLiteral("Alder Primary School"));
    const RecordId birch = addSchool(temp.db(), 100002, QStringLiteral("Birch Primary School"));
    PersonStore store(temp.db());
    QList<Person> people = {
        named(QStringLiteral("Zoe"), QStringLiteral("ash"), QStringLiteral("zoe@alder.org"), alder),
        named(QStringLiteral("Ann"), QStringLiteral("Ash"), QStringLiteral("ann@alder.org"), alder),
        named(QStringLiteral("Ben"), QStringLiteral("Beech"), QStringLiteral("ben@birch.org"),
              birch),
        named(QStringLiteral("Cat"), QStringLiteral("Cedar"), QStringLiteral("cat@hub.org")),
    };
    people[3].isWorkGroupLead = true;
    for (Person &p : people)
        store.add(p);

    // By last name, then first name, ignoring case.
    QCOMPARE(namesOf(store.list()),
             QStringList({ QStringLiteral("Ann Ash"), QStringLiteral("Zoe ash"),
                           QStringLiteral("Ben Beech"), QStringLiteral("Cat Cedar") }));
    PersonQuery query;
    query.schoolId = alder;
    QCOMPARE(namesOf(store.list(query)),
             QStringList({ QStringLiteral("Ann Ash"), QStringLiteral("Zoe ash") }));
    QCOMPARE(store.count(query), 2);

    query = {};
    query.leadsOnly = true;
    QCOMPARE(namesOf(store.list(query)), QStringList(QStringLiteral("Cat Cedar")));

    query = {};
    query.text = QStringLiteral("ann ash"); // first last
    QCOMPARE(namesOf(store.list(query)), QStringList(QStringLiteral("Ann Ash")));
    query.text = QStringLiteral("Ash, Zo"); // last, first
    QCOMPARE(namesOf(store.list(query)), QStringList(QStringLiteral("Zoe ash")));
    query.text = QStringLiteral("@birch"); // email
    QCOMPARE(namesOf(store.list(query)), QStringList(QStringLiteral("Ben Beech")));
    query.text = QStringLiteral("alder");
    query.schoolId = birch; // conditions combine
    QVERIFY(store.list(query).isEmpty());
    QCOMPARE(store.count(query), 0);

    query = {};
    query.limit = 2;
    query.offset = 1;
    QCOMPARE(namesOf(store.list(query)),
             QStringList({ QStringLiteral("Zoe ash"), QStringLiteral("Ben Beech") }));
    QCOMPARE(store.count(query), 4);

    // Sorted in SQL by any column, either way, then by name.
    using Sort = PersonQuery::SortColumn;
    query = {};
    query.sortColumn = Sort::Email;
    QCOMPARE(namesOf(store.list(query)),
             QStringList({ QStringLiteral("Ann Ash"), QStringLiteral("Ben Beech"),
                           QStringLiteral("Cat Cedar"), QStringLiteral("Zoe ash") }));
    query.descending = true;
    QCOMPARE(namesOf(store.list(query)),
             QStringList({ QStringLiteral("Zoe ash"), QStringLiteral("Cat Cedar"),
                           QStringLiteral("Ben Beech"), QStringLiteral("Ann Ash") }));
    query = {};
    query.sortColumn = Sort::School; // no school first, then Alder, then Birch
    QCOMPARE(namesOf(store.list(query)),
             QStringList({ QStringLiteral("Cat Cedar"), QStringLiteral("Ann Ash"),
                           QStringLiteral("Zoe ash"), QStringLiteral("Ben Beech") }));
    query.sortColumn = Sort::Lead;
    query.descending = true;
    QCOMPARE(namesOf(store.list(query)).first(), QStringLiteral("Cat Cedar"));
    // Pages of a sorted list join up into the whole list.
    query = {};
    query.sortColumn = Sort::Email;
    query.descending = true;
    const QStringList whole = namesOf(store.list(query));
    QStringList paged;
    for (query.offset = 0, query.limit = 3; query.offset < 4; query.offset += 3)
        paged += namesOf(store.list(query));
    QCOMPARE(paged, whole);
}

void TestPersonStore::searchWithQuotesAndWildcardsIsLiteral()
{
    test::TempDatabase temp;
    PersonStore store(temp.db());
    QList<Person> people = {
        named(QStringLiteral("Sean"), QStringLiteral("O'Brien"),
              QStringLiteral("sean@example.org")),
        named(QStringLiteral("Sean"), QStringLiteral("OBrien"),
              QStringLiteral("sean2@example.org")),
        named(QStringLiteral("Percy"), QStringLiteral("Cent"), QStringLiteral("50%_x@example.org")),
        named(QStringLiteral("Paul"), QStringLiteral("Fifty"), QStringLiteral("500x@example.org")),
        named(QStringLiteral("Una"), QStringLiteral("Score"), QStringLiteral("una_s@example.org")),
    };
    for (Person &p : people)
        store.add(p);
    auto search = [&](const QString &text) {
        PersonQuery query;
        query.text = text;
        return namesOf(store.list(query));
    };
    QCOMPARE(search(QStringLiteral("O'Brien")), QStringList(QStringLiteral("Sean O'Brien")));
    QCOMPARE(search(QStringLiteral("'")), QStringList(QStringLiteral("Sean O'Brien")));
    QCOMPARE(search(QStringLiteral("50%_x")), QStringList(QStringLiteral("Percy Cent")));
    QCOMPARE(search(QStringLiteral("%")), QStringList(QStringLiteral("Percy Cent")));
    QCOMPARE(search(QStringLiteral("_")),
             QStringList({ QStringLiteral("Percy Cent"), QStringLiteral("Una Score") }));
    QCOMPARE(search(QStringLiteral("\\")), QStringList());
    PersonQuery literal;
    literal.text = QStringLiteral("50%_x");
    QCOMPARE(store.count(literal), 1);
}

void TestPersonStore::eraseRemovesSomeoneHeldNowhereElse()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    PersonStore store(temp.db());
    Person loose = named(QStringLiteral("Lou"), QStringLiteral("Loose"),
                         QStringLiteral("lou.loose@example.org"));
    loose.notes = QStringLiteral("Lou's note");
    store.add(loose);

    store.erase(loose.id);

    QVERIFY(!store.find(loose.id));
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("person"), loose.uuid));
    // Nothing held anywhere still says who they were: not the tombstones, not any other table.
    const QString everything = test::dumpContents(temp.db());
    for (const QString &personal : { QStringLiteral("Loose"), loose.email, loose.notes })
        QVERIFY2(!everything.contains(personal), qPrintable(personal));
    QVERIFY(everything.contains(QLatin1String("Beech")));
    // Tombstones hold the kind of record, its uuid and when it went: three columns.
    for (const QString &row : test::tombstoneRows(temp.db()))
        QCOMPARE(row.count(QLatin1Char('|')), 2);
}

void TestPersonStore::eraseRefusedForSomeoneInOrLeadingAWorkGroup()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    Person lead = named(QStringLiteral("Lee"), QStringLiteral("Lead"),
                        QStringLiteral("lee@hub.example.org"));
    lead.isWorkGroupLead = true;
    PersonStore store(temp.db());
    store.add(lead);
    WorkGroupStore groups(temp.db());
    WorkGroup wg = *groups.find(w.workGroupId);
    wg.leadPersonId = lead.id;
    groups.update(wg);

    const QString before = test::dumpContents(temp.db());
    for (RecordId id : { lead.id, w.personA1 }) {
        const auto error = test::storeErrorFrom([&] { store.erase(id); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::InUse);
        QVERIFY2(error->message().contains(QLatin1String("TEST-01")), qPrintable(error->message()));
        QVERIFY(error->message().contains(QLatin1String("anonymously")));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);

    // Once the group has another Lead, the record can go.
    wg.leadPersonId = 0;
    groups.update(wg);
    store.erase(lead.id);
    QVERIFY(!store.find(lead.id));
}

void TestPersonStore::eraseOfAMissingPersonIsNotFound()
{
    test::TempDatabase temp;
    const auto error = test::storeErrorFrom([&] { PersonStore(temp.db()).erase(77); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestPersonStore::workGroupLeadsAreThePeopleLeadingGroups()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    PersonStore people(temp.db());
    QVERIFY(people.workGroupLeads().isEmpty());
    Person flagged = *people.find(w.personB1);
    flagged.isWorkGroupLead = true; // flagged, but leads nothing yet
    people.update(flagged);
    QVERIFY(people.workGroupLeads().isEmpty());
    WorkGroupStore groups(temp.db());
    WorkGroup wg = *groups.find(w.workGroupId);
    wg.leadPersonId = w.personA2;
    groups.update(wg);
    const QList<Person> leads = people.workGroupLeads();
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.first().id, w.personA2);
}

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
