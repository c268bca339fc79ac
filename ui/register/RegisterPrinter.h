#pragma once

#include "database/Entity.h"

#include <QPageLayout>
#include <QString>

class QAbstractItemModel;
class QPrinter;
class QWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// Printed forms of a register, as HTML laid out by QTextDocument for any QPrinter (a real
// printer, or a PDF file).
namespace printing {

// A sign-in sheet for one session: the session's details, then its participants grouped by
// school with a column to sign, and spare lines for anyone else who comes.
QString signInSheetHtml(Database &db, RecordId sessionId);
// The register grid as shown (any model laid out like RegisterGridModel), with a key to the
// mark letters.
QString registerHtml(const QAbstractItemModel &grid, const QString &title);

void print(const QString &html, QPrinter &printer);
// Writes a PDF; returns false (with the file removed) when nothing could be written.
bool savePdf(const QString &html, const QString &path, QPageLayout::Orientation orientation);
// Asks for a printer with the system's print dialog and prints.
void printWithDialog(const QString &html, QPageLayout::Orientation orientation, QWidget *parent);
// For tests: the next printWithDialog() writes this PDF file instead of asking for a printer.
void printNextToPdf(const QString &path);

} // namespace printing
} // namespace hubreg::ui
