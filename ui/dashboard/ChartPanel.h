#pragma once

#include <QGroupBox>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hubreg::ui {

class FigureTableModel;

// A titled dashboard panel: a chart, a line under it saying what it counts, and a button to see
// the same numbers as a table instead (and back). The chart takes its colours from the panel's
// palette, dark or light. Children are named after the panel: NAMEChartView, NAMETableView,
// NAMEToggleButton, NAMEExplanationLabel.
class ChartPanel : public QGroupBox
{
    Q_OBJECT

public:
    ChartPanel(const QString &name, const QString &title, FigureTableModel *model,
               QWidget *parent = nullptr);

    // Replaces the chart; the view takes ownership.
    void setChart(QChart *chart);
    // What the figures count, in a sentence or two: shown under the chart or table, and read
    // out as their description.
    void setExplanation(const QString &text);
    QString explanation() const;
    void showTable(bool table);
    bool showsTable() const;

    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }
    QPushButton *toggleButton() const { return m_toggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_toggle;
    QLabel *m_explanation;
};

} // namespace hubreg::ui
