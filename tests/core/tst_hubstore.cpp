#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/HubStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 2), QTime(14, 30, 15, 250), Qt::UTC);

Hub fullHub()
{
    Hub hub;
    hub.name = QStringLiteral("Yorkshire and the Humber Maths Hub");
    hub.contactName = QStringLiteral("Hana Hubley");
    hub.contactEmail = QStringLiteral("office@yhmathshub.example.org");
    hub.phone = QStringLiteral("0113 496 0000");
    hub.website = QStringLiteral("https://yhmathshub.example.org");
    return hub;
}
} // namespace

class TestHubStore : public QObject
{
    Q_OBJECT

private slots:
    void addFindRoundTripsEveryField();
    void updateRoundTripsAndMovesUpdatedAt();
    void listIsByName();
    void nameIsTrimmed();
    void refusesMissingName();
    void refusesInvalidContactEmail();
    void refusesDuplicateNameIgnoringCase();
    void refusesDuplicateNameOnUpdate();
    void updateOfARemovedHubIsNotFound();
    void removeLeavesTombstone();
    void removeRefusedWhileWorkGroupsBelong();
    void primaryCreatesOnceThenReturnsTheSameHub();
    void localAuthoritiesRoundTrip();
    void localAuthoritiesOfAMissingHub();
    void allLocalAuthoritiesAreEveryHubsOnce();
};

void TestHubStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    store.add(hub);
    QVERIFY(hub.isStored());
    QVERIFY(!hub.uuid.isNull());
    QCOMPARE(hub.createdAt, temp.clock().nowUtc());
    QCOMPARE(hub.updatedAt, temp.clock().nowUtc());

    const auto found = store.find(hub.id);
    QVERIFY(found);
    const Hub expected = fullHub();
    QCOMPARE(found->id, hub.id);
    QCOMPARE(found->uuid, hub.uuid);
    QCOMPARE(found->createdAt, temp.clock().nowUtc());
    QCOMPARE(found->updatedAt, temp.clock().nowUtc());
    QCOMPARE(found->name, expected.name);
    QCOMPARE(found->contactName, expected.contactName);
    QCOMPARE(found->contactEmail, expected.contactEmail);
    QCOMPARE(found->phone, expected.phone);
    QCOMPARE(found->website, expected.website);
    QVERIFY(!store.find(hub.id + 1));
}

void TestHubStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    store.add(hub);
    const QDateTime created = hub.createdAt;
    const QUuid uuid = hub.uuid;

    temp.clock().setNow(kLater);
    hub.name = QStringLiteral("Venn Essex Maths Hub");
    hub.contactName = QStringLiteral("Ed Essex");
    hub.contactEmail = QStringLiteral("hello@venn.example.org");
    hub.phone = QStringLiteral("01206 000000");
    hub.website = QStringLiteral("https://venn.example.org");
    store.update(hub);
    QCOMPARE(hub.updatedAt, kLater);

    const Hub found = *store.find(hub.id);
    QCOMPARE(found.uuid, uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);
    QCOMPARE(found.name, QStringLiteral("Venn Essex Maths Hub"));
    QCOMPARE(found.contactName, QStringLiteral("Ed Essex"));
    QCOMPARE(found.contactEmail, QStringLiteral("hello@venn.example.org"));
    QCOMPARE(found.phone, QStringLiteral("01206 000000"));
    QCOMPARE(found.website, QStringLiteral("https://venn.example.org"));
}

void TestHubStore::listIsByName()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    for (const char *name :
         { "Venn Essex Maths Hub", "central Maths Hub", "Yorkshire Maths Hub" }) {
        Hub hub;
        hub.name = QString::fromUtf8(name);
        store.add(hub);
    }
    QStringList names;
    for (const Hub &hub : store.list())
        names << hub.name;
    QCOMPARE(
        names,
        QStringList({ QStringLiteral("central Maths Hub"), QStringLiteral("Venn Essex Maths Hub"),
                      QStringLiteral("Yorkshire Maths Hub") }));
}

void TestHubStore::nameIsTrimmed()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub;
    hub.name = QStringLiteral("  Spaced Maths Hub  ");
    hub.contactEmail = QStringLiteral(" a@example.org ");
    store.add(hub);
    QCOMPARE(store.find(hub.id)->name, QStringLiteral("Spaced Maths Hub"));
    QCOMPARE(store.find(hub.id)->contactEmail, QStringLiteral("a@example.org"));
}

void TestHubStore::refusesMissingName()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Hub hub;
    hub.name = QStringLiteral("   ");
    const auto error = test::storeErrorFrom([&] { store.add(hub); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("name"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubStore::refusesInvalidContactEmail()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    hub.contactEmail = QStringLiteral("office at hub");
    const auto error = test::storeErrorFrom([&] { store.add(hub); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("contactEmail"));
    QVERIFY(error->message().contains(QLatin1String("office at hub")));
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("hubs")), 0);
}

void TestHubStore::refusesDuplicateNameIgnoringCase()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub first = fullHub();
    store.add(first);
    const QString before = test::dumpContents(temp.db());
    Hub second;
    second.name = first.name.toUpper();
    const auto error = test::storeErrorFrom([&] { store.add(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("name"));
    QVERIFY(error->message().contains(second.name));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubStore::refusesDuplicateNameOnUpdate()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub first = fullHub();
    store.add(first);
    Hub second;
    second.name = QStringLiteral("Second Maths Hub");
    store.add(second);
    const QString before = test::dumpContents(temp.db());

    second.name = QStringLiteral("yorkshire AND the humber maths hub");
    const auto error = test::storeErrorFrom([&] { store.update(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("name"));
    QVERIFY2(error->message().contains(second.name), qPrintable(error->message()));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubStore::updateOfARemovedHubIsNotFound()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    store.add(hub);
    store.remove(hub.id);
    const auto error = test::storeErrorFrom([&] { store.update(hub); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    const auto again = test::storeErrorFrom([&] { store.remove(hub.id); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
}

void TestHubStore::removeLeavesTombstone()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    store.add(hub);
    store.setLocalAuthorities(hub.id, { QStringLiteral("383") });
    store.remove(hub.id);
    QVERIFY(!store.find(hub.id));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("hub")),
             QStringList(hub.uuid.toString(QUuid::WithoutBraces)));
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("hub_local_authorities")), 0);
    // The tombstone holds the uuid only: nothing of the hub's details.
    const QString tombstones = test::tombstoneRows(temp.db()).join(QLatin1Char('\n'));
    QVERIFY(!tombstones.contains(QLatin1String("Hubley")));
    QVERIFY(!tombstones.contains(QLatin1String("office@")));
}

void TestHubStore::removeRefusedWhileWorkGroupsBelong()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { HubStore(temp.db()).remove(w.hubId); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubStore::primaryCreatesOnceThenReturnsTheSameHub()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    const Hub first = store.primary(QStringLiteral("North Maths Hub"));
    QVERIFY(first.isStored());
    QCOMPARE(first.name, QStringLiteral("North Maths Hub"));
    const Hub again = store.primary(QStringLiteral("Another name"));
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.uuid, first.uuid);
    QCOMPARE(store.list().size(), 1);
}

void TestHubStore::localAuthoritiesRoundTrip()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    Hub hub = fullHub();
    store.add(hub);
    temp.clock().setNow(kLater);
    store.setLocalAuthorities(
        hub.id,
        { QStringLiteral("383"), QStringLiteral(" 380 "), QString(), QStringLiteral("383") });
    QCOMPARE(store.localAuthorities(hub.id),
             QStringList({ QStringLiteral("380"), QStringLiteral("383") }));
    QCOMPARE(store.find(hub.id)->updatedAt, kLater);
    store.setLocalAuthorities(hub.id, { QStringLiteral("881") });
    QCOMPARE(store.localAuthorities(hub.id), QStringList(QStringLiteral("881")));
    store.setLocalAuthorities(hub.id, {});
    QVERIFY(store.localAuthorities(hub.id).isEmpty());
}

void TestHubStore::localAuthoritiesOfAMissingHub()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    const auto error
        = test::storeErrorFrom([&] { store.setLocalAuthorities(42, { QStringLiteral("383") }); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHubStore::allLocalAuthoritiesAreEveryHubsOnce()
{
    test::TempDatabase temp;
    HubStore store(temp.db());
    QVERIFY(store.allLocalAuthorities().isEmpty());
    Hub north = fullHub();
    store.add(north);
    Hub south;
    south.name = QStringLiteral("Another Maths Hub");
    store.add(south);
    store.setLocalAuthorities(north.id, { QStringLiteral("383"), QStringLiteral("380") });
    store.setLocalAuthorities(south.id, { QStringLiteral("381"), QStringLiteral("383") });
    QCOMPARE(store.allLocalAuthorities(),
             QStringList({ QStringLiteral("380"), QStringLiteral("381"), QStringLiteral("383") }));
    store.remove(south.id);
    QCOMPARE(store.allLocalAuthorities(),
             QStringList({ QStringLiteral("380"), QStringLiteral("383") }));
}

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
