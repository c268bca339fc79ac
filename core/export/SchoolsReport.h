#pragma once

#include "Report.h"

namespace hubreg {

// The Schools return: one row per school per Work Group, with the sessions the school attended
// (through any of its participants) and whether it completed.
class SchoolsReport : public Report
{
public:
    using Report::Report;

    ReportKind kind() const override { return ReportKind::Schools; }
    QList<ReportColumn> columns(const ExportFilter &filter) const override;
    QList<ExportColumn> defaultLayout() const override;
    void rows(const ExportFilter &filter,
              const std::function<bool(const QList<CsvCell> &)> &row) const override;
    qint64 expectedRows(const ExportFilter &filter) const override;
};

} // namespace hubreg
