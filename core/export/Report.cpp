#include "Report.h"

#include "EngagementReport.h"
#include "ParticipantsReport.h"
#include "RegisterReport.h"
#include "SchoolsReport.h"
#include "SessionsReport.h"

#include <QCoreApplication>

namespace hubreg {

std::unique_ptr<Report> makeReport(ReportKind kind, const Database &db)
{
    switch (kind) {
    case ReportKind::Participants:
        return std::make_unique<ParticipantsReport>(db);
    case ReportKind::Schools:
        return std::make_unique<SchoolsReport>(db);
    case ReportKind::Sessions:
        return std::make_unique<SessionsReport>(db);
    case ReportKind::Register:
        return std::make_unique<RegisterReport>(db);
    case ReportKind::Engagement:
        return std::make_unique<EngagementReport>(db);
    }
    return nullptr;
}

QList<ReportColumn> columnsFrom(const ColumnSpec *specs, int count, const char *context)
{
    QList<ReportColumn> columns;
    for (int i = 0; i < count; ++i)
        columns << ReportColumn { QLatin1String(specs[i].key),
                                  QCoreApplication::translate(context, specs[i].heading),
                                  specs[i].kind,
                                  {},
                                  {} };
    return columns;
}

QList<ExportColumn> layoutFrom(const ColumnSpec *specs, int count, const char *context)
{
    QList<ExportColumn> layout;
    for (int i = 0; i < count; ++i) {
        if (specs[i].byDefault)
            layout << ExportColumn { QLatin1String(specs[i].key),
                                     QCoreApplication::translate(context, specs[i].heading) };
    }
    return layout;
}

} // namespace hubreg
