#pragma once

#include <QGroupBox>

class QChart;
class QChartView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hubreg::ui {

class FigureTableModel;

// A titled dashboard panel: a chart, and a button to see the same numbers as a table instead
// (and back). Children are named after the panel: NAMEChartView, NAMETableView, NAMEToggleButton.
class ChartPanel : public QGroupBox
{
    Q_OBJECT

public:
    ChartPanel(const QString &name, const QString &title, FigureTableModel *model,
               QWidget *parent = nullptr);

    // Replaces the chart; the view takes ownership.
    void setChart(QChart *chart);
    void showTable(bool table);
    bool showsTable() const;

    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }
    QPushButton *toggleButton() const { return m_toggle; }

private:
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_toggle;
};

} // namespace hubreg::ui
