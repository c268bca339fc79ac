#include "TestSupport.h"
#include "common/Prompter.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureTableModel.h"
#include "demo/DemoHub.h"
#include "engagement/CompletionRisk.h"
#include "engagement/EngagementFigures.h"
#include "engagement/EngagementGoals.h"
#include "engagement/HubActivity.h"
#include "records/HubStore.h"
#include "records/SchoolStore.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
const QDate kToday(2026, 2, 10);

QVariant cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data(FigureTableModel::SortRole);
}
} // namespace

// The dashboard over the demo hub, offscreen: what it shows, and what its controls do.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsDemoHubFigures();
    void showsAnotherYear();
    void chartsAndTablesToggle();
    void goalIsSetHereAndRecounted();
    void exportsNotYetEngagedList();
    void asksToOpenSchool();
    void recountsOnlyWhenShown();
    void explainsEveryFigureInItsOwnWords();
    void notYetEngagedLeavesOutSchoolsUnderWay();
    void chartsFollowADarkPalette();
    void emptyFileExplainsItself();

private:
    RecordId hubId() const { return HubStore(m_temp->db()).list().constFirst().id; }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboard::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    m_temp->clock().setNow(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    DemoHub::create(m_temp->db(), kToday);
    m_page = std::make_unique<DashboardPage>(m_temp->db());
    m_page->resize(1400, 1400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboard::cleanup()
{
    m_page.reset();
    m_temp.reset();
}

void TestDashboard::showsDemoHubFigures()
{
    QCOMPARE(m_page->academicYear(), QStringLiteral("2025/26"));
    const QTableView *engagement = m_page->engagementPanel()->tableView();
    QCOMPARE(engagement->model()->rowCount(), 2);
    // The demo area: 46 primary schools (two replaced by academies) plus a merged primary school
    // whose infant and junior predecessors closed; 10 secondary schools; all state-funded.
    QCOMPARE(cell(engagement, 0, 0).toString(), QStringLiteral("Primary"));
    QCOMPARE(cell(engagement, 0, 1).toInt(), 47);
    QCOMPARE(cell(engagement, 1, 1).toInt(), 10);
    // This year's one secondary group has six schools and is still running: none completed.
    QCOMPARE(cell(engagement, 1, 2).toInt(), 6);
    QCOMPARE(cell(engagement, 1, 4).toInt(), 0);
    QCOMPARE(cell(engagement, 1, 6).toInt(), 0);
    QCOMPARE(cell(engagement, 0, 8).toDouble(), 75.0);
    QCOMPARE(cell(engagement, 1, 8).toDouble(), 65.0);

    // Every figure shown is the core's.
    const QList<PhaseEngagement> phases
        = EngagementFigures(m_temp->db()).byPhase(hubId(), QStringLiteral("2025/26"));
    for (int row = 0; row < 2; ++row) {
        const PhaseEngagement &p = phases.at(row);
        QCOMPARE(cell(engagement, row, 2).toInt(), p.tookPart);
        QCOMPARE(cell(engagement, row, 4).toInt(), p.completed);
        QCOMPARE(cell(engagement, row, 6).toInt(), p.engagedEver);
        QCOMPARE(cell(engagement, row, 10).toInt(), p.schoolsToGoal());
        QCOMPARE(engagement->model()->index(row, 7).data().toString(),
                 QStringLiteral("%1%").arg(qRound(100.0 * p.engagedEver / p.schools)));
    }
    QVERIFY(phases.at(0).engagedEver > 0);
    auto *headline = m_page->findChild<QLabel *>(QStringLiteral("engagementHeadlineLabel"));
    QVERIFY(headline->text().startsWith(QStringLiteral("Primary: %1% engaged (%2 of 47 schools)")
                                            .arg(qRound(100.0 * phases.at(0).engagedEver / 47))
                                            .arg(phases.at(0).engagedEver)));

    // Six Work Groups this year, all running in February.
    const QTableView *status = m_page->statusPanel()->tableView();
    QCOMPARE(status->model()->rowCount(), 5);
    QCOMPARE(cell(status, 2, 0).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(status, 2, 1).toInt(), 6);
    QCOMPARE(cell(status, 3, 1).toInt(), 0);

    const QList<SessionAttendance> sessions
        = HubActivity(m_temp->db()).attendanceBySession(hubId(), QStringLiteral("2025/26"));
    QVERIFY(!sessions.isEmpty());
    QCOMPARE(m_page->attendancePanel()->tableView()->model()->rowCount(), sessions.size());
    QCOMPARE(cell(m_page->attendancePanel()->tableView(), 0, 4).toInt(), sessions.at(0).attended);
    QCOMPARE(m_page->atRiskTable()->model()->rowCount(),
             CompletionRisk(m_temp->db()).forHub(hubId(), QStringLiteral("2025/26")).size());
    QCOMPARE(
        m_page->notEngagedTable()->model()->rowCount(),
        EngagementFigures(m_temp->db()).notYetEngaged(hubId(), QStringLiteral("2025/26")).size());
    // Years with Work Groups: the demo's previous and current years, two phases each.
    QCOMPARE(m_page->yearsPanel()->tableView()->model()->rowCount(), 4);

    // The engagement chart: the bars and a goal line per phase.
    QCOMPARE(m_page->engagementPanel()->chartView()->chart()->series().size(), 3);
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 1400));
}

void TestDashboard::showsAnotherYear()
{
    auto *year = m_page->findChild<QComboBox *>(QStringLiteral("dashboardYearComboBox"));
    QCOMPARE(year->count(), 2);
    year->setCurrentIndex(year->findText(QStringLiteral("2024/25")));
    const QTableView *status = m_page->statusPanel()->tableView();
    QCOMPARE(cell(status, 2, 1).toInt(), 0); // running
    QCOMPARE(cell(status, 3, 1).toInt(), 6); // completed
    // Last year's groups are over, so some primary schools completed them.
    const PhaseEngagement primary
        = EngagementFigures(m_temp->db()).byPhase(hubId(), QStringLiteral("2024/25")).at(0);
    QVERIFY(primary.completed > 0);
    QCOMPARE(cell(m_page->engagementPanel()->tableView(), 0, 4).toInt(), primary.completed);
    QCOMPARE(m_page->atRiskTable()->model()->rowCount(), 0);
    QCOMPARE(m_page->yearsPanel()->tableView()->model()->rowCount(), 2);
}

void TestDashboard::chartsAndTablesToggle()
{
    ChartPanel *panel = m_page->attendancePanel();
    QVERIFY(panel->chartView()->isVisible());
    QVERIFY(!panel->tableView()->isVisible());
    auto *toggle = m_page->findChild<QPushButton *>(QStringLiteral("attendanceToggleButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Show numbers"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(panel->tableView()->isVisible());
    QVERIFY(!panel->chartView()->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Show chart"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(panel->chartView()->isVisible());
}

void TestDashboard::goalIsSetHereAndRecounted()
{
    auto *goal = m_page->findChild<QSpinBox *>(QStringLiteral("primaryGoalSpinBox"));
    QCOMPARE(goal->value(), 75);
    goal->setValue(90);
    QCOMPARE(EngagementGoals::percent(m_temp->db(), Phase::Primary), 90);
    QCoreApplication::processEvents(); // the recount is queued behind the change
    QCOMPARE(cell(m_page->engagementPanel()->tableView(), 0, 8).toDouble(), 90.0);
    const PhaseEngagement primary
        = EngagementFigures(m_temp->db()).byPhase(hubId(), QStringLiteral("2025/26")).at(0);
    QCOMPARE(cell(m_page->engagementPanel()->tableView(), 0, 10).toInt(), primary.schoolsToGoal());
    QVERIFY(primary.schoolsToGoal() > 0);
}

void TestDashboard::exportsNotYetEngagedList()
{
    const QString path = m_temp->folder() + QStringLiteral("/not-engaged.csv");
    Prompter::setNextFileName(path);
    QTest::mouseClick(
        m_page->findChild<QPushButton *>(QStringLiteral("exportNotEngagedPushButton")),
        Qt::LeftButton);
    const QByteArray bytes = test::fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFURN,School,"));
    const int rows = m_page->notEngagedTable()->model()->rowCount();
    QVERIFY(rows > 0);
    QCOMPARE(bytes.count("\r\n"), rows + 1);
    const QString firstUrn = m_page->notEngagedTable()->model()->index(0, 1).data().toString();
    QVERIFY(bytes.contains("\r\n" + firstUrn.toUtf8() + ','));
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("exportStatusLabel"))->text().contains(path));

    // Cancelling the file chooser writes nothing.
    QFile::remove(path);
    const QStringList filesBefore = QDir(m_temp->folder()).entryList(QDir::Files);
    Prompter::setNextFileName(QString());
    QTest::mouseClick(
        m_page->findChild<QPushButton *>(QStringLiteral("exportNotEngagedPushButton")),
        Qt::LeftButton);
    QCOMPARE(QDir(m_temp->folder()).entryList(QDir::Files), filesBefore);
}

void TestDashboard::asksToOpenSchool()
{
    QSignalSpy spy(m_page.get(), &DashboardPage::openSchoolRequested);
    QTableView *view = m_page->notEngagedTable();
    const RecordId expected = EngagementFigures(m_temp->db())
                                  .notYetEngaged(hubId(), QStringLiteral("2025/26"))
                                  .at(1)
                                  .schoolId;
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), expected);

    QTableView *risks = m_page->atRiskTable();
    QVERIFY(risks->model()->rowCount() > 0);
    const QModelIndex first = risks->model()->index(0, 0);
    const QRect cellRect = risks->visualRect(first);
    QTest::mouseClick(risks->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(risks->viewport(), Qt::LeftButton, {}, cellRect.center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), first.data(FigureTableModel::IdRole).toLongLong());
}

void TestDashboard::recountsOnlyWhenShown()
{
    const int before = m_page->notEngagedTable()->model()->rowCount();
    const QModelIndex first = m_page->notEngagedTable()->model()->index(0, 0);
    School school
        = *SchoolStore(m_temp->db()).find(first.data(FigureTableModel::IdRole).toLongLong());
    m_page->hide();
    school.status = QStringLiteral("Closed");
    SchoolStore(m_temp->db()).update(school);
    QCoreApplication::processEvents();
    QCOMPARE(m_page->notEngagedTable()->model()->rowCount(), before); // not recounted while hidden
    m_page->show();
    QCOMPARE(m_page->notEngagedTable()->model()->rowCount(), before - 1);
}

void TestDashboard::emptyFileExplainsItself()
{
    test::TempDatabase empty;
    DashboardPage page(empty.db());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // It says where the hub is set up, and offers to do it.
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("engagementHeadlineLabel"))->text(),
             QStringLiteral("Set up the hub, its local authorities and its goals with Set Up the "
                            "Hub (or File > Hub Settings) to see its engagement."));
    QSignalSpy asked(&page, &DashboardPage::hubSettingsRequested);
    QVERIFY(page.hubSettingsButton()->isVisible());
    QTest::mouseClick(page.hubSettingsButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    Hub hub;
    hub.name = QStringLiteral("Empty Hub");
    HubStore(empty.db()).add(hub);
    QCoreApplication::processEvents();
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("engagementHeadlineLabel"))
                ->text()
                .contains(QStringLiteral("no local authorities recorded")));
    QCOMPARE(page.hubSettingsButton()->text(), QStringLiteral("&Hub Settings…"));
    QVERIFY(page.hubSettingsButton()->isVisible());
    QCOMPARE(page.engagementPanel()
                 ->tableView()
                 ->model()
                 ->index(0, 1)
                 .data(FigureTableModel::SortRole)
                 .toInt(),
             0);
}

void TestDashboard::explainsEveryFigureInItsOwnWords()
{
    for (ChartPanel *panel : { m_page->engagementPanel(), m_page->yearsPanel(),
                               m_page->statusPanel(), m_page->attendancePanel() }) {
        auto *line
            = m_page->findChild<QLabel *>(panel->objectName() + QStringLiteral("ExplanationLabel"));
        QVERIFY2(line && line->isVisible() && line->text().size() > 30,
                 qPrintable(panel->objectName()));
        QCOMPARE(panel->chartView()->accessibleDescription(), line->text());
    }
    for (const QString &name :
         { QStringLiteral("atRiskExplanationLabel"), QStringLiteral("notEngagedExplanationLabel") })
        QVERIFY2(m_page->findChild<QLabel *>(name)->isVisible(), qPrintable(name));
    // "Engaged" is said once, under the chart, in the program's words.
    QVERIFY(m_page->engagementPanel()->explanation().contains(
        QStringLiteral("Engaged: completed one this year or in an earlier year")));

    // The headline and the chart give the same shares: this year's secondary group is still
    // running, so 60% took part and none is engaged yet.
    const QString headline
        = m_page->findChild<QLabel *>(QStringLiteral("engagementHeadlineLabel"))->text();
    QVERIFY2(headline.contains(QStringLiteral(
                 "Secondary: 0% engaged (0 of 10 schools), 7 more to reach the 65% goal; 60% "
                 "took part this year.")),
             qPrintable(headline));
    auto *bars = qobject_cast<QBarSeries *>(
        m_page->engagementPanel()->chartView()->chart()->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Took part"));
    QCOMPARE(bars->barSets().at(2)->label(), QStringLiteral("Engaged"));
    QCOMPARE(bars->barSets().at(0)->at(1), 60.0);
    QCOMPARE(bars->barSets().at(2)->at(1), 0.0);
}

void TestDashboard::notYetEngagedLeavesOutSchoolsUnderWay()
{
    // Six secondary schools are in this year's running group: they are on their way, not
    // schools still to reach.
    const QTableView *view = m_page->notEngagedTable();
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY2(view->model()->index(row, 6).data().toString() != QStringLiteral("2025/26"),
                 qPrintable(view->model()->index(row, 0).data().toString()));
    const PhaseEngagement secondary
        = EngagementFigures(m_temp->db()).byPhase(hubId(), QStringLiteral("2025/26")).at(1);
    int secondaryListed = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        secondaryListed
            += view->model()->index(row, 3).data().toString() != QStringLiteral("Primary")
            && view->model()->index(row, 3).data().toString()
                != QStringLiteral("Middle deemed primary");
    QCOMPARE(secondaryListed, secondary.schools - secondary.tookPart);
}

void TestDashboard::chartsFollowADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    m_page->setPalette(dark);
    for (ChartPanel *panel : { m_page->engagementPanel(), m_page->yearsPanel(),
                               m_page->statusPanel(), m_page->attendancePanel() }) {
        QChart *chart = panel->chartView()->chart();
        QCOMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->legend()->labelColor(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
    }
    // A chart made after the change (another year) is dark too.
    m_page->setAcademicYear(QStringLiteral("2024/25"));
    QCOMPARE(m_page->engagementPanel()->chartView()->chart()->backgroundBrush().color(),
             dark.color(QPalette::Base));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
