#pragma once

#include "ExportFilter.h"
#include "csv/CsvWriter.h"
#include "domain/ExportTemplate.h"

#include <QList>

#include <functional>
#include <memory>

namespace hubreg {

class Database;

// One column a report can give.
struct ReportColumn
{
    QString key; // stable, used by templates: "school_urn"
    QString heading; // the default heading
    CsvCellKind kind = CsvCellKind::Text;
    // Columns that come as a set whose size depends on the data (the register's sessions) share
    // a group key; a template names the group once, with a heading pattern where %1 and %2 stand
    // for the column's groupArgs (the register: session number and date).
    QString group;
    QStringList groupArgs;
};

// One NCETM return: its columns, its default layout, and its rows for a filter. All reports
// count attendance with figures/AttendanceRules.h, so their figures agree with the program's.
class Report
{
public:
    explicit Report(const Database &db)
        : m_db(db)
    { }
    virtual ~Report() = default;

    virtual ReportKind kind() const = 0;
    // Every column the report can give for this filter, in a fixed order.
    virtual QList<ReportColumn> columns(const ExportFilter &filter) const = 0;
    // The columns and headings used when no template is chosen (docs/exports.md).
    virtual QList<ExportColumn> defaultLayout() const = 0;
    // The keys of the column groups the report has (see ReportColumn::group).
    virtual QStringList columnGroups() const { return {}; }
    // Calls `row` with each row's cells in the order of columns(filter), while it returns true.
    virtual void rows(const ExportFilter &filter,
                      const std::function<bool(const QList<CsvCell> &)> &row) const = 0;
    // How many rows rows(filter) will give, counted without building them, for progress; -1
    // when the report cannot tell cheaply.
    virtual qint64 expectedRows(const ExportFilter &filter) const
    {
        Q_UNUSED(filter);
        return -1;
    }

protected:
    const Database &m_db;
};

std::unique_ptr<Report> makeReport(ReportKind kind, const Database &db);

// A column as a report's table declares it; headings are marked with QT_TRANSLATE_NOOP.
struct ColumnSpec
{
    const char *key;
    const char *heading;
    CsvCellKind kind;
    bool byDefault; // part of the default layout
};

// The columns and default layout of a table of specs, headings translated in `context`.
QList<ReportColumn> columnsFrom(const ColumnSpec *specs, int count, const char *context);
QList<ExportColumn> layoutFrom(const ColumnSpec *specs, int count, const char *context);

} // namespace hubreg
