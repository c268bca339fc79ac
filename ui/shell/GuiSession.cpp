#include "GuiSession.h"

#include "DatabaseOpener.h"
#include "TerminationWatcher.h"
#include "common/Prompter.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

namespace hubreg::ui {

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("hubregister"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

namespace {
// A failed daily copy must not keep anyone from their register: it is reported, not fatal.
void takeDailyBackup(const Database &db)
{
    // A server's hub is backed up by its server (and `hubregister backup` writes a file of
    // it); the daily copies live beside a file.
    if (db.isServer())
        return;
    try {
        const int keep = db.setting(QLatin1String(Backup::kDailyKeptSetting),
                                    QString::number(Backup::kDefaultDailyKept))
                             .toInt();
        Backup::dailyIfDue(db, keep);
    } catch (const StoreError &error) {
        Prompter::warning(nullptr, QCoreApplication::translate("hubreg::ui", "Daily backup failed"),
                          error.message());
    }
}
} // namespace

int runGuiSession(QApplication &app, const QString &commandLineUsage)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hubregister.svg")));
    QApplication::setApplicationDisplayName(QStringLiteral("HubRegister"));

    QCommandLineParser parser;
    parser.setApplicationDescription(commandLineUsage);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("hubreg::ui",
                                    "Open (or create) this file, or the hub at this server "
                                    "address (postgresql://user@host:port/database)."),
        QCoreApplication::translate("hubreg::ui", "PATH"));
    parser.addOption(database);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("hubreg::ui", "A HubRegister file to open."),
        QStringLiteral("[file]"));
    parser.process(app);

    // Watching from the start: a logout during start-up must still end cleanly.
    TerminationWatcher watcher;
    MainWindow *shown = nullptr;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &app, [&shown] {
        if (shown)
            shown->close();
        QCoreApplication::quit();
    });

    QString path = parser.value(database);
    if (path.isEmpty())
        path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("files/last"), Database::defaultPath()).toString();

    auto db = openDatabaseInteractively(nullptr, path);
    if (!db && path != Database::defaultPath() && parser.value(database).isEmpty())
        db = openDatabaseInteractively(nullptr, Database::defaultPath());
    if (!db)
        return 2;

    if (!db->isReadOnly())
        takeDailyBackup(*db);
    MainWindow window(std::move(db));
    shown = &window;
    window.show();
    window.offerDemoIfEmpty();
    window.offerHubSetup();
    return QApplication::exec();
}

} // namespace hubreg::ui
