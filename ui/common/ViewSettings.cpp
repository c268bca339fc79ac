#include "ViewSettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace hubreg::ui {

bool rememberHeader(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/%1/header").arg(key);
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    const auto save
        = [header, settingsKey] { QSettings().setValue(settingsKey, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return restored;
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
    enum class When { Always, Once };

    ColumnFitter(QTableView *table, When when)
        : QObject(table)
        , m_table(table)
        , m_when(when)
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
        if (!m_table->isVisible() || (m_when == When::Once && m_table->model()->rowCount() == 0))
            return;
        m_table->resizeColumnsToContents();
        // A long note or name should not push everything else off the screen.
        for (int column = 0; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
        if (m_when == When::Once)
            deleteLater();
    }

    QTableView *m_table;
    When m_when;
};
} // namespace

void fitColumnsOnReset(QTableView *table)
{
    new ColumnFitter(table, ColumnFitter::When::Always);
}

void rememberOrFitColumns(QTableView *table, const QString &key)
{
    if (!rememberHeader(table->horizontalHeader(), key))
        new ColumnFitter(table, ColumnFitter::When::Once);
}

} // namespace hubreg::ui
