#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlQuery.h"
#include "privacy/Mentions.h"

#include <QTest>

#include <algorithm>

using namespace hubreg;

namespace {
QStringList tables(Database &db)
{
    SqlQuery query(db, db.dialect().tablesSql());
    query.exec();
    QStringList names;
    while (query.next())
        names << query.value(QStringLiteral("name")).toString();
    return names;
}

struct Column
{
    QString name;
    QString type;
    int pk;
};

QList<Column> columns(Database &db, const QString &table)
{
    SqlQuery query(db, db.dialect().columnsSql());
    query.bind(QStringLiteral(":table"), table).exec();
    QList<Column> found;
    while (query.next())
        found << Column { query.value(QStringLiteral("name")).toString(),
                          query.value(QStringLiteral("type")).toString().toUpper(),
                          query.value(QStringLiteral("pk")).toInt() };
    return found;
}
} // namespace

// The catalogue queries the dialect gives, on the file: what code that looks at every table
// (the search for a person's name in free text) reads instead of SQLite's own catalogue.
class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void tablesAreOursInNameOrder();
    void columnsComeInOrderWithTheirKeyPlaces();
    void aTableNotThereHasNoColumns();
    void textsAreFoundAgainByPrimaryKey();
    void aKeylessTableOfTextIsRefusedNotPassedOver();
};

void TestSqlDialect::tablesAreOursInNameOrder()
{
    test::TempDatabase temp;
    // ANALYZE adds SQLite's own statistics tables, which are not ours.
    execSql(temp.db(), QStringLiteral("ANALYZE"));
    const QStringList names = tables(temp.db());
    QVERIFY(names.contains(QStringLiteral("hubs")));
    QVERIFY(names.contains(QStringLiteral("tombstones")));
    QVERIFY(names.contains(QStringLiteral("work_group_participants")));
    QVERIFY2(std::none_of(names.cbegin(), names.cend(),
                          [](const QString &n) { return n.startsWith(QLatin1String("sqlite_")); }),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
}

void TestSqlDialect::columnsComeInOrderWithTheirKeyPlaces()
{
    test::TempDatabase temp;
    const QList<Column> tombstones = columns(temp.db(), QStringLiteral("tombstones"));
    QCOMPARE(tombstones.size(), 3);
    QCOMPARE(tombstones.at(0).name, QStringLiteral("entity"));
    QCOMPARE(tombstones.at(0).pk, 1);
    QCOMPARE(tombstones.at(1).name, QStringLiteral("uuid"));
    QCOMPARE(tombstones.at(1).pk, 2);
    QCOMPARE(tombstones.at(2).name, QStringLiteral("deleted_at"));
    QCOMPARE(tombstones.at(2).pk, 0);
    QCOMPARE(tombstones.at(2).type, QStringLiteral("TEXT"));

    const QList<Column> hubs = columns(temp.db(), QStringLiteral("hubs"));
    QVERIFY(hubs.size() > 5);
    QCOMPARE(hubs.first().name, QStringLiteral("id"));
    QCOMPARE(hubs.first().pk, 1);
    QVERIFY(hubs.first().type.contains(QLatin1String("INT")));
    QVERIFY(std::all_of(hubs.cbegin() + 1, hubs.cend(), [](const Column &c) { return c.pk == 0; }));
}

void TestSqlDialect::aTableNotThereHasNoColumns()
{
    test::TempDatabase temp;
    QVERIFY(columns(temp.db(), QStringLiteral("no_such_table")).isEmpty());
    // A name that would be SQL if pasted in is only ever a value.
    QVERIFY(columns(temp.db(), QStringLiteral("hubs') UNION SELECT 1, 2, 3 --")).isEmpty());
}

void TestSqlDialect::textsAreFoundAgainByPrimaryKey()
{
    test::TempDatabase temp;
    const QList<TextColumn> found = Mentions::textColumns(temp.db());
    QVERIFY(!found.isEmpty());
    bool sawPeople = false;
    bool sawSettings = false;
    for (const TextColumn &column : found) {
        QVERIFY2(!column.key.contains(QStringLiteral("rowid")), qPrintable(column.table));
        QVERIFY2(!column.key.isEmpty(), qPrintable(column.table));
        if (column.table == QLatin1String("people")) {
            sawPeople = true;
            QCOMPARE(column.key, QStringList { QStringLiteral("id") });
        }
        if (column.table == QLatin1String("settings")) {
            sawSettings = true;
            QCOMPARE(column.key, QStringList { QStringLiteral("key") });
        }
    }
    QVERIFY(sawPeople);
    QVERIFY(sawSettings);
}

void TestSqlDialect::aKeylessTableOfTextIsRefusedNotPassedOver()
{
    test::TempDatabase temp;
    // Numbers alone name nobody: a table of them needs no key.
    execSql(temp.db(), QStringLiteral("CREATE TABLE counters (n INTEGER)"));
    QVERIFY(!Mentions::textColumns(temp.db()).isEmpty());
    execSql(temp.db(), QStringLiteral("CREATE TABLE scratch (remark TEXT)"));
    try {
        Mentions::textColumns(temp.db());
        QFAIL("a table of text without a key was passed over");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QVERIFY(error.message().contains(QLatin1String("scratch")));
    }
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
