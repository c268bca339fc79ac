// hubregister demo: fills an empty database with the demo hub, without a window.
#include "Command.h"
#include "database/Database.h"
#include "demo/DemoHub.h"

#include <QCoreApplication>
#include <QDate>

namespace hubreg::cli {
namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::demo)
};

int runDemo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        Tr::tr("Generate from this seed (default %1).").arg(DemoHub::kDefaultSeed),
        Tr::tr("NUMBER"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        Tr::tr("Treat this date (yyyy-mm-dd) as today: sessions before it "
               "have registers."),
        Tr::tr("DATE"));
    parser.addOption(seed);
    parser.addOption(today);
    int exitCode = ExitOk;
    static const Command self = *Registry::find(QStringLiteral("demo"));
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("database"))) {
        context.err << Tr::tr("hubregister demo: name the file to fill with --database PATH.")
                    << '\n';
        return ExitUsage;
    }
    bool seedOk = true;
    const quint32 seedValue
        = parser.isSet(seed) ? parser.value(seed).toUInt(&seedOk) : DemoHub::kDefaultSeed;
    const QDate todayValue = parser.isSet(today)
        ? QDate::fromString(parser.value(today), Qt::ISODate)
        : QDate::currentDate();
    if (!seedOk || !todayValue.isValid()) {
        context.err << Tr::tr(
            "hubregister demo: --seed takes a whole number and --today a date such "
            "as 2025-03-14.")
                    << '\n';
        return ExitUsage;
    }
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitError;
    const DemoSummary summary = DemoHub::create(*db, todayValue, seedValue);
    context.out << Tr::tr("Created the demo hub in %1: %2 schools, %3 people, %4 Work Groups, %5 "
                          "sessions, %6 attendance marks.")
                       .arg(db->path(), QString::number(summary.schools),
                            QString::number(summary.people), QString::number(summary.workGroups),
                            QString::number(summary.sessions), QString::number(summary.marks))
                << '\n';
    return ExitOk;
}

const Registration registration(Command {
    QStringLiteral("demo"), QStringLiteral("demo --database PATH [--seed N] [--today YYYY-MM-DD]"),
    QCoreApplication::translate("hubreg::cli::demo",
                                "Fill an empty database with the fictional demo hub."),
    runDemo });

} // namespace
} // namespace hubreg::cli
