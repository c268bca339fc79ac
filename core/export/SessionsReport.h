#pragma once

#include "Report.h"

namespace hubreg {

// The Sessions return: one row per session, with its register in numbers.
class SessionsReport : public Report
{
public:
    using Report::Report;

    ReportKind kind() const override { return ReportKind::Sessions; }
    QList<ReportColumn> columns(const ExportFilter &filter) const override;
    QList<ExportColumn> defaultLayout() const override;
    void rows(const ExportFilter &filter,
              const std::function<bool(const QList<CsvCell> &)> &row) const override;
    qint64 expectedRows(const ExportFilter &filter) const override;
};

} // namespace hubreg
