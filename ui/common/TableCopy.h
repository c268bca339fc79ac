#pragma once

#include <QString>

class QAbstractItemView;

namespace hubreg::ui {

// The selected cells of a view as tab-separated text with a header row, the form spreadsheets
// paste. Cells keep their displayed text; tabs and line breaks inside a cell become spaces.
QString selectionAsTabSeparated(const QAbstractItemView &view, bool withHeader = true);
void copySelection(const QAbstractItemView &view);

} // namespace hubreg::ui
