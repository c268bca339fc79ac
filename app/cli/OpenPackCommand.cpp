// hubregister open-pack: a Lead opens a pack from the hub, which makes or updates their copy.
#include "Command.h"
#include "ExchangeText.h"
#include "Secrets.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/LeadUpdate.h"
#include "exchange/PackOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::openpack)
};

int openPack(Context &context, Database &db, const QString &path, const QCommandLineParser &parser)
{
    const PackEnvelope envelope = PackOpener::inspect(path);
    PackOpener::checkAddressee(db, envelope);
    const QString passphraseFile = parser.value(QStringLiteral("passphrase-file"));
    std::optional<LeadUpdate> update;
    if (envelope.header.protection == PackProtection::Code) {
        const std::optional<QString> code = readSecret(
            context,
            SecretSource { parser.value(QStringLiteral("code-file")), "HUBREGISTER_PACK_CODE",
                           Tr::tr("The code the hub told you by phone"), false });
        if (!code)
            return ExitError;
        update.emplace(db, PackOpener::openWithCode(envelope, *code));
        const std::optional<QString> passphrase
            = readSecret(context,
                         SecretSource { passphraseFile, "HUBREGISTER_PASSPHRASE",
                                        Tr::tr("A new passphrase for this copy's keys"), true });
        if (!passphrase)
            return ExitError;
        if (passphrase->size() < ExchangeIdentityStore::kMinimumPassphrase) {
            context.err << Tr::tr("hubregister open-pack: a passphrase needs at least %1 "
                                  "characters.")
                               .arg(ExchangeIdentityStore::kMinimumPassphrase)
                        << '\n';
            return ExitError;
        }
        update->setPassphrase(*passphrase, packcrypto::PasswordCost::moderate());
    } else {
        const ExchangeIdentity identity = ExchangeIdentityStore(db).require();
        const std::optional<QString> passphrase
            = readSecret(context,
                         SecretSource { passphraseFile, "HUBREGISTER_PASSPHRASE",
                                        Tr::tr("The passphrase of this Lead's copy"), false });
        if (!passphrase)
            return ExitError;
        update.emplace(
            db,
            PackOpener::open(db, envelope, ExchangeIdentityStore::unlock(identity, *passphrase)));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ExchangeReport report = dryRun
        ? update->preview()
        : update->apply(parser.isSet(QStringLiteral("confirm-deletions")));
    printExchangeReport(
        context, path,
        Tr::tr("pack %1 from %2").arg(envelope.header.seq).arg(envelope.header.hubName), report);
    if (dryRun && report.asksBeforeDeleting()) {
        context.err << Tr::tr("hubregister open-pack: it would delete %1 records; taking it in "
                              "needs --confirm-deletions.")
                           .arg(report.deletions)
                    << '\n';
        return ExitNo;
    }
    return ExitOk;
}

int runOpenPack(Context &context)
{
    QCommandLineParser parser;
    for (const auto &option :
         { QCommandLineOption(QStringLiteral("dry-run"),
                              Tr::tr("Show what the pack would change; save nothing.")),
           QCommandLineOption(QStringLiteral("confirm-deletions"),
                              Tr::tr("Go ahead when the pack deletes more than 10 records.")),
           passphraseFileOption(), codeFileOption() })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The pack from the hub."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("open-pack"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << Tr::tr("hubregister open-pack: give the pack to open.") << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    // A first pack makes the copy: a file made for it and then refused is removed again.
    const QString database = databasePathFrom(parser);
    const bool existed = QFileInfo::exists(database) && QFileInfo(database).size() > 0;
    int result = ExitError;
    {
        auto db = openDatabase(parser, context);
        if (!db)
            return ExitError;
        try {
            result = openPack(context, *db, path, parser);
        } catch (const ExchangeError &error) {
            result = printExchangeError(context, QStringLiteral("open-pack"), error);
        } catch (const StoreError &error) {
            context.err << Tr::tr("hubregister open-pack: %1").arg(error.message()) << '\n';
            result = ExitError;
        }
    }
    if (!existed && (result != ExitOk || parser.isSet(QStringLiteral("dry-run")))) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(database + suffix);
    }
    return result;
}

const Registration registration(Command {
    QStringLiteral("open-pack"),
    QStringLiteral("open-pack FILE [--dry-run] [--confirm-deletions] [--passphrase-file FILE] "
                   "[--code-file FILE] [--database PATH]"),
    QCoreApplication::translate("hubreg::cli::openpack",
                                "Open a pack from the hub: the first makes the Lead's copy, later "
                                "ones update it, keeping changes the hub has not seen yet."),
    runOpenPack });

} // namespace
} // namespace hubreg::cli
