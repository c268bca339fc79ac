// A newcomer's first start: an empty file, the demo offer, and the Work Groups list.
#include "TestSupport.h"
#include "database/Database.h"
#include "mainwindow/MainWindow.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptyFileOffersTheDemoHub();
    void demoHubFillsTheWorkGroupsList();
    void searchAndYearFilterNarrowTheList();
    void copyGivesTabSeparatedRows();
};

namespace {
std::unique_ptr<ui::MainWindow> openWindow(const QString &path)
{
    auto window = std::make_unique<ui::MainWindow>(Database::open(path));
    window->show();
    window->offerDemoIfEmpty();
    return window;
}
} // namespace

void TestFirstStart::emptyFileOffersTheDemoHub()
{
    QTemporaryDir dir;
    auto window = openWindow(dir.filePath(QStringLiteral("new.sqlite")));
    auto *banner = window->findChild<QFrame *>(QStringLiteral("demoBannerFrame"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 0);
    QVERIFY(window->windowTitle().contains(QStringLiteral("new.sqlite")));
    window->findChild<QPushButton *>(QStringLiteral("dismissDemoPushButton"))->click();
    QVERIFY(!banner->isVisible());
}

void TestFirstStart::demoHubFillsTheWorkGroupsList()
{
    QTemporaryDir dir;
    auto window = openWindow(dir.filePath(QStringLiteral("demo.sqlite")));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("loadDemoPushButton")),
                      Qt::LeftButton);
    auto *banner = window->findChild<QFrame *>(QStringLiteral("demoBannerFrame"));
    QVERIFY(!banner->isVisible());
    auto *year = window->findChild<QComboBox *>(QStringLiteral("workGroupYearComboBox"));
    year->setCurrentIndex(0); // all years
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 12);
    auto *table = window->findChild<QTableView *>(QStringLiteral("workGroupTableView"));
    QCOMPARE(table->model()->rowCount(), 12);
}

void TestFirstStart::searchAndYearFilterNarrowTheList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filter.sqlite"));
    {
        auto db = Database::open(path);
        test::buildSmallWorkGroup(*db);
    }
    auto window = openWindow(path);
    auto *year = window->findChild<QComboBox *>(QStringLiteral("workGroupYearComboBox"));
    year->setCurrentIndex(year->findText(QStringLiteral("2024/25")));
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 1);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("workGroupSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("no such group"));
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Ash")); // the Lead? no: no Lead set; programme? no
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("test-01"));
    QCOMPARE(window->workGroupsPage()->model()->rowCount(), 1);
}

void TestFirstStart::copyGivesTabSeparatedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto db = Database::open(path);
        test::buildSmallWorkGroup(*db);
    }
    auto window = openWindow(path);
    auto *year = window->findChild<QComboBox *>(QStringLiteral("workGroupYearComboBox"));
    year->setCurrentIndex(0);
    auto *table = window->findChild<QTableView *>(QStringLiteral("workGroupTableView"));
    table->setFocus();
    table->selectRow(0);
    QTest::keySequence(table, QKeySequence::Copy);
    const QString text = QGuiApplication::clipboard()->text();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Code\tTitle\tProgramme")));
    QVERIFY(
        lines.at(1).startsWith(QStringLiteral("TEST-01\tTest Development Work Group\tTFM-DEV")));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
