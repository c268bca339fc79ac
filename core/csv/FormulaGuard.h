#pragma once

#include <QString>

namespace hubreg::formulaguard {

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
// formula. The guard puts an apostrophe in front so it shows as text. Cells that already
// start with apostrophes before such a character get one more, so unguarded() can always
// give back exactly what was guarded.
bool needsGuard(QStringView text);
QString guarded(const QString &text);
// Removes one apostrophe that guarded() added; leaves everything else as it is.
QString unguarded(const QString &text);

} // namespace hubreg::formulaguard
