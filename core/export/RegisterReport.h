#pragma once

#include "Report.h"

namespace hubreg {

// The register as a grid: one row per participant, one column per session number, one mark
// code per cell (docs/exports.md lists the codes).
class RegisterReport : public Report
{
public:
    using Report::Report;

    ReportKind kind() const override { return ReportKind::Register; }
    QList<ReportColumn> columns(const ExportFilter &filter) const override;
    QList<ExportColumn> defaultLayout() const override;
    QStringList columnGroups() const override { return { QStringLiteral("sessions") }; }
    void rows(const ExportFilter &filter,
              const std::function<bool(const QList<CsvCell> &)> &row) const override;
    qint64 expectedRows(const ExportFilter &filter) const override;
};

} // namespace hubreg
