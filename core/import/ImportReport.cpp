#include "ImportReport.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hubreg::ImportReport", text);
}
} // namespace

QString ImportIssue::describe() const
{
    QString place
        = column > 0 ? tr("line %1, column %2").arg(line).arg(column) : tr("line %1").arg(line);
    if (!field.isEmpty())
        place += QStringLiteral(" (%1)").arg(field);
    return tr("%1: %2").arg(place, message);
}

QString ImportReport::summary() const
{
    return tr("%1 added, %2 updated, %3 unchanged, %4 skipped, %5 rejected")
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(skipped)
        .arg(rejected.size());
}

} // namespace hubreg
