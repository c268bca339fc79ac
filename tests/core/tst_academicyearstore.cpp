#include "FailingWrites.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/AcademicYearStore.h"

#include <QTest>

using namespace hubreg;

class TestAcademicYearStore : public QObject
{
    Q_OBJECT

private slots:
    void ensureCreatesTheYearWithItsHalfTerms();
    void ensureIsIdempotent();
    void ensureRefusesABadLabel();
    void ensureRollsBackWhenAHalfTermFails();
    void findByLabelAndList();
    void updateHalfTermRoundTripsAndMovesUpdatedAt();
    void updateHalfTermRefusesEndBeforeStart();
    void updateHalfTermRefusesDatesOutsideTheYear();
    void updateHalfTermRefusesMissingDates();
    void removeLeavesTombstonesForYearAndHalfTerms();
    void removeRefusedWhileWorkGroupsBelong();
};

void TestAcademicYearStore::ensureCreatesTheYearWithItsHalfTerms()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    QVERIFY(year.isStored());
    QVERIFY(!year.uuid.isNull());
    QCOMPARE(year.createdAt, temp.clock().nowUtc());
    QCOMPARE(year.updatedAt, temp.clock().nowUtc());
    QCOMPARE(year.label, QStringLiteral("2024/25"));

    const AcademicYear found = *store.find(year.id);
    QCOMPARE(found.uuid, year.uuid);
    QCOMPARE(found.label, QStringLiteral("2024/25"));
    QCOMPARE(found.startDate, QDate(2024, 9, 1));
    QCOMPARE(found.endDate, QDate(2025, 8, 31));
    QCOMPARE(found.createdAt, temp.clock().nowUtc());

    const QList<HalfTerm> stored = store.halfTerms(year.id);
    const QList<HalfTerm> defaults = AcademicYearStore::defaultHalfTerms(QStringLiteral("2024/25"));
    QCOMPARE(stored.size(), 6);
    QSet<QUuid> uuids;
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(stored.at(i).academicYearId, year.id);
        QCOMPARE(stored.at(i).term, i + 1);
        QCOMPARE(stored.at(i).startDate, defaults.at(i).startDate);
        QCOMPARE(stored.at(i).endDate, defaults.at(i).endDate);
        QVERIFY(!stored.at(i).uuid.isNull());
        uuids.insert(stored.at(i).uuid);
    }
    QCOMPARE(uuids.size(), 6);
}

void TestAcademicYearStore::ensureIsIdempotent()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear first = store.ensure(QStringLiteral("2024/25"));
    const QString before = test::dumpContents(temp.db());
    const AcademicYear again = store.ensure(QStringLiteral("2024/25"));
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.uuid, first.uuid);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAcademicYearStore::ensureRefusesABadLabel()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    for (const char *label : { "2024/26", "2024-25", "", "24/25" }) {
        const auto error = test::storeErrorFrom([&] { store.ensure(QString::fromUtf8(label)); });
        QVERIFY2(error, label);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("label"));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAcademicYearStore::ensureRollsBackWhenAHalfTermFails()
{
    test::TempDatabase temp;
    // A failure in the middle: the fourth half term cannot be written.
    test::refuseInserts(temp.db(), QStringLiteral("half_terms"), QStringLiteral("NEW.term = 4"),
                        QStringLiteral("simulated failure"));
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom(
        [&] { AcademicYearStore(temp.db()).ensure(QStringLiteral("2024/25")); });
    QVERIFY(error);
    QVERIFY(error->message().contains(QLatin1String("simulated failure")));
    QCOMPARE(test::dumpContents(temp.db()), before);
    QVERIFY(!AcademicYearStore(temp.db()).findByLabel(QStringLiteral("2024/25")));
}

void TestAcademicYearStore::findByLabelAndList()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    store.ensure(QStringLiteral("2023/24"));
    const AcademicYear newest = store.ensure(QStringLiteral("2025/26"));
    store.ensure(QStringLiteral("2024/25"));
    QCOMPARE(store.findByLabel(QStringLiteral(" 2025/26 "))->id, newest.id);
    QVERIFY(!store.findByLabel(QStringLiteral("2022/23")));
    QVERIFY(!store.find(newest.id + 100));
    QStringList labels;
    for (const AcademicYear &year : store.list())
        labels << year.label;
    QCOMPARE(labels,
             QStringList({ QStringLiteral("2025/26"), QStringLiteral("2024/25"),
                           QStringLiteral("2023/24") }));
}

void TestAcademicYearStore::updateHalfTermRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    HalfTerm term = store.halfTerms(year.id).at(1);
    const QDateTime created = term.createdAt;
    const QDateTime later(QDate(2024, 10, 3), QTime(8, 15), Qt::UTC);
    temp.clock().setNow(later);
    term.startDate = QDate(2024, 11, 5);
    term.endDate = QDate(2024, 12, 20);
    store.updateHalfTerm(term);

    const HalfTerm found = store.halfTerms(year.id).at(1);
    QCOMPARE(found.id, term.id);
    QCOMPARE(found.uuid, term.uuid);
    QCOMPARE(found.term, 2);
    QCOMPARE(found.startDate, QDate(2024, 11, 5));
    QCOMPARE(found.endDate, QDate(2024, 12, 20));
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, later);
    // The other half terms are untouched.
    QCOMPARE(store.halfTerms(year.id).at(0).updatedAt, created);
}

void TestAcademicYearStore::updateHalfTermRefusesEndBeforeStart()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    HalfTerm term = store.halfTerms(year.id).at(0);
    const QString before = test::dumpContents(temp.db());
    term.startDate = QDate(2024, 10, 1);
    term.endDate = QDate(2024, 9, 30);
    const auto error = test::storeErrorFrom([&] { store.updateHalfTerm(term); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("endDate"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAcademicYearStore::updateHalfTermRefusesDatesOutsideTheYear()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    const QString before = test::dumpContents(temp.db());
    HalfTerm first = store.halfTerms(year.id).at(0);
    first.startDate = QDate(2024, 8, 31);
    auto error = test::storeErrorFrom([&] { store.updateHalfTerm(first); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QVERIFY(error->message().contains(QLatin1String("2024/25")));

    HalfTerm last = store.halfTerms(year.id).at(5);
    last.endDate = QDate(2025, 9, 1);
    error = test::storeErrorFrom([&] { store.updateHalfTerm(last); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(test::dumpContents(temp.db()), before);

    // The first and last days of the year are inside it.
    first.startDate = QDate(2024, 9, 1);
    store.updateHalfTerm(first);
    last.endDate = QDate(2025, 8, 31);
    store.updateHalfTerm(last);
    QCOMPARE(store.halfTerms(year.id).at(5).endDate, QDate(2025, 8, 31));
}

void TestAcademicYearStore::updateHalfTermRefusesMissingDates()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    HalfTerm term = store.halfTerms(year.id).at(2);
    term.startDate = QDate();
    const auto error = test::storeErrorFrom([&] { store.updateHalfTerm(term); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("startDate"));
}

void TestAcademicYearStore::removeLeavesTombstonesForYearAndHalfTerms()
{
    test::TempDatabase temp;
    AcademicYearStore store(temp.db());
    const AcademicYear year = store.ensure(QStringLiteral("2024/25"));
    const QList<HalfTerm> terms = store.halfTerms(year.id);
    store.remove(year.id);
    QVERIFY(!store.find(year.id));
    QVERIFY(store.halfTerms(year.id).isEmpty());
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("half_terms")), 0);
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("academic_year"), year.uuid));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("half_term")).size(), 6);
    for (const HalfTerm &term : terms)
        QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("half_term"), term.uuid));
    const auto again = test::storeErrorFrom([&] { store.remove(year.id); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
}

void TestAcademicYearStore::removeRefusedWhileWorkGroupsBelong()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { AcademicYearStore(temp.db()).remove(w.yearId); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

QTEST_GUILESS_MAIN(TestAcademicYearStore)
#include "tst_academicyearstore.moc"
