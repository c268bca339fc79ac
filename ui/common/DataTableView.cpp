#include "DataTableView.h"

#include "TableCopy.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace hubreg::ui {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection(*this);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace hubreg::ui
