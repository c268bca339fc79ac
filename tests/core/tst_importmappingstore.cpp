#include "TestSupport.h"
#include "database/StoreError.h"
#include "records/ImportMappingStore.h"

#include <QTest>

using namespace hubreg;

class TestImportMappingStore : public QObject
{
    Q_OBJECT

private slots:
    void savesAndFindsByName();
    void findsByHeaderInAnyOrder();
    void savingAgainReplaces();
    void refusesEmptyMappings();
};

void TestImportMappingStore::savesAndFindsByName()
{
    test::TempDatabase temp;
    ImportMappingStore store(temp.db());
    ImportMapping mapping;
    mapping.kind = QStringLiteral("participants");
    mapping.name = QStringLiteral("Application form 2024");
    mapping.columns = { { QStringLiteral("email"), QStringLiteral("E-mail address") },
                        { QStringLiteral("schoolUrn"), QStringLiteral("School URN") } };
    store.save(mapping);
    QVERIFY(mapping.isStored());

    const auto found
        = store.findByName(QStringLiteral("participants"), QStringLiteral("application FORM 2024"));
    QVERIFY(found);
    QCOMPARE(found->columns, mapping.columns);
    QVERIFY(!store.findByName(QStringLiteral("gias"), QStringLiteral("Application form 2024")));
}

void TestImportMappingStore::findsByHeaderInAnyOrder()
{
    test::TempDatabase temp;
    ImportMappingStore store(temp.db());
    ImportMapping mapping;
    mapping.kind = QStringLiteral("participants");
    mapping.name = QStringLiteral("Form");
    mapping.headerKey
        = ImportMappingStore::headerKey({ QStringLiteral("Surname"), QStringLiteral("E-mail") });
    mapping.columns = { { QStringLiteral("lastName"), QStringLiteral("Surname") } };
    store.save(mapping);

    const auto found = store.findByHeader(
        QStringLiteral("participants"), { QStringLiteral(" e-mail "), QStringLiteral("SURNAME") });
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Form"));
    QVERIFY(!store.findByHeader(QStringLiteral("participants"), { QStringLiteral("Surname") }));
}

void TestImportMappingStore::savingAgainReplaces()
{
    test::TempDatabase temp;
    ImportMappingStore store(temp.db());
    ImportMapping first;
    first.kind = QStringLiteral("participants");
    first.name = QStringLiteral("Form");
    first.columns = { { QStringLiteral("email"), QStringLiteral("Email") } };
    store.save(first);
    ImportMapping second = first;
    second.id = 0;
    second.uuid = {};
    second.columns = { { QStringLiteral("email"), QStringLiteral("Work email") } };
    store.save(second);
    QCOMPARE(second.id, first.id);
    QCOMPARE(store.list(QStringLiteral("participants")).size(), 1);
    QCOMPARE(
        store.list(QStringLiteral("participants")).first().columns.value(QStringLiteral("email")),
        QStringLiteral("Work email"));
    store.remove(first.id);
    QVERIFY(store.list(QStringLiteral("participants")).isEmpty());
}

void TestImportMappingStore::refusesEmptyMappings()
{
    test::TempDatabase temp;
    ImportMappingStore store(temp.db());
    ImportMapping mapping;
    mapping.kind = QStringLiteral("participants");
    mapping.name = QStringLiteral("Nothing");
    QVERIFY_THROWS_EXCEPTION(StoreError, store.save(mapping));
    mapping.name = QStringLiteral(" ");
    mapping.columns = { { QStringLiteral("email"), QStringLiteral("Email") } };
    QVERIFY_THROWS_EXCEPTION(StoreError, store.save(mapping));
}

QTEST_GUILESS_MAIN(TestImportMappingStore)
#include "tst_importmappingstore.moc"
