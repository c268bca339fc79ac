// HubRegister: the window for people, subcommands for scripts. Everything else is in core/ and ui/.
#include "cli/Command.h"
#include "shell/GuiSession.h"

#include <QApplication>
#include <QCoreApplication>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubRegister"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hubregister.org.uk"));
    QCoreApplication::setApplicationName(QStringLiteral("HubRegister"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBREGISTER_VERSION));
}

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return hubreg::cli::isCommand(first) || first == QLatin1String("help")
        || (!first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('.'))
            && !first.contains(QLatin1Char('/')));
}
} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        hubreg::ui::installTranslations(app);
        if (app.arguments().value(1) == QLatin1String("help")) {
            QTextStream(stdout) << hubreg::cli::usage();
            return hubreg::cli::ExitOk;
        }
        return hubreg::cli::runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    hubreg::ui::installTranslations(app);
    return hubreg::ui::runGuiSession(app, hubreg::cli::usage());
}
