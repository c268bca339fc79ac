// A list's columns are remembered between runs: a column resized by hand is written at once, and
// sizing every column at once (fitting them to their contents on a first start, widening them to
// their headings) writes the settings file once, not once a column, with every width.
#include "common/DataTableView.h"
#include "common/ViewSettings.h"

#include <QApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace hubreg::ui;

namespace {

// The settings file's last contents, kept in memory, and how many times it was written.
int g_writes = 0;
QSettings::SettingsMap g_stored;

bool readCounted(QIODevice &, QSettings::SettingsMap &map)
{
    map = g_stored;
    return true;
}

bool writeCounted(QIODevice &, const QSettings::SettingsMap &map)
{
    ++g_writes;
    g_stored = map;
    return true;
}

const QString kKey = QStringLiteral("views/tested/header");

// Counts the reads of one column's cells.
class ReadCounter : public QIdentityProxyModel
{
public:
    explicit ReadCounter(int column)
        : m_column(column)
    { }
    int reads = 0;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == m_column)
            ++const_cast<ReadCounter *>(this)->reads;
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_column;
};

} // namespace

class TestViewSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HubRegisterTests"));
        QCoreApplication::setApplicationName(QStringLiteral("HubRegisterViewSettingsTest"));
        QSettings::setDefaultFormat(QSettings::registerFormat(
            QStringLiteral("counted"), readCounted, writeCounted, Qt::CaseSensitive));
    }

    void init()
    {
        g_stored.clear();
        g_writes = 0;
        m_model = std::make_unique<QStandardItemModel>();
        for (int row = 0; row < 5; ++row)
            m_model->appendRow({ new QStandardItem(QStringLiteral("MN 26 H01-00%1").arg(row)),
                                 new QStandardItem(QStringLiteral("A longer title %1").arg(row)),
                                 new QStandardItem(QStringLiteral("7 of 30")),
                                 new QStandardItem(QStringLiteral("x")) });
        m_view = std::make_unique<DataTableView>();
        setUpTable(m_view.get());
        m_view->setModel(m_model.get());
        rememberHeader(m_view->horizontalHeader(), QStringLiteral("tested"));
        m_view->resize(700, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSettings().sync();
        g_writes = 0;
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void fittingEveryColumnWritesOnce()
    {
        fitColumnsToContents(m_view.get());
        QSettings().sync();
        QCOMPARE(g_writes, 1);
        QList<int> widths;
        for (int column = 0; column < m_model->columnCount(); ++column)
            widths << m_view->columnWidth(column);
        // What was written brings every fitted width back.
        QHeaderView again(Qt::Horizontal);
        again.setModel(m_model.get());
        QVERIFY(again.restoreState(g_stored.value(kKey).toByteArray()));
        for (int column = 0; column < m_model->columnCount(); ++column)
            QCOMPARE(again.sectionSize(column), widths.at(column));
    }

    void aColumnFittedByItsHeadingAloneIsNotRead()
    {
        m_view->resizeColumnsToContents();
        QList<int> fitted;
        for (int column = 0; column < m_model->columnCount(); ++column)
            fitted << m_view->columnWidth(column);
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, 300);
        ReadCounter counter(3);
        counter.setSourceModel(m_model.get());
        m_view->setModel(&counter);
        fitColumnsToContents(m_view.get(), { 3 });
        QCOMPARE(counter.reads, 0);
        QHeaderView *header = m_view->horizontalHeader();
        // The others as QTableView fits them; this one as wide as its heading.
        for (int column = 0; column < 3; ++column)
            QCOMPARE(m_view->columnWidth(column), fitted.at(column));
        QCOMPARE(m_view->columnWidth(3),
                 qMax(header->minimumSectionSize(), header->sectionSizeHint(3)));
        m_view->setModel(m_model.get());
    }

    void fittingAgainWithNothingChangedWritesNothing()
    {
        fitColumnsToContents(m_view.get());
        QSettings().sync();
        g_writes = 0;
        fitColumnsToContents(m_view.get());
        QSettings().sync();
        QCOMPARE(g_writes, 0);
    }

    void widenedToTheirHeadingsOnShowWritesOnce()
    {
        // An empty list whose columns are narrower than their headings, as on a first start.
        QStandardItemModel empty(0, 4);
        empty.setHorizontalHeaderLabels({ QStringLiteral("Participants"),
                                          QStringLiteral("Sessions held"),
                                          QStringLiteral("Attendance"), QStringLiteral("Lead") });
        DataTableView view;
        setUpTable(&view);
        view.horizontalHeader()->setDefaultSectionSize(20);
        view.setModel(&empty);
        rememberHeader(view.horizontalHeader(), QStringLiteral("empty"));
        QSettings().sync();
        g_writes = 0;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
        QSettings().sync();
        QCOMPARE(g_writes, 1);
        QVERIFY(view.columnWidth(0) > 20);
        QHeaderView again(Qt::Horizontal);
        again.setModel(&empty);
        QVERIFY(
            again.restoreState(g_stored.value(QStringLiteral("views/empty/header")).toByteArray()));
        for (int column = 0; column < empty.columnCount(); ++column)
            QCOMPARE(again.sectionSize(column), view.columnWidth(column));
    }

    void aColumnResizedByHandIsWrittenAtOnce()
    {
        m_view->horizontalHeader()->resizeSection(1, 211);
        QSettings().sync();
        QCOMPARE(g_writes, 1);
        QHeaderView again(Qt::Horizontal);
        again.setModel(m_model.get());
        QVERIFY(again.restoreState(g_stored.value(kKey).toByteArray()));
        QCOMPARE(again.sectionSize(1), 211);
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<DataTableView> m_view;
};

QTEST_MAIN(TestViewSettings)
#include "tst_viewsettings.moc"
