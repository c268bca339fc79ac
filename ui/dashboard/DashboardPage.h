#pragma once

#include "domain/Programme.h"
#include "engagement/EngagementFigures.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class ChartPanel;
class FigureTableModel;

// The Reports/Dashboard screen for the file's hub and a chosen academic year: engagement by
// phase against the goals (which the administrator sets here), engagement over the years, the
// hub's Work Groups by status, attendance across the year, schools at risk of not completing and
// the area's schools not yet engaged (exportable to CSV). Each chart can show its numbers as a
// table. Figures are recomputed when the page is shown after the data changed.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    QString academicYear() const;
    void setAcademicYear(const QString &label);
    // Recomputes every figure now.
    void reload();

    ChartPanel *engagementPanel() const { return m_engagement; }
    ChartPanel *yearsPanel() const { return m_years; }
    ChartPanel *statusPanel() const { return m_status; }
    ChartPanel *attendancePanel() const { return m_attendance; }
    QTableView *atRiskTable() const { return m_atRiskTable; }
    QTableView *notEngagedTable() const { return m_notEngagedTable; }
    QPushButton *hubSettingsButton() const { return m_hubSettings; }
    QLabel *headline() const { return m_headline; }

signals:
    // The user asked to open a school listed here (double-click or Enter): the window shows its
    // page.
    void openSchoolRequested(hubreg::RecordId schoolId);
    // The user asked to set up the hub, or to change its settings (its area): the window opens
    // the first-run setup or Hub Settings.
    void hubSettingsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void databaseChanged();
    void fillYears();
    void goalEdited(Phase phase, int percent);
    void exportNotEngaged();
    void openSchoolAt(const QModelIndex &index);
    void showEngagement(RecordId hubId, const QString &year);
    void showActivity(RecordId hubId, const QString &year);
    void showLists(RecordId hubId, const QString &year);
    QTableView *listView(const QString &name, FigureTableModel *model);
    QLabel *explanationLabel(const QString &name, QWidget *described, const QString &text);
    // The charts two to a row, or one above another.
    void arrangePanels(int columns);

    Database &m_db;
    bool m_stale = true;
    bool m_reloadQueued = false;
    QLabel *m_hub;
    QComboBox *m_year;
    QSpinBox *m_primaryGoal;
    QSpinBox *m_secondaryGoal;
    QLabel *m_headline;
    FigureTableModel *m_engagementModel;
    FigureTableModel *m_yearsModel;
    FigureTableModel *m_statusModel;
    FigureTableModel *m_attendanceModel;
    FigureTableModel *m_atRiskModel;
    FigureTableModel *m_notEngagedModel;
    ChartPanel *m_engagement;
    ChartPanel *m_years;
    ChartPanel *m_status;
    ChartPanel *m_attendance;
    QGroupBox *m_atRiskBox;
    QGroupBox *m_notEngagedBox;
    QTableView *m_atRiskTable;
    QTableView *m_notEngagedTable;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    QPushButton *m_hubSettings;
    QList<AreaSchool> m_notEngaged;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
};

} // namespace hubreg::ui
