#pragma once

#include "csv/CsvWriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hubreg {

// Writes one sheet of a return as an Excel workbook (.xlsx, through libxlsxwriter), typed so a
// spreadsheet opens it right: the program's codes (URN, LA code, TRN, academic year, marks, Y/N)
// and free text as text, so no leading zero is lost; numbers as numbers, shown with the decimals
// the CSV has; dates as dates (dd/mm/yyyy) and times as times (hh:mm). The header row is bold
// and frozen, with a filter over every column. Free text typed by people is guarded against
// formula injection exactly as in the CSV (docs/csv.md), and nothing is ever written as a
// formula. Rows are streamed to disk (libxlsxwriter's constant memory mode), so a national
// return does not have to fit in memory.
//
// libxlsxwriter writes to a path, not a device: the workbook appears at `path` only when
// finish() succeeds. Exporter gives it a temporary path beside the target and renames. Throws
// ExportError (naming `displayName`) when a row or cell is beyond what a spreadsheet holds or
// the file cannot be written.
class XlsxWriter
{
public:
    XlsxWriter(const QString &path, const QString &sheetName, const QString &displayName,
               bool guardFormulas = true);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // The heading row, as free text.
    void writeHeader(const QStringList &headings);
    void writeRow(const QList<CsvCell> &cells);
    // Writes the workbook to the path; nothing is there before.
    void finish();

    // Excel's limits: rows in a sheet (the heading row included), characters in a cell.
    static constexpr qint64 kMaxRows = 1048576;
    static constexpr int kMaxCellLength = 32767;

private:
    struct Workbook;
    void writeCell(int column, const CsvCell &cell);
    [[noreturn]] void fail(const QString &reason) const;

    std::unique_ptr<Workbook> m_book;
    QString m_displayName;
    bool m_guardFormulas;
    qint64 m_row = 0; // the next row to write, 0 the heading
    int m_columns = 0;
    QList<int> m_widths; // characters, per column
};

} // namespace hubreg
