// hubregister pack: a pack for a Lead (in the hub's file) or a return for the hub (in a
// Lead's copy).
#include "Command.h"
#include "ExchangeText.h"
#include "Secrets.h"
#include "database/Database.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubPackWriter.h"
#include "exchange/ReturnPackWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::pack)
};

int packForLead(Context &context, Database &db, const QString &email, const QStringList &codes,
                bool newKeys, const QString &output, const QString &passphraseFile)
{
    ExchangeIdentityStore identities(db);
    auto identity = identities.load();
    if (identity && identity->isLead()) {
        context.err << Tr::tr("hubregister pack: this is a Lead's copy; a pack for a Lead is made "
                              "in the hub's file. Use --to-hub for a return pack.")
                    << '\n';
        return ExitError;
    }
    HubPackRequest request;
    request.leadEmail = email;
    request.workGroupCodes = codes;
    request.newKeys = newKeys;
    HubPackWriter writer(db);
    const HubPackPlan plan = writer.plan(request); // before any passphrase: is the request sound?
    const std::optional<QString> passphrase
        = readSecret(context,
                     SecretSource { passphraseFile, "HUBREGISTER_PASSPHRASE",
                                    identity ? Tr::tr("The hub's exchange passphrase")
                                             : Tr::tr("A new exchange passphrase for the hub"),
                                    !identity });
    if (!passphrase)
        return ExitError;
    if (!identity) {
        identity
            = identities.createHub(HubPackWriter::hubNameFor(db), *passphrase,
                                   packcrypto::PasswordCost::moderate(), packcrypto::makeKeys());
        context.err << Tr::tr("This file now takes part in the exchange as %1's hub. Keep the "
                              "passphrase: every pack made or imported asks for it.")
                           .arg(identity->hubName)
                    << '\n';
    }
    const packcrypto::KeySet keys = ExchangeIdentityStore::unlock(*identity, *passphrase);
    const HubPackResult result = writer.write(request, keys, output);
    context.out << Tr::tr("Pack %1 for %2 (%3): %n record(s), written to %4.", nullptr,
                          result.records)
                       .arg(result.seq)
                       .arg(result.leadName, result.workGroupCodes.join(QStringLiteral(", ")),
                            QDir::toNativeSeparators(output))
                << '\n';
    if (result.firstPack)
        context.out << Tr::tr("This is %1's first pack. Tell them this code by phone, never by "
                              "email: %2")
                           .arg(plan.leadName, result.code)
                    << '\n';
    return ExitOk;
}

int packForHub(Context &context, Database &db, const QString &output, const QString &passphraseFile)
{
    const ExchangeIdentity identity = ExchangeIdentityStore(db).require();
    if (!identity.isLead()) {
        context.err << Tr::tr("hubregister pack: --to-hub is for a Lead's copy; this is the hub's "
                              "file.")
                    << '\n';
        return ExitError;
    }
    const std::optional<QString> passphrase
        = readSecret(context,
                     SecretSource { passphraseFile, "HUBREGISTER_PASSPHRASE",
                                    Tr::tr("The passphrase of this Lead's copy"), false });
    if (!passphrase)
        return ExitError;
    const packcrypto::KeySet keys = ExchangeIdentityStore::unlock(identity, *passphrase);
    const ReturnPackResult result = ReturnPackWriter(db).write(keys, output);
    context.out << Tr::tr("Return %1 for %2: %n change(s), written to %3.", nullptr, result.changes)
                       .arg(result.seq)
                       .arg(identity.hubName, QDir::toNativeSeparators(output))
                << '\n';
    return ExitOk;
}

int runPack(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption lead(QStringLiteral("lead"),
                                  Tr::tr("Make a pack for the Lead with this email address."),
                                  Tr::tr("EMAIL"));
    const QCommandLineOption workGroup(QStringLiteral("workgroup"),
                                       Tr::tr("Only this Work Group of the Lead's (repeat for "
                                              "more; default: every one whose year has not "
                                              "ended)."),
                                       Tr::tr("CODE"));
    const QCommandLineOption newKeys(QStringLiteral("new-keys"),
                                     Tr::tr("Issue the Lead new keys (a new or lost laptop): a "
                                            "first pack, opened with a code told by phone."));
    const QCommandLineOption toHub(QStringLiteral("to-hub"),
                                   Tr::tr("In a Lead's copy: a return pack of every change the "
                                          "hub has not acknowledged."));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("Write the pack here."), Tr::tr("FILE"));
    for (const auto &option : { lead, workGroup, newKeys, toHub, output, passphraseFileOption() })
        parser.addOption(option);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("pack"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    auto usageError = [&](const QString &message) {
        context.err << Tr::tr("hubregister pack: %1").arg(message) << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("unexpected “%1”.").arg(parser.positionalArguments().first()));
    if (parser.isSet(lead) == parser.isSet(toHub))
        return usageError(Tr::tr("give either --lead EMAIL (in the hub's file) or --to-hub (in a "
                                 "Lead's copy)."));
    if (parser.value(output).isEmpty())
        return usageError(Tr::tr("give the file to write with -o FILE."));
    if (parser.isSet(toHub) && (parser.isSet(workGroup) || parser.isSet(newKeys)))
        return usageError(Tr::tr("--workgroup and --new-keys go with --lead."));
    if (parser.isSet(lead) && parser.value(lead).trimmed().isEmpty())
        return usageError(Tr::tr("--lead needs the Lead's email address."));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitError;
    const QString passphraseFile = parser.value(QStringLiteral("passphrase-file"));
    try {
        if (parser.isSet(toHub))
            return packForHub(context, *db, parser.value(output), passphraseFile);
        return packForLead(context, *db, parser.value(lead), parser.values(workGroup),
                           parser.isSet(newKeys), parser.value(output), passphraseFile);
    } catch (const ExchangeError &error) {
        return printExchangeError(context, QStringLiteral("pack"), error);
    }
}

const Registration registration(Command {
    QStringLiteral("pack"),
    QStringLiteral("pack --lead EMAIL [--workgroup CODE ...] [--new-keys] -o FILE | pack --to-hub "
                   "-o FILE [--passphrase-file FILE] [--database PATH]"),
    QCoreApplication::translate(
        "hubreg::cli::pack",
        "Make a pack: for a Lead (in the hub's file), or a return for the "
        "hub (in a Lead's copy). Encrypted for its recipient, written 0600."),
    runPack });

} // namespace
} // namespace hubreg::cli
