#include "ExchangeReport.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ExchangeReport)
};
} // namespace

QString ExchangeConflict::resultText() const
{
    const bool lead = decision == Side::Lead;
    switch (type) {
    case Type::Field:
        return lead ? leadText : hubText;
    case Type::LeadDeletedHubEdited:
        return lead ? Tr::tr("Deleted") : Tr::tr("Kept, as the hub has it");
    case Type::LeadEditedHubDeleted:
        return lead ? Tr::tr("Restored, as the Lead has it") : Tr::tr("Stays deleted");
    }
    return {};
}

int ExchangeReport::added() const
{
    int total = 0;
    for (const KindCounts &count : counts)
        total += count.added;
    return total;
}

int ExchangeReport::changed() const
{
    int total = 0;
    for (const KindCounts &count : counts)
        total += count.changed;
    return total;
}

int ExchangeReport::deleted() const
{
    int total = 0;
    for (const KindCounts &count : counts)
        total += count.deleted;
    return total;
}

int ExchangeReport::undecided() const
{
    int total = 0;
    for (const ExchangeConflict &conflict : conflicts)
        total += conflict.decision ? 0 : 1;
    return total;
}

QString ExchangeReport::summary() const
{
    if (alreadyTaken)
        return Tr::tr("Already taken in: nothing changed.");
    QString text
        = Tr::tr("%1 added, %2 changed, %3 deleted").arg(added()).arg(changed()).arg(deletions);
    if (!conflicts.isEmpty())
        text += Tr::tr("; %n conflict(s)", nullptr, int(conflicts.size()));
    if (!leftOut.isEmpty())
        text += Tr::tr("; %n left out", nullptr, int(leftOut.size()));
    if (kept > 0)
        text += Tr::tr("; %n change(s) of yours kept for the hub", nullptr, kept);
    return text + QLatin1Char('.');
}

} // namespace hubreg
