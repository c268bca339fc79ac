#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QTest>

using namespace hubreg;

// Reading a result's columns by the names the SELECT gives them, on either backend.
class TestSqlColumns : public QObject
{
    Q_OBJECT

private slots:
    void readsColumnsByName();
    void namesMatchWhateverTheCase();
    void eachRowAndEachRunReadsItsOwnValues();
    void anUnknownNameIsRefused();
    void aNameTwoColumnsShareIsRefused();
};

void TestSqlColumns::readsColumnsByName()
{
    test::TempDatabase temp;
    SqlQuery query(temp.db(),
                   QStringLiteral("SELECT 'first' AS a_text, 42 AS a_number, NULL AS no_value"));
    query.exec();
    QVERIFY(query.next());
    // Read in another order than the SELECT's: the names, not the places, say which.
    QCOMPARE(query.value("a_number").toInt(), 42);
    QCOMPARE(query.value("a_text").toString(), QStringLiteral("first"));
    QVERIFY(query.value("no_value").isNull());
    QCOMPARE(query.value(QStringLiteral("a_number")).toInt(), 42);
    QCOMPARE(query.column("a_text"), 0);
    QCOMPARE(query.column("no_value"), 2);
}

void TestSqlColumns::namesMatchWhateverTheCase()
{
    // PostgreSQL gives unquoted names in lower case, SQLite as written: either is found.
    test::TempDatabase temp;
    SqlQuery query(temp.db(), QStringLiteral("SELECT 7 AS SchoolCount, 8 AS lower_one"));
    query.exec();
    QVERIFY(query.next());
    QCOMPARE(query.record().fieldName(0),
             temp.db().dialect().isPostgres() ? QStringLiteral("schoolcount")
                                              : QStringLiteral("SchoolCount"));
    QCOMPARE(query.value("SchoolCount").toInt(), 7);
    QCOMPARE(query.value("schoolcount").toInt(), 7);
    QCOMPARE(query.value("LOWER_ONE").toInt(), 8);
}

void TestSqlColumns::eachRowAndEachRunReadsItsOwnValues()
{
    // The place of a name is remembered from the first row; the values are each row's own.
    test::TempDatabase temp;
    SqlQuery query(temp.db(),
                   QStringLiteral("SELECT title, code FROM programmes WHERE code IN (:a, :b) "
                                  "ORDER BY code"));
    for (const auto &[first, second] :
         { std::pair { "MN", "TFM-DEV" }, std::pair { "SKTM-P", "TFM-EMB" } }) {
        query.bind(QStringLiteral(":a"), QLatin1String(first))
            .bind(QStringLiteral(":b"), QLatin1String(second))
            .exec();
        QStringList codes;
        while (query.next()) {
            codes << query.value("code").toString();
            QVERIFY(!query.value("title").toString().isEmpty());
        }
        QCOMPARE(codes, (QStringList { QLatin1String(first), QLatin1String(second) }));
    }
}

void TestSqlColumns::anUnknownNameIsRefused()
{
    test::TempDatabase temp;
    SqlQuery query(temp.db(), QStringLiteral("SELECT 1 AS one"));
    query.exec();
    QVERIFY(query.next());
    const auto error = test::storeErrorFrom([&] { query.value("two"); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Internal);
    QVERIFY2(error->message().contains(QLatin1String("no column named two")),
             qPrintable(error->message()));
    // A miss is not remembered as a place.
    QVERIFY(test::storeErrorFrom([&] { query.value("two"); }));
    QCOMPARE(query.value("one").toInt(), 1);
}

void TestSqlColumns::aNameTwoColumnsShareIsRefused()
{
    // Two tables' ids under one name would read whichever came first: refused instead.
    test::TempDatabase temp;
    SqlQuery query(temp.db(), QStringLiteral("SELECT 1 AS id, 2 AS id, 'x' AS code"));
    query.exec();
    QVERIFY(query.next());
    const auto error = test::storeErrorFrom([&] { query.value("id"); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Internal);
    QVERIFY2(error->message().contains(QLatin1String("two columns named id")),
             qPrintable(error->message()));
    QCOMPARE(query.value("code").toString(), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestSqlColumns)
#include "tst_sqlcolumns.moc"
