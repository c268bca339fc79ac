// hubregister merge: the hub takes in Leads' return packs, merged field by field.
#include "Command.h"
#include "ExchangeText.h"
#include "Secrets.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubMerge.h"
#include "exchange/PackOpener.h"
#include "store/Database.h"

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
            ExchangeReport report = merge.preview();
            if (parser.isSet(theirs))
                merge.decideAll(Side::Lead);
            else if (parser.isSet(ours))
                merge.decideAll(Side::Hub);
            const bool undecided
                = std::any_of(merge.conflicts().cbegin(), merge.conflicts().cend(),
                              [](const ExchangeConflict &c) { return !c.decision; });
            if (report.alreadyTaken) {
                printExchangeReport(context, files.at(i), what.arg(report.from), report);
                continue;
            }
            if (undecided || parser.isSet(dryRun)) {
                report = merge.apply(parser.isSet(confirmDeletions), true);
                printExchangeReport(context, files.at(i), what.arg(report.from), report);
                if (undecided) {
                    context.err << Tr::tr(
                                       "hubregister merge: %1: %n conflict(s) left undecided, so "
                                       "nothing of it was merged. Decide them with --theirs "
                                       "(the Lead's) or --ours (the hub's), or one by one in "
                                       "the program.",
                                       nullptr, report.undecided())
                                       .arg(files.at(i))
                                << '\n';
                    return ExitNo; // later packs build on this one
                }
                if (report.asksBeforeDeleting() && !parser.isSet(confirmDeletions))
                    result = ExitNo;
                continue;
            }
            report = merge.apply(parser.isSet(confirmDeletions));
            printExchangeReport(context, files.at(i), what.arg(report.from), report);
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
