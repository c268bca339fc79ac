#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace hubreg::importvalues {

// Reading the values of import files. Each gives std::nullopt for text that is not a value of
// its kind; empty text is "not given", which callers treat as they need.

// dd-mm-yyyy (GIAS), dd/mm/yyyy (as a spreadsheet saves it) or yyyy-mm-dd.
std::optional<QDate> date(const QString &text);
// A whole number of at least zero.
std::optional<int> count(const QString &text);
// Y, Yes, True, 1 / N, No, False, 0, in any case.
std::optional<bool> yesNo(const QString &text);

// A value as a message quotes it: at most 40 characters, the rest shown as "…", so a field of
// 100,000 characters makes a message a person can read; control characters written out as
// \xHH, so a message never carries an escape sequence.
QString shown(const QString &text);

} // namespace hubreg::importvalues
