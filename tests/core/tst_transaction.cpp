#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QTest>

using namespace hubreg;

namespace {
QString value(Database &db, const QString &key)
{
    return db.setting(key, QStringLiteral("-"));
}
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void commitKeepsWrites();
    void guardWithoutCommitRollsBack();
    void innerRollbackKeepsOuterWrites();
    void outerRollbackDiscardsCommittedInnerWrites();
    void exceptionInTheMiddleRollsBackEverything();
    void changesAreSignalledOnlyAfterOutermostCommit();
    void nothingIsSignalledAfterRollback();
};

void TestTransaction::commitKeepsWrites()
{
    test::TempDatabase temp;
    {
        Transaction tx(temp.db());
        temp.db().setSetting(QStringLiteral("a"), QStringLiteral("1"));
        tx.commit();
    }
    temp.reopen();
    QCOMPARE(value(temp.db(), QStringLiteral("a")), QStringLiteral("1"));
}

void TestTransaction::guardWithoutCommitRollsBack()
{
    test::TempDatabase temp;
    {
        Transaction tx(temp.db());
        temp.db().setSetting(QStringLiteral("a"), QStringLiteral("1"));
    }
    QCOMPARE(value(temp.db(), QStringLiteral("a")), QStringLiteral("-"));
    QVERIFY(!temp.db().inTransaction());
}

void TestTransaction::innerRollbackKeepsOuterWrites()
{
    test::TempDatabase temp;
    {
        Transaction outer(temp.db());
        temp.db().setSetting(QStringLiteral("outer"), QStringLiteral("1"));
        {
            Transaction inner(temp.db());
            QVERIFY(!inner.isOutermost());
            temp.db().setSetting(QStringLiteral("inner"), QStringLiteral("1"));
            inner.rollback();
        }
        outer.commit();
    }
    QCOMPARE(value(temp.db(), QStringLiteral("outer")), QStringLiteral("1"));
    QCOMPARE(value(temp.db(), QStringLiteral("inner")), QStringLiteral("-"));
}

void TestTransaction::outerRollbackDiscardsCommittedInnerWrites()
{
    test::TempDatabase temp;
    {
        Transaction outer(temp.db());
        {
            Transaction inner(temp.db());
            temp.db().setSetting(QStringLiteral("inner"), QStringLiteral("1"));
            inner.commit();
        }
        QCOMPARE(value(temp.db(), QStringLiteral("inner")), QStringLiteral("1"));
    }
    QCOMPARE(value(temp.db(), QStringLiteral("inner")), QStringLiteral("-"));
}

void TestTransaction::exceptionInTheMiddleRollsBackEverything()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    try {
        Transaction tx(temp.db());
        temp.db().setSetting(QStringLiteral("first"), QStringLiteral("1"));
        {
            Transaction inner(temp.db());
            execSql(temp.db(), QStringLiteral("UPDATE schools SET name = 'Changed'"));
            inner.commit();
        }
        execSql(temp.db(),
                QStringLiteral("INSERT INTO schools (uuid, urn, name, created_at, updated_at) "
                               "VALUES ('u', 12, 'Bad URN', 'x', 'x')")); // CHECK fails
        tx.commit();
        QFAIL("the CHECK constraint did not fire");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
    QVERIFY(!temp.db().inTransaction());
}

void TestTransaction::changesAreSignalledOnlyAfterOutermostCommit()
{
    test::TempDatabase temp;
    int emitted = 0;
    connect(&temp.db(), &Database::changed, this, [&] { ++emitted; });
    Transaction outer(temp.db());
    {
        Transaction inner(temp.db());
        temp.db().setSetting(QStringLiteral("a"), QStringLiteral("1"));
        temp.db().setSetting(QStringLiteral("b"), QStringLiteral("2"));
        inner.commit();
    }
    QCOMPARE(emitted, 0);
    outer.commit();
    QCOMPARE(emitted, 1); // one per kind of record, not per write
}

void TestTransaction::nothingIsSignalledAfterRollback()
{
    test::TempDatabase temp;
    int emitted = 0;
    connect(&temp.db(), &Database::changed, this, [&] { ++emitted; });
    {
        Transaction tx(temp.db());
        temp.db().setSetting(QStringLiteral("a"), QStringLiteral("1"));
    }
    QCOMPARE(emitted, 0);
    {
        Transaction tx(temp.db());
        temp.db().setSetting(QStringLiteral("b"), QStringLiteral("1"));
        tx.commit();
    }
    QCOMPARE(emitted, 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
