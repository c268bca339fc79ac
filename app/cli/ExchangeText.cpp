#include "ExchangeText.h"

#include "exchange/ExchangeDisplay.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeReport.h"
#include "exchange/ExchangeSchema.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hubreg::cli {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::exchange)
};
} // namespace

void printExchangeReport(Context &context, const QString &fileName, const QString &what,
                         const ExchangeReport &report)
{
    for (const QString &note : report.notes)
        context.out << Tr::tr("note: %1").arg(note) << '\n';
    for (const exchangeschema::KindSpec &kind : exchangeschema::kinds()) {
        const KindCounts counts = report.counts.value(kind.name);
        if (counts.added + counts.changed + counts.deleted == 0)
            continue;
        context.out << QStringLiteral("  %1: ").arg(ExchangeDisplay::kindLabel(kind.name))
                    << Tr::tr("%1 added, %2 changed, %3 deleted")
                           .arg(counts.added)
                           .arg(counts.changed)
                           .arg(counts.deleted)
                    << '\n';
    }
    for (const ExchangeConflict &conflict : report.conflicts) {
        const QString decision = !conflict.decision ? Tr::tr("undecided")
            : *conflict.decision == Side::Lead      ? Tr::tr("the Lead's")
                                                    : Tr::tr("the hub's");
        context.out << Tr::tr("conflict: %1, %2: base %3; hub %4; Lead %5 (%6)")
                           .arg(conflict.record, conflict.fieldLabel, conflict.baseText,
                                conflict.hubText, conflict.leadText, decision)
                    << '\n';
    }
    for (const LeftOutRecord &left : report.leftOut)
        context.out << Tr::tr("left out: %1: %2").arg(left.record, left.reason) << '\n';
    QString summary
        = Tr::tr("%1: %2: %3").arg(QFileInfo(fileName).fileName(), what, report.summary());
    if (report.dryRun && !report.alreadyTaken)
        summary += QLatin1Char(' ') + Tr::tr("Dry run: nothing was saved.");
    context.out << summary << '\n';
}

int printExchangeError(Context &context, const QString &command, const ExchangeError &error)
{
    context.err << Tr::tr("hubregister %1: %2").arg(command, error.message()) << '\n';
    switch (error.kind()) {
    case ExchangeError::Kind::Undecided:
        context.err << Tr::tr("Decide them all one way with --theirs (the Lead's) or --ours (the "
                              "hub's), or one by one in the program.")
                    << '\n';
        return ExitNo;
    case ExchangeError::Kind::DeletionsUnconfirmed:
        context.err << Tr::tr("Run it again with --confirm-deletions to go ahead.") << '\n';
        return ExitNo;
    default:
        return ExitError;
    }
}

} // namespace hubreg::cli
