#pragma once

#include <QList>
#include <QString>

class QHeaderView;
class QTableView;

namespace hubreg::ui {

// Remembers a table's column widths, order and sort between runs, under `key`; returns
// whether a remembered state was restored.
bool rememberHeader(QHeaderView *header, const QString &key);

// The settings every table of the program shares: whole rows selected, no row resizing to
// contents (slow on big tables), alternating rows, no word wrap, columns kept wide enough for
// their headings (keepColumnsReadable).
void setUpTable(QTableView *table);

// Widens a column when its heading, or what it holds (up to a limit), no longer fits, whenever
// the rows change; never narrows one. A stretched column is left to its stretch.
void keepColumnsReadable(QTableView *table);

// Sizes every column to what it holds now (QTableView::resizeColumnsToContents); the guard of
// keepColumnsReadable then has nothing to measure until the rows change, as each column is as
// wide as it needs. A header remembered by rememberHeader() is written once for all of them.
// The columns in `byHeadingAlone` take their heading's width without their cells being read:
// for cells that are costly to read and narrower than the heading until then.
void fitColumnsToContents(QTableView *table, const QList<int> &byHeadingAlone = {});

// Sizes a small table's columns to what they hold, again whenever the model is reset.
void fitColumnsOnReset(QTableView *table);
// Remembers the columns as rememberHeader() does; the first time, before anything is
// remembered, sizes them to what the table first shows.
void rememberOrFitColumns(QTableView *table, const QString &key);

} // namespace hubreg::ui
