#pragma once

#include "Report.h"

namespace hubreg {

// The Engagement return: per hub and phase, the state-funded open schools in the hub's local
// authorities, those that completed a Work Group in the year, the share and the progress to
// the strategic goal; per programme, the schools taking part and completing.
class EngagementReport : public Report
{
public:
    using Report::Report;

    ReportKind kind() const override { return ReportKind::Engagement; }
    QList<ReportColumn> columns(const ExportFilter &filter) const override;
    QList<ExportColumn> defaultLayout() const override;
    void rows(const ExportFilter &filter,
              const std::function<bool(const QList<CsvCell> &)> &row) const override;
};

} // namespace hubreg
