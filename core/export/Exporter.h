#pragma once

#include "ExportControl.h"
#include "Report.h"

#include <QStringList>

class QIODevice;

namespace hubreg {

// The kinds of file a return can be written as.
enum class ExportFormat {
    Csv, // RFC 4180 CSV, UTF-8 (docs/exports.md)
    Xlsx, // an Excel workbook with typed cells (XlsxWriter)
};
// The format a file's name asks for: ".xlsx" (any case) a workbook, anything else CSV.
ExportFormat exportFormatFor(const QString &path);

// The first rows of a report as they will be written, for a person to check before saving.
struct ExportPreview
{
    QStringList headings;
    QList<QStringList> rows; // cell text as a spreadsheet shows it (before the formula guard)
};

// Writes the NCETM returns: a report, filtered, laid out by a template (or the default layout),
// to CSV as docs/exports.md describes: UTF-8 with a BOM, CRLF, ISO dates, free text guarded
// against formula injection; or, to a path ending in .xlsx, as an Excel workbook with typed
// cells (XlsxWriter). A file appears whole or not at all, and a file it replaces is kept until
// the new one is complete: CSV through QSaveFile, a workbook written to a temporary file
// beside the target and renamed over it. Either is private (0600), and never written over the
// hub's file, its companions, a backup or another database.
class Exporter
{
public:
    explicit Exporter(const Database &db)
        : m_db(db)
    { }

    QList<ReportColumn> availableColumns(ReportKind kind, const ExportFilter &filter) const;
    QList<ExportColumn> defaultLayout(ReportKind kind) const;
    // The keys of the report's column groups (ReportColumn::group), which a layout names once.
    QStringList columnGroups(ReportKind kind) const;
    // The rows the report will give for this filter, counted cheaply; -1 when it cannot tell.
    qint64 expectedRows(ReportKind kind, const ExportFilter &filter) const;

    // An empty layout means the report's default layout. Throws ExportError for a layout
    // naming a column the report does not have.
    ExportPreview preview(ReportKind kind, const ExportFilter &filter,
                          const QList<ExportColumn> &layout = {}, int maxRows = 20) const;

    // Returns the number of rows written (the heading row not counted); the format follows the
    // path (exportFormatFor), and `options` other than guardFormulas apply to CSV only. Throws
    // ExportError when the layout or the file is wrong (ExportCancelled when `control` asked to
    // stop), StoreError when the database fails; the file at `path` is then as it was.
    qint64 write(ReportKind kind, const ExportFilter &filter, const QString &path,
                 const QList<ExportColumn> &layout = {}, const CsvWriteOptions &options = {},
                 const ExportControl &control = {}) const;
    qint64 write(const Report &report, const ExportFilter &filter, const QString &path,
                 const QList<ExportColumn> &layout = {}, const CsvWriteOptions &options = {},
                 const ExportControl &control = {}) const;
    // To any device (standard output, a buffer); nothing is rolled back on failure there.
    qint64 write(const Report &report, const ExportFilter &filter, QIODevice &device,
                 const QString &name, const QList<ExportColumn> &layout = {},
                 const CsvWriteOptions &options = {}, const ExportControl &control = {}) const;

private:
    qint64 writeXlsx(const Report &report, const ExportFilter &filter, const QString &path,
                     const QList<ExportColumn> &layout, const CsvWriteOptions &options,
                     const ExportControl &control) const;

    const Database &m_db;
};

} // namespace hubreg
