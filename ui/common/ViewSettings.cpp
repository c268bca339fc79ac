#include "ViewSettings.h"

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

void fitColumnsOnReset(QTableView *table)
{
    const auto fit = [table] {
        table->resizeColumnsToContents();
        // A long note or name should not push everything else off the screen.
        for (int column = 0; column < table->model()->columnCount(); ++column)
            table->setColumnWidth(column, qMin(table->columnWidth(column), 320));
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
    fit();
}

} // namespace hubreg::ui
