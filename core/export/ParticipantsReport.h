#pragma once

#include "Report.h"

namespace hubreg {

// The Participants return: one row per participant per Work Group, with their attendance and
// whether they completed.
class ParticipantsReport : public Report
{
public:
    using Report::Report;

    ReportKind kind() const override { return ReportKind::Participants; }
    QList<ReportColumn> columns(const ExportFilter &filter) const override;
    QList<ExportColumn> defaultLayout() const override;
    void rows(const ExportFilter &filter,
              const std::function<bool(const QList<CsvCell> &)> &row) const override;
    qint64 expectedRows(const ExportFilter &filter) const override;
};

} // namespace hubreg
