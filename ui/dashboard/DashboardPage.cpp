#include "DashboardPage.h"

#include "ChartPanel.h"
#include "DashboardCharts.h"
#include "FigureTableModel.h"
#include "common/DataTableView.h"
#include "common/FlowLayout.h"
#include "common/KeyGuards.h"
#include "common/Prompter.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "domain/AcademicYear.h"
#include "engagement/CompletionRisk.h"
#include "engagement/CsvExport.h"
#include "engagement/EngagementGoals.h"
#include "engagement/HubActivity.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
double percentOf(int count, int of)
{
    return of > 0 ? 100.0 * count / of : 0.0;
}

// The file's own hub: the first one made, as HubStore::primary() takes it, without creating one.
std::optional<Hub> fileHub(Database &db)
{
    std::optional<Hub> first;
    for (const Hub &hub : HubStore(db).list()) {
        if (!first || hub.id < first->id)
            first = hub;
    }
    return first;
}
} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_hub(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_primaryGoal(new QSpinBox(this))
    , m_secondaryGoal(new QSpinBox(this))
    , m_headline(new QLabel(this))
    , m_engagementModel(new FigureTableModel(
          { tr("Phase"), tr("Schools in area"), tr("Took part"), tr("Took part %"), tr("Completed"),
            tr("Completed %"), tr("Engaged, all years"), tr("Engaged %"), tr("Goal"),
            tr("Progress to goal"), tr("Schools to goal") },
          this))
    , m_yearsModel(new FigureTableModel({ tr("Year"), tr("Phase"), tr("Schools in area"),
                                          tr("Took part"), tr("Completed"),
                                          tr("Engaged, all years"), tr("Engaged %"), tr("Goal") },
                                        this))
    , m_statusModel(new FigureTableModel({ tr("Status"), tr("Work Groups") }, this))
    , m_attendanceModel(new FigureTableModel({ tr("Date"), tr("Work Group"), tr("Session"),
                                               tr("Expected"), tr("Attended"), tr("Attendance"),
                                               tr("Schools expected"), tr("Schools attending") },
                                             this))
    , m_atRiskModel(new FigureTableModel({ tr("School"), tr("URN"), tr("Work Group"),
                                           tr("Attended"), tr("Held"), tr("Planned to come"),
                                           tr("Needs"), tr("Threshold"), tr("Outlook") },
                                         this))
    , m_notEngagedModel(
          new FigureTableModel({ tr("School"), tr("URN"), tr("Local authority"), tr("Phase"),
                                 tr("Town"), tr("Postcode"), tr("Last took part") },
                               this))
    , m_engagement(new ChartPanel(QStringLiteral("engagement"), tr("Engagement against the goal"),
                                  m_engagementModel, this))
    , m_years(new ChartPanel(QStringLiteral("engagementOverYears"), tr("Engagement over the years"),
                             m_yearsModel, this))
    , m_status(new ChartPanel(QStringLiteral("workGroupStatus"), tr("Work Groups by status"),
                              m_statusModel, this))
    , m_attendance(new ChartPanel(QStringLiteral("attendance"), tr("Attendance across the year"),
                                  m_attendanceModel, this))
    , m_atRiskBox(new QGroupBox(this))
    , m_notEngagedBox(new QGroupBox(this))
    , m_atRiskTable(listView(QStringLiteral("atRiskTableView"), m_atRiskModel))
    , m_notEngagedTable(listView(QStringLiteral("notEngagedTableView"), m_notEngagedModel))
    , m_export(new QPushButton(tr("&Export to CSV…"), this))
    , m_exportStatus(new QLabel(this))
    , m_hubSettings(new QPushButton(tr("Set &Up the Hub…"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_hub->setObjectName(QStringLiteral("dashboardHubLabel"));
    m_year->setObjectName(QStringLiteral("dashboardYearComboBox"));
    m_primaryGoal->setObjectName(QStringLiteral("primaryGoalSpinBox"));
    m_secondaryGoal->setObjectName(QStringLiteral("secondaryGoalSpinBox"));
    m_headline->setObjectName(QStringLiteral("engagementHeadlineLabel"));
    m_atRiskBox->setObjectName(QStringLiteral("atRiskGroupBox"));
    m_atRiskTable->setAccessibleName(tr("Schools at risk of not completing"));
    m_notEngagedTable->setAccessibleName(tr("Schools not yet engaged or under way"));
    m_notEngagedBox->setObjectName(QStringLiteral("notEngagedGroupBox"));
    m_export->setObjectName(QStringLiteral("exportNotEngagedPushButton"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    m_hubSettings->setObjectName(QStringLiteral("hubSettingsPushButton"));
    m_hubSettings->hide();

    QFont hubFont = m_hub->font();
    hubFont.setBold(true);
    hubFont.setPointSizeF(hubFont.pointSizeF() * 1.25);
    m_hub->setFont(hubFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engagement->setExplanation(
        tr("Took part: in a Work Group of the year. Completed: met the programme's attendance "
           "threshold in one of the year's Work Groups that is over. Engaged: completed one this "
           "year or in an earlier year, the measure of the goal (dashed line). Shares of the "
           "area's state-funded open schools."));
    m_years->setExplanation(
        tr("The share of each phase's area schools engaged by the end of each year (completed a "
           "Work Group by then), against its goal (dashed)."));
    m_status->setExplanation(tr("The hub's Work Groups of the year, by where each stands."));
    m_attendance->setExplanation(
        tr("Of the places expected at the hub's sessions held each month, the share attended "
           "(present, late, left early or a substitute)."));
    for (QSpinBox *goal : { m_primaryGoal, m_secondaryGoal }) {
        goal->setRange(1, 100);
        goal->setSuffix(tr("%"));
        goal->setKeyboardTracking(false);
    }

    // The hub's name and the choices wrap on a narrow window rather than holding it wide.
    auto *top = new FlowLayout;
    m_hub->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    top->addWidget(m_hub);
    top->addWidget(m_hubSettings);
    auto addField = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        auto *pair = new QHBoxLayout;
        pair->setContentsMargins(0, 0, 0, 0);
        pair->addWidget(caption);
        pair->addWidget(field);
        top->addLayout(pair);
    };
    addField(tr("Academic &year:"), m_year);
    addField(tr("&Primary goal:"), m_primaryGoal);
    addField(tr("&Secondary goal:"), m_secondaryGoal);
    openListOnArrowKeys(m_year);

    auto *riskLayout = new QVBoxLayout(m_atRiskBox);
    riskLayout->addWidget(m_atRiskTable);
    riskLayout->addWidget(explanationLabel(
        QStringLiteral("atRiskExplanationLabel"), m_atRiskTable,
        tr("Schools in the hub's Work Groups under way that are below their programme's "
           "attendance threshold so far, or cannot reach it with the sessions left.")));
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportStatus, 1);
    exportRow->addWidget(m_export);
    auto *notEngagedLayout = new QVBoxLayout(m_notEngagedBox);
    notEngagedLayout->addWidget(m_notEngagedTable);
    notEngagedLayout->addWidget(explanationLabel(
        QStringLiteral("notEngagedExplanationLabel"), m_notEngagedTable,
        tr("Area schools that have not completed a Work Group, leaving out those in one still "
           "under way (they count once it is over): the schools still to reach.")));
    notEngagedLayout->addLayout(exportRow);

    auto *content = new QWidget(this);
    m_grid = new QGridLayout(content);
    m_grid->addWidget(m_headline, 0, 0, 1, 2);
    arrangePanels(2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    fillYears();
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(m_primaryGoal, &QSpinBox::valueChanged, this,
            [this](int value) { goalEdited(Phase::Primary, value); });
    connect(m_secondaryGoal, &QSpinBox::valueChanged, this,
            [this](int value) { goalEdited(Phase::Secondary, value); });
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportNotEngaged);
    connect(m_hubSettings, &QPushButton::clicked, this, &DashboardPage::hubSettingsRequested);
    for (QTableView *view : { m_atRiskTable, m_notEngagedTable })
        connect(view, &QTableView::activated, this, &DashboardPage::openSchoolAt);
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::AcademicYear)
            fillYears();
        databaseChanged();
    });
}

QLabel *DashboardPage::explanationLabel(const QString &name, QWidget *described,
                                        const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    described->setAccessibleDescription(text);
    return label;
}

void DashboardPage::arrangePanels(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QWidget *> panels = { m_engagement, m_years, m_status, m_attendance };
    for (QWidget *panel : panels)
        m_grid->removeWidget(panel);
    m_grid->removeWidget(m_atRiskBox);
    m_grid->removeWidget(m_notEngagedBox);
    for (int i = 0; i < panels.size(); ++i)
        m_grid->addWidget(panels.at(i), 1 + i / columns, i % columns);
    // The lists have many columns: each gets the full width.
    const int next = 1 + int(panels.size() + columns - 1) / columns;
    m_grid->addWidget(m_atRiskBox, next, 0, 1, columns);
    m_grid->addWidget(m_notEngagedBox, next + 1, 0, 1, columns);
    for (int row = 1; row < m_grid->rowCount(); ++row)
        m_grid->setRowMinimumHeight(row, row < next + 2 ? 300 : 0);
    for (int column = 0; column < 2; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    m_grid->removeWidget(m_headline);
    m_grid->addWidget(m_headline, 0, 0, 1, columns);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Two charts side by side need room for their legends; on a narrow window, one above the
    // other.
    arrangePanels(width() >= 1200 ? 2 : 1);
}

QTableView *DashboardPage::listView(const QString &name, FigureTableModel *model)
{
    auto *view = new DataTableView(this);
    view->setObjectName(name);
    auto *sorted = new QSortFilterProxyModel(view);
    sorted->setSourceModel(model);
    sorted->setSortRole(FigureTableModel::SortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(sorted);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setToolTip(tr("Double-click a school, or press Enter, to open its page"));
    return view;
}

QString DashboardPage::academicYear() const
{
    return m_year->currentText();
}

void DashboardPage::setAcademicYear(const QString &label)
{
    const int index = m_year->findText(label);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void DashboardPage::fillYears()
{
    const QSignalBlocker block(m_year);
    const QString chosen = m_year->currentText();
    QStringList labels;
    for (const AcademicYear &year : AcademicYearStore(m_db).list())
        labels << year.label;
    const QString current = AcademicYear::labelFor(m_db.clock().today());
    if (!labels.contains(current))
        labels << current;
    std::sort(labels.begin(), labels.end(), std::greater<QString>());
    m_year->clear();
    m_year->addItems(labels);
    m_year->setCurrentIndex(qMax(0, m_year->findText(chosen.isEmpty() ? current : chosen)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::databaseChanged()
{
    m_stale = true;
    if (!isVisible() || m_reloadQueued)
        return;
    // A burst of changes (a register being taken) gives one recount once it is over.
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadQueued = false;
            if (m_stale && isVisible())
                reload();
        },
        Qt::QueuedConnection);
}

void DashboardPage::reload()
{
    m_stale = false;
    const QString year = academicYear();
    {
        const QSignalBlocker blockPrimary(m_primaryGoal);
        const QSignalBlocker blockSecondary(m_secondaryGoal);
        m_primaryGoal->setValue(EngagementGoals::percent(m_db, Phase::Primary));
        m_secondaryGoal->setValue(EngagementGoals::percent(m_db, Phase::Secondary));
    }
    const auto hub = fileHub(m_db);
    if (!hub) {
        m_hub->setText(tr("No hub yet"));
        m_headline->setText(tr("Set up the hub, its local authorities and its goals with Set Up "
                               "the Hub (or File > Hub Settings) to see its engagement."));
        m_hubSettings->setText(tr("Set &Up the Hub…"));
        m_hubSettings->show();
        return;
    }
    const int areas = int(HubStore(m_db).localAuthorities(hub->id).size());
    m_hub->setText(areas == 0 ? hub->name
                              : tr("%1 · area: %2 local authorities").arg(hub->name).arg(areas));
    m_hubSettings->setText(tr("&Hub Settings…"));
    m_hubSettings->setVisible(areas == 0);
    showEngagement(hub->id, year);
    showActivity(hub->id, year);
    showLists(hub->id, year);
    if (areas == 0)
        m_headline->setText(tr("The hub has no local authorities recorded, so its area has no "
                               "schools: set them in Hub Settings to see engagement."));
}

void DashboardPage::showEngagement(RecordId hubId, const QString &year)
{
    EngagementFigures figures(m_db);
    const QList<PhaseEngagement> phases = figures.byPhase(hubId, year);
    QList<FigureTableModel::Row> rows;
    QStringList headline;
    for (const PhaseEngagement &p : phases) {
        rows << FigureTableModel::Row {
            { displayName(p.phase), p.schools, p.tookPart, percentOf(p.tookPart, p.schools),
              p.completed, percentOf(p.completed, p.schools), p.engagedEver,
              percentOf(p.engagedEver, p.schools), double(p.goalPercent), p.progress() * 100.0,
              p.schoolsToGoal() }
        };
        // The same rounded shares as the chart's bars, so the two never disagree.
        const QString engaged = QString::number(qRound(percentOf(p.engagedEver, p.schools)));
        const QString tookPart = QString::number(qRound(percentOf(p.tookPart, p.schools)));
        const QString goal = p.schoolsToGoal() > 0
            ? tr("%n more to reach the %1% goal", nullptr, p.schoolsToGoal()).arg(p.goalPercent)
            : tr("the %1% goal is reached").arg(p.goalPercent);
        headline << tr("%1: %2% engaged (%3 of %4 schools), %5; %6% took part this year.")
                        .arg(displayName(p.phase), engaged, QString::number(p.engagedEver),
                             QString::number(p.schools), goal, tookPart);
    }
    m_engagementModel->setRows(rows);
    m_engagement->setChart(charts::engagement(phases));
    m_headline->setText(headline.join(QLatin1Char('\n')));

    const QList<YearEngagement> years = figures.overYears(hubId, year);
    QList<FigureTableModel::Row> yearRows;
    for (const YearEngagement &y : years) {
        for (const PhaseEngagement &p : y.phases)
            yearRows << FigureTableModel::Row {
                { y.academicYear, displayName(p.phase), p.schools, p.tookPart, p.completed,
                  p.engagedEver, percentOf(p.engagedEver, p.schools), double(p.goalPercent) }
            };
    }
    m_yearsModel->setRows(yearRows);
    m_years->setChart(charts::engagementOverYears(years));
}

void DashboardPage::showActivity(RecordId hubId, const QString &year)
{
    HubActivity activity(m_db);
    const QList<StatusCount> counts = activity.workGroupsByStatus(hubId, year);
    QList<FigureTableModel::Row> statusRows;
    for (const StatusCount &c : counts)
        statusRows << FigureTableModel::Row { { displayName(c.status), c.workGroups } };
    m_statusModel->setRows(statusRows);
    m_status->setChart(charts::workGroupsByStatus(counts));

    const QList<SessionAttendance> sessions = activity.attendanceBySession(hubId, year);
    QList<FigureTableModel::Row> sessionRows;
    for (const SessionAttendance &s : sessions) {
        sessionRows << FigureTableModel::Row {
            { s.date.isValid() ? QVariant(s.date) : QVariant(), s.workGroupCode, s.number,
              s.expected, s.attended,
              s.expected > 0 ? QVariant(100.0 * s.attended / s.expected) : QVariant(),
              s.schoolsExpected, s.schoolsAttended }
        };
    }
    m_attendanceModel->setRows(sessionRows);
    m_attendance->setChart(charts::attendanceByMonth(HubActivity::byMonth(sessions)));
}

void DashboardPage::showLists(RecordId hubId, const QString &year)
{
    const QList<SchoolAtRisk> risks = CompletionRisk(m_db).forHub(hubId, year);
    QList<FigureTableModel::Row> riskRows;
    for (const SchoolAtRisk &r : risks) {
        riskRows << FigureTableModel::Row {
            { r.schoolName, r.urn.toString(), r.workGroupCode, r.attended, r.expected, r.remaining,
              r.attendancesNeeded(), double(r.threshold),
              r.level == RiskLevel::CannotComplete ? tr("Cannot complete")
                                                   : tr("Below threshold") },
            r.schoolId
        };
    }
    m_atRiskModel->setRows(riskRows);
    m_atRiskBox->setTitle(tr("Schools at risk of not completing (%1)").arg(risks.size()));

    m_notEngaged = EngagementFigures(m_db).notYetEngaged(hubId, year);
    QList<FigureTableModel::Row> schoolRows;
    for (const AreaSchool &s : std::as_const(m_notEngaged)) {
        schoolRows << FigureTableModel::Row { { s.name, s.urn.toString(), s.laName, s.phase, s.town,
                                                s.postcode, s.lastTookPart },
                                              s.schoolId };
    }
    m_notEngagedModel->setRows(schoolRows);
    m_notEngagedBox->setTitle(
        tr("Schools in the area not yet engaged or under way (%1)").arg(m_notEngaged.size()));
    m_export->setEnabled(!m_notEngaged.isEmpty());
}

void DashboardPage::goalEdited(Phase phase, int percent)
{
    try {
        EngagementGoals::setPercent(m_db, phase, percent);
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Goal not saved"), error.message());
    }
}

void DashboardPage::exportNotEngaged()
{
    QString suggested = tr("schools-not-yet-engaged-%1.csv").arg(academicYear());
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompter::saveFileName(this, tr("Export schools not yet engaged"),
                                                QDir(folder).filePath(suggested),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        csvexport::save(path, notYetEngagedCsv(m_notEngaged));
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Export failed"), error.message());
        return;
    }
    m_exportStatus->setText(
        tr("Saved %1 schools to %2.")
            .arg(QString::number(m_notEngaged.size()), QDir::toNativeSeparators(path)));
}

void DashboardPage::openSchoolAt(const QModelIndex &index)
{
    const RecordId id = index.data(FigureTableModel::IdRole).toLongLong();
    if (id > 0)
        emit openSchoolRequested(id);
}

} // namespace hubreg::ui
