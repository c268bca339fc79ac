#pragma once

#include <QString>

class QHeaderView;
class QTableView;

namespace hubreg::ui {

// Remembers a table's column widths, order and sort between runs, under `key`.
void rememberHeader(QHeaderView *header, const QString &key);

// The settings every table of the program shares: whole rows selected, no row resizing to
// contents (slow on big tables), alternating rows, no word wrap.
void setUpTable(QTableView *table);

// Sizes a small table's columns to what they hold, again whenever the model is reset.
void fitColumnsOnReset(QTableView *table);

} // namespace hubreg::ui
