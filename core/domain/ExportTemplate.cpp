#include "ExportTemplate.h"

#include <QCoreApplication>

namespace hubreg {

QString toStorage(ReportKind report)
{
    switch (report) {
    case ReportKind::Participants:
        return QStringLiteral("participants");
    case ReportKind::Schools:
        return QStringLiteral("schools");
    case ReportKind::Sessions:
        return QStringLiteral("sessions");
    case ReportKind::Register:
        return QStringLiteral("register");
    case ReportKind::Engagement:
        return QStringLiteral("engagement");
    }
    return {};
}

std::optional<ReportKind> reportKindFromStorage(const QString &text)
{
    for (ReportKind report : allReportKinds()) {
        if (toStorage(report).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return report;
    }
    return std::nullopt;
}

QString displayName(ReportKind report)
{
    const char *context = "hubreg::ReportKind";
    switch (report) {
    case ReportKind::Participants:
        return QCoreApplication::translate(context, "Participants");
    case ReportKind::Schools:
        return QCoreApplication::translate(context, "Schools");
    case ReportKind::Sessions:
        return QCoreApplication::translate(context, "Sessions");
    case ReportKind::Register:
        return QCoreApplication::translate(context, "Register");
    case ReportKind::Engagement:
        return QCoreApplication::translate(context, "Engagement");
    }
    return {};
}

QList<ReportKind> allReportKinds()
{
    return { ReportKind::Participants, ReportKind::Schools, ReportKind::Sessions,
             ReportKind::Register, ReportKind::Engagement };
}

} // namespace hubreg
