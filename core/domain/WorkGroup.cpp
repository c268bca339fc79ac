#include "WorkGroup.h"

#include <QCoreApplication>

namespace hubreg {

QString toStorage(WorkGroupStatus status)
{
    switch (status) {
    case WorkGroupStatus::Planned:
        return QStringLiteral("planned");
    case WorkGroupStatus::Recruiting:
        return QStringLiteral("recruiting");
    case WorkGroupStatus::Running:
        return QStringLiteral("running");
    case WorkGroupStatus::Completed:
        return QStringLiteral("completed");
    case WorkGroupStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

WorkGroupStatus workGroupStatusFromStorage(const QString &text)
{
    for (WorkGroupStatus status : allWorkGroupStatuses()) {
        if (toStorage(status) == text)
            return status;
    }
    return WorkGroupStatus::Planned;
}

QString displayName(WorkGroupStatus status)
{
    switch (status) {
    case WorkGroupStatus::Planned:
        return QCoreApplication::translate("hubreg::WorkGroupStatus", "Planned");
    case WorkGroupStatus::Recruiting:
        return QCoreApplication::translate("hubreg::WorkGroupStatus", "Recruiting");
    case WorkGroupStatus::Running:
        return QCoreApplication::translate("hubreg::WorkGroupStatus", "Running");
    case WorkGroupStatus::Completed:
        return QCoreApplication::translate("hubreg::WorkGroupStatus", "Completed");
    case WorkGroupStatus::Cancelled:
        return QCoreApplication::translate("hubreg::WorkGroupStatus", "Cancelled");
    }
    return {};
}

QList<WorkGroupStatus> allWorkGroupStatuses()
{
    return {WorkGroupStatus::Planned, WorkGroupStatus::Recruiting, WorkGroupStatus::Running,
            WorkGroupStatus::Completed, WorkGroupStatus::Cancelled};
}

} // namespace hubreg
