// HubRegister: the window for people, subcommands for scripts. Everything else is in core/ and ui/.
#include "cli/Command.h"
#include "shell/GuiSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubRegister"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hubregister.org.uk"));
    QCoreApplication::setApplicationName(QStringLiteral("HubRegister"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBREGISTER_VERSION));
}

// Help, version and subcommands need no display, so they run without the GUI platform.
bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("help"))
        return true;
    return hubreg::cli::isCommand(first)
        || (!first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('.'))
            && !first.contains(QLatin1Char('/')) && !first.contains(QLatin1Char('\\')));
}

// A subject access export draws a PDF, which needs fonts: the GUI library, on no screen.
bool drawsDocuments(int argc, char **argv)
{
    return argc > 2 && qstrcmp(argv[1], "person") == 0 && qstrcmp(argv[2], "export") == 0;
}

void attachToConsole()
{
#ifdef Q_OS_WIN
    // The executable is a GUI program on Windows; a subcommand run from a console writes to it.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}
} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (wantsCommandLine(argc, argv)) {
        attachToConsole();
        std::unique_ptr<QCoreApplication> owned;
        if (drawsDocuments(argc, argv)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            owned = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            owned = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *owned;
        hubreg::ui::installTranslations(app);
        const QString first = app.arguments().value(1);
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            QTextStream(stdout) << "HubRegister " << QCoreApplication::applicationVersion() << '\n';
            return hubreg::cli::ExitOk;
        }
        if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h")) {
            QTextStream(stdout) << hubreg::cli::usage();
            return hubreg::cli::ExitOk;
        }
        return hubreg::cli::runCommandLine(app.arguments());
    }
    QApplication app(argc, argv);
    hubreg::ui::installTranslations(app);
    return hubreg::ui::runGuiSession(app, hubreg::cli::usage());
}
