#include "ChartPanel.h"

#include "FigureTableModel.h"
#include "common/DataTableView.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QXYSeries>

namespace hubreg::ui {

ChartPanel::ChartPanel(const QString &name, const QString &title, FigureTableModel *model,
                       QWidget *parent)
    : QGroupBox(title, parent)
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(this))
    , m_table(new DataTableView(this))
    , m_toggle(new QPushButton(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(name);
    m_chartView->setObjectName(name + QStringLiteral("ChartView"));
    m_table->setObjectName(name + QStringLiteral("TableView"));
    m_toggle->setObjectName(name + QStringLiteral("ToggleButton"));
    m_explanation->setObjectName(name + QStringLiteral("ExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartView->setAccessibleName(tr("%1: chart").arg(title));
    m_table->setAccessibleName(tr("%1: figures").arg(title));
    m_chartView->setFocusPolicy(Qt::TabFocus);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(FigureTableModel::SortRole);
    m_table->setModel(sorted);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);
    m_toggle->setFlat(true);
    connect(m_toggle, &QPushButton::clicked, this, [this] { showTable(!showsTable()); });

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_explanation);
    showTable(false);
}

void ChartPanel::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_chartView->setAccessibleDescription(text);
    m_table->setAccessibleDescription(text);
}

QString ChartPanel::explanation() const
{
    return m_explanation->text();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void ChartPanel::followPalette()
{
    QChart *chart = m_chartView->chart();
    if (!chart)
        return;
    // Qt Charts paints in its own light theme whatever the desktop's: take the text, base and
    // grid colours from the palette so a dark desktop gets a dark chart.
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::Text);
    const QColor grid = colours.color(QPalette::Mid);
    chart->setBackgroundBrush(colours.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    m_chartView->setBackgroundBrush(colours.color(QPalette::Base));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            line->setPointLabelsColor(text);
        }
    }
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    // The view owned the old chart; replacing it does not delete it.
    delete old;
    followPalette();
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentIndex(table ? 1 : 0);
    m_toggle->setText(table ? tr("Show chart") : tr("Show numbers"));
    m_toggle->setToolTip(table ? tr("Show these figures as a chart")
                               : tr("Show these figures as a table"));
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace hubreg::ui
