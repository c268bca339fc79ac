#include "TestSupport.h"
#include "database/LargeCache.h"
#include "database/SqlQuery.h"

#include <QTest>

using namespace hubreg;

class TestLargeCache : public QObject
{
    Q_OBJECT

private slots:
    void growsForItsScopeOnly();
};

void TestLargeCache::growsForItsScopeOnly()
{
    test::TempDatabase temp;
    auto cacheSize
        = [&] { return SqlQuery(temp.db(), QStringLiteral("PRAGMA cache_size")).scalar().toInt(); };
    const int before = cacheSize();
    {
        const LargeCache cache(temp.db(), 48);
        QCOMPARE(cacheSize(), -48 * 1024);
    }
    QCOMPARE(cacheSize(), before);
}

QTEST_GUILESS_MAIN(TestLargeCache)
#include "tst_largecache.moc"
