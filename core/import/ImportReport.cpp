#include "ImportReport.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ImportReport)
};
} // namespace

QString ImportIssue::describe() const
{
    QString place
        = column > 0 ? Tr::tr("line %1, column %2").arg(line).arg(column) : Tr::tr("line %1").arg(line);
    if (!field.isEmpty())
        place += QStringLiteral(" (%1)").arg(field);
    return Tr::tr("%1: %2").arg(place, message);
}

QString ImportReport::summary() const
{
    return Tr::tr("%1 added, %2 updated, %3 unchanged, %4 skipped, %5 rejected")
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(skipped)
        .arg(rejected.size());
}

} // namespace hubreg
