// The Schools screen over a register as big as GIAS (50,000 schools): it shows the first rows
// without reading them all, and search, filters and sorting (all in SQL) find the right ones.
#include "GuiTest.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "records/SchoolStore.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolTableModel.h"
#include "schools/SchoolsPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
constexpr int kSchools = 50000;

// One prepared statement in one transaction: the way to write 50,000 rows quickly.
void insertRegister(Database &db)
{
    const QStringList words
        = { QStringLiteral("Oak"),   QStringLiteral("Ash"),   QStringLiteral("Birch"),
            QStringLiteral("Cedar"), QStringLiteral("Elm"),   QStringLiteral("Hazel"),
            QStringLiteral("Holly"), QStringLiteral("Maple"), QStringLiteral("Rowan"),
            QStringLiteral("Willow") };
    const QStringList towns
        = { QStringLiteral("Leeds"),    QStringLiteral("York"),      QStringLiteral("Hull"),
            QStringLiteral("Bradford"), QStringLiteral("Wakefield"), QStringLiteral("Harrogate") };
    const QStringList phases
        = { QStringLiteral("Primary"), QStringLiteral("Primary"), QStringLiteral("Primary"),
            QStringLiteral("Secondary"), QStringLiteral("Nursery") };
    Transaction transaction(db);
    SqlQuery insert(
        db,
        QStringLiteral("INSERT INTO schools (uuid, urn, name, la_code, la_name, phase, status, "
                       "town, postcode, "
                       "created_at, updated_at) VALUES (:uuid, :urn, :name, :la, :laName, :phase, "
                       ":status, :town, "
                       ":postcode, '2024-10-01T09:00:00.000Z', '2024-10-01T09:00:00.000Z')"));
    for (int i = 0; i < kSchools; ++i) {
        const int urn = 100000 + i;
        const QString word = words.at(i % words.size());
        insert.bind(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":urn"), urn)
            .bind(QStringLiteral(":name"), QStringLiteral("%1 %2 School").arg(word).arg(i))
            .bind(QStringLiteral(":la"), QString::number(300 + i % 150))
            .bind(QStringLiteral(":laName"), QStringLiteral("Authority %1").arg(300 + i % 150))
            .bind(QStringLiteral(":phase"), phases.at(i % phases.size()))
            .bind(QStringLiteral(":status"),
                  i % 20 == 0 ? QStringLiteral("Closed") : QStringLiteral("Open"))
            .bind(QStringLiteral(":town"), towns.at(i % towns.size()))
            .bind(QStringLiteral(":postcode"), QStringLiteral("LS%1 %2AB").arg(i % 30).arg(i % 10))
            .exec();
    }
    transaction.commit();
}
} // namespace

class TestSchoolTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void showsFirstRowsWithoutFetchingAll();
    void searchesByUrnNamePostcodeAndTown();
    void countsManyMatchesWhenTypingPauses();
    void filtersByPhaseStatusAndLa();
    void sortsInSql();
    void fetchesMoreWhenScrolled();
    void opensSchoolWithEnter();

private:
    SchoolsPage *page() const;
    int expectedFor(const QString &text) const;
    SchoolFinder *finder() const { return page()->finder(); }
    SchoolTableModel *model() const { return finder()->model(); }

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestSchoolTable::initTestCase()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>(insertRegister);
    m_fixture->trigger(QStringLiteral("showPage1Action"));
    QVERIFY(page());
}

void TestSchoolTable::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSchoolTable::init()
{
    // Each test starts from the whole register.
    if (!page())
        return;
    for (const char *name : { "schoolPhaseComboBox", "schoolStatusComboBox", "schoolLaComboBox" })
        test::child<QComboBox>(page(), QString::fromLatin1(name))->setCurrentIndex(0);
    finder()->setSearchText(QString());
    QCOMPARE(model()->totalCount(), kSchools);
}

SchoolsPage *TestSchoolTable::page() const
{
    return qobject_cast<SchoolsPage *>(m_fixture->window().currentPage());
}

void TestSchoolTable::showsFirstRowsWithoutFetchingAll()
{
    QCOMPARE(model()->totalCount(), kSchools);
    QVERIFY(model()->fetchedCount() > 0);
    QVERIFY2(model()->fetchedCount() <= 2 * SchoolTableModel::kPageSize,
             qPrintable(QString::number(model()->fetchedCount())));
    QVERIFY(model()->canFetchMore({}));
    QCOMPARE(test::child<QLabel>(page(), QStringLiteral("schoolTotalLabel"))->text(),
             QStringLiteral("Schools: 50,000"));
    // Sorted by name: "Ash 1 School" comes first.
    QCOMPARE(model()->index(0, SchoolTableModel::Name).data().toString(),
             QStringLiteral("Ash 1 School"));
}

int TestSchoolTable::expectedFor(const QString &text) const
{
    SchoolQuery query;
    query.text = text;
    return SchoolStore(m_fixture->db()).count(query);
}

void TestSchoolTable::searchesByUrnNamePostcodeAndTown()
{
    QLineEdit *search = finder()->searchEdit();
    // A URN is matched from its start (123450 to 123459); "12345" also appears in one name.
    test::typeInto(search, QStringLiteral("12345"));
    QTRY_COMPARE(model()->totalCount(), expectedFor(QStringLiteral("12345")));
    QCOMPARE(model()->totalCount(), 11);
    int byUrn = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const bool urn = model()
                             ->index(row, SchoolTableModel::Urn)
                             .data()
                             .toString()
                             .startsWith(QStringLiteral("12345"));
        const bool name = model()
                              ->index(row, SchoolTableModel::Name)
                              .data()
                              .toString()
                              .contains(QStringLiteral("12345"));
        QVERIFY(urn || name);
        byUrn += urn ? 1 : 0;
    }
    QCOMPARE(byUrn, 10);

    // A name anywhere in it: school 4999 and school 49999 are both Willows.
    test::typeInto(search, QStringLiteral("willow 4999"));
    QTRY_COMPARE(model()->totalCount(), 2);
    QCOMPARE(model()->index(0, SchoolTableModel::Name).data().toString(),
             QStringLiteral("Willow 4999 School"));
    QCOMPARE(model()->index(1, SchoolTableModel::Name).data().toString(),
             QStringLiteral("Willow 49999 School"));

    // A postcode from its start, with or without its space.
    test::typeInto(search, QStringLiteral("LS29 9"));
    QTRY_COMPARE(model()->totalCount(), expectedFor(QStringLiteral("LS29 9")));
    QVERIFY(model()->totalCount() > 0);
    QCOMPARE(model()->index(0, SchoolTableModel::Postcode).data().toString(),
             QStringLiteral("LS29 9AB"));
    test::typeInto(search, QStringLiteral("LS299"));
    QTRY_COMPARE(model()->totalCount(), expectedFor(QStringLiteral("LS29 9")));

    // A town from its start.
    test::typeInto(search, QStringLiteral("Harrog"));
    QTRY_COMPARE(model()->totalCount(), expectedFor(QStringLiteral("Harrog")));
    QCOMPARE(model()->totalCount(), 8333); // every sixth school, from school 5
    QCOMPARE(model()->index(0, SchoolTableModel::Town).data().toString(),
             QStringLiteral("Harrogate"));
}

void TestSchoolTable::countsManyMatchesWhenTypingPauses()
{
    auto *total = test::child<QLabel>(page(), QStringLiteral("schoolTotalLabel"));
    QSignalSpy counted(model(), &SchoolTableModel::totalCountChanged);
    // More than a page matches: the first page is shown at once, the count follows.
    finder()->setSearchText(QStringLiteral("Harrog"));
    QVERIFY(!model()->isCounted());
    QCOMPARE(model()->fetchedCount(), SchoolTableModel::kPageSize);
    QCOMPARE(total->text(), QStringLiteral("Schools: 200 or more"));
    QVERIFY(counted.wait(10 * SchoolTableModel::kCountDelayMs));
    QVERIFY(model()->isCounted());
    QCOMPARE(counted.last().at(0).toInt(), 8333);
    QCOMPARE(total->text(), QStringLiteral("Schools: 8,333"));
    // Fewer than a page: counted with the page itself.
    finder()->setSearchText(QStringLiteral("willow 4999"));
    QVERIFY(model()->isCounted());
    QCOMPARE(total->text(), QStringLiteral("Schools: 2"));
    // Asked for, the count is made there and then.
    finder()->setSearchText(QStringLiteral("Harrog"));
    QVERIFY(!model()->isCounted());
    QCOMPARE(model()->totalCount(), 8333);
    QCOMPARE(total->text(), QStringLiteral("Schools: 8,333"));
}

void TestSchoolTable::filtersByPhaseStatusAndLa()
{
    auto *phase = test::child<QComboBox>(page(), QStringLiteral("schoolPhaseComboBox"));
    auto *status = test::child<QComboBox>(page(), QStringLiteral("schoolStatusComboBox"));
    auto *la = test::child<QComboBox>(page(), QStringLiteral("schoolLaComboBox"));
    phase->setCurrentIndex(phase->findData(QStringLiteral("Secondary")));
    QCOMPARE(model()->totalCount(), kSchools / 5);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, SchoolTableModel::Phase).data().toString(),
                 QStringLiteral("Secondary"));
    phase->setCurrentIndex(phase->findData(QStringLiteral("Primary")));
    status->setCurrentIndex(status->findData(QStringLiteral("Closed")));
    SchoolQuery both;
    both.phase = QStringLiteral("Primary");
    both.status = QStringLiteral("Closed");
    QCOMPARE(model()->totalCount(), SchoolStore(m_fixture->db()).count(both));
    QVERIFY(model()->totalCount() > 0);
    la->setCurrentIndex(la->findData(QStringLiteral("300")));
    both.laCode = QStringLiteral("300");
    QCOMPARE(model()->totalCount(), SchoolStore(m_fixture->db()).count(both));
    for (QComboBox *box : { phase, status, la })
        box->setCurrentIndex(0);
    QCOMPARE(model()->totalCount(), kSchools);
}

void TestSchoolTable::sortsInSql()
{
    QTableView *table = finder()->table();
    table->sortByColumn(SchoolTableModel::Urn, Qt::DescendingOrder);
    QCOMPARE(model()->index(0, SchoolTableModel::Urn).data().toString(),
             QString::number(100000 + kSchools - 1));
    table->sortByColumn(SchoolTableModel::Urn, Qt::AscendingOrder);
    QCOMPARE(model()->index(0, SchoolTableModel::Urn).data().toString(), QStringLiteral("100000"));
    QVERIFY(model()->fetchedCount() <= 2 * SchoolTableModel::kPageSize);
}

void TestSchoolTable::fetchesMoreWhenScrolled()
{
    const int before = model()->fetchedCount();
    finder()->table()->scrollToBottom();
    QTRY_VERIFY(model()->fetchedCount() > before);
    QVERIFY(model()->fetchedCount() < kSchools);
    // The rows fetched later continue the order without gaps.
    QCOMPARE(model()->index(before, SchoolTableModel::Urn).data().toString(),
             QString::number(100000 + before));
}

void TestSchoolTable::opensSchoolWithEnter()
{
    test::typeInto(finder()->searchEdit(), QStringLiteral("100042"));
    QTest::keyClick(finder()->searchEdit(), Qt::Key_Return);
    QCOMPARE(model()->totalCount(), 1);
    QCOMPARE(QApplication::focusWidget(), finder()->table());
    QTest::keyClick(finder()->table(), Qt::Key_Return);
    QCOMPARE(m_fixture->window().currentPage()->objectName(), QStringLiteral("schoolPage"));
    m_fixture->trigger(QStringLiteral("backAction"));
    QCOMPARE(m_fixture->window().currentPage(), static_cast<QWidget *>(page()));
}

QTEST_MAIN(TestSchoolTable)
#include "tst_schooltable.moc"
