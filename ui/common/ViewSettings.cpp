#include "ViewSettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace hubreg::ui {

void rememberHeader(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/%1/header").arg(key);
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    const auto save
        = [header, settingsKey] { QSettings().setValue(settingsKey, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setTabKeyNavigation(false);
}

namespace {
// Columns are measured when the table is shown (a hidden view measures nothing) and again
// whenever its model is reset.
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (!m_table->isVisible())
            return;
        m_table->resizeColumnsToContents();
        // A long note or name should not push everything else off the screen.
        for (int column = 0; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    }

    QTableView *m_table;
};
} // namespace

void fitColumnsOnReset(QTableView *table)
{
    new ColumnFitter(table);
}

} // namespace hubreg::ui
