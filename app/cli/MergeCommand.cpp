// hubregister merge: the hub takes in Leads' return packs, merged field by field.
#include "Command.h"
#include "ExchangeText.h"
#include "Secrets.h"
#include "database/Database.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubMerge.h"
#include "exchange/PackOpener.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::merge)
};

int runMerge(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Tr::tr("Show what would be merged and the conflicts; save nothing."));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    Tr::tr("Decide every conflict for the Lead's side."));
    const QCommandLineOption ours(QStringLiteral("ours"),
                                  Tr::tr("Decide every conflict for the hub's side."));
    const QCommandLineOption confirmDeletions(
        QStringLiteral("confirm-deletions"),
        Tr::tr("Go ahead when a pack deletes more than 10 records."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      Tr::tr("Report progress on standard error, one line per "
                                             "record: “merging DONE TOTAL”."));
    for (const auto &option :
         { dryRun, theirs, ours, confirmDeletions, progress, passphraseFileOption() })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Tr::tr("Return packs from Leads, in order."), Tr::tr("FILE..."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("merge"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    auto usageError = [&](const QString &message) {
        context.err << Tr::tr("hubregister merge: %1").arg(message) << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return int(ExitUsage);
    };
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Tr::tr("give the return packs to merge."));
    if (parser.isSet(theirs) && parser.isSet(ours))
        return usageError(Tr::tr("--theirs and --ours cannot both be given."));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitError;
    try {
        // Every pack is checked before the passphrase is asked and before anything is written.
        QList<PackEnvelope> envelopes;
        for (const QString &file : files) {
            envelopes << PackOpener::inspect(file);
            PackOpener::checkAddressee(*db, envelopes.last());
        }
        const ExchangeIdentity identity = ExchangeIdentityStore(*db).require();
        const std::optional<QString> passphrase
            = readSecret(context,
                         SecretSource { parser.value(QStringLiteral("passphrase-file")),
                                        "HUBREGISTER_PASSPHRASE",
                                        Tr::tr("The hub's exchange passphrase"), false });
        if (!passphrase)
            return ExitError;
        const packcrypto::KeySet keys = ExchangeIdentityStore::unlock(identity, *passphrase);
        int result = ExitOk;
        for (int i = 0; i < envelopes.size(); ++i) {
            HubMerge merge(*db, PackOpener::open(*db, envelopes.at(i), keys));
            if (parser.isSet(progress))
                merge.setProgress([&context](int done, int total) {
                    context.err << "merging " << done << ' ' << total << '\n' << Qt::flush;
                    return true;
                });
            const QString what = Tr::tr("return %1 from %2").arg(envelopes.at(i).header.seq);
            if (parser.isSet(theirs))
                merge.setDefaultSide(Side::Lead);
            else if (parser.isSet(ours))
                merge.setDefaultSide(Side::Hub);
            // Written at once when nothing is left to decide; otherwise the merge is run again
            // as a dry run to show what is, and nothing of this pack is written.
            std::optional<ExchangeError> refused;
            ExchangeReport report;
            try {
                report = merge.apply(parser.isSet(confirmDeletions), parser.isSet(dryRun));
            } catch (const ExchangeError &error) {
                if (error.kind() != ExchangeError::Kind::Undecided
                    && error.kind() != ExchangeError::Kind::DeletionsUnconfirmed)
                    throw;
                refused = error;
                report = merge.apply(parser.isSet(confirmDeletions), true);
            }
            printExchangeReport(context, files.at(i), what.arg(report.from), report);
            if (refused) {
                context.err
                    << Tr::tr("hubregister merge: %1: nothing of it was merged.").arg(files.at(i))
                    << '\n';
                printExchangeError(context, QStringLiteral("merge"), *refused);
                return ExitNo; // later packs build on this one
            }
            if (parser.isSet(dryRun) && (report.undecided() > 0 || report.asksBeforeDeleting()))
                result = ExitNo;
        }
        return result;
    } catch (const ExchangeError &error) {
        return printExchangeError(context, QStringLiteral("merge"), error);
    }
}

const Registration registration(Command {
    QStringLiteral("merge"),
    QStringLiteral("merge FILE ... [--dry-run] [--theirs|--ours] [--confirm-deletions] "
                   "[--passphrase-file FILE] [--database PATH]"),
    QCoreApplication::translate("hubreg::cli::merge",
                                "Merge Leads' return packs into the hub's file, field by field; "
                                "exit 1 when conflicts are left undecided."),
    runMerge });

} // namespace
} // namespace hubreg::cli
