#pragma once

#include <QString>

namespace hubreg {
struct CsvPreview;
}

namespace hubreg::ui {

// How HubRegister reads a file about to be imported, for a person to check before going on:
// "Read as Windows-1252, columns separated by semicolons."
QString describeCsvFormat(const CsvPreview &preview);

} // namespace hubreg::ui
