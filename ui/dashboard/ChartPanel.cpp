#include "ChartPanel.h"

#include "FigureTableModel.h"
#include "common/DataTableView.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

ChartPanel::ChartPanel(const QString &name, const QString &title, FigureTableModel *model,
                       QWidget *parent)
    : QGroupBox(title, parent)
    , m_stack(new QStackedWidget(this))
    , m_chartView(new QChartView(this))
    , m_table(new DataTableView(this))
    , m_toggle(new QPushButton(this))
{
    setObjectName(name);
    m_chartView->setObjectName(name + QStringLiteral("ChartView"));
    m_table->setObjectName(name + QStringLiteral("TableView"));
    m_toggle->setObjectName(name + QStringLiteral("ToggleButton"));

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
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
    showTable(false);
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    // The view owned the old chart; replacing it does not delete it.
    delete old;
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
