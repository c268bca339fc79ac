#include "FileActions.h"

#include "BackupChooser.h"
#include "MainWindow.h"
#include "PropertiesDialog.h"
#include "common/Prompter.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Backup.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/DatabaseInfo.h"
#include "database/HubCopy.h"
#include "database/Restore.h"
#include "database/ServerAddress.h"
#include "database/StoreError.h"
#include "exports/ExportDialog.h"
#include "imports/GiasImportDialog.h"
#include "server/RecentServers.h"
#include "server/ServerConnectDialog.h"
#include "shell/DatabaseOpener.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace hubreg::ui {

namespace {
constexpr int kMaxRecentFiles = 8;

QString fileFilter()
{
    return FileActions::tr("HubRegister files (*.sqlite *.hubregister);;All files (*)");
}
} // namespace

FileActions::FileActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    QMenu *file = window.menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newFile = file->addAction(tr("&New Database…"), this, &FileActions::newDatabase);
    newFile->setObjectName(QStringLiteral("newDatabaseAction"));
    newFile->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &FileActions::openDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *connectToServer
        = file->addAction(tr("Connect to Hub &Server…"), this, [this] { this->connectToServer(); });
    connectToServer->setObjectName(QStringLiteral("connectToServerAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    QAction *giasSchools = import->addAction(tr("GIAS &Schools…"));
    giasSchools->setObjectName(QStringLiteral("importGiasSchoolsAction"));
    connect(giasSchools, &QAction::triggered, this,
            [this] { importGias(GiasImportKind::Schools); });
    QAction *giasLinks = import->addAction(tr("GIAS &Links…"));
    giasLinks->setObjectName(QStringLiteral("importGiasLinksAction"));
    connect(giasLinks, &QAction::triggered, this, [this] { importGias(GiasImportKind::Links); });
    // A read-only file, a reader or a Lead takes no import (and the dialog refuses one too).
    connect(file, &QMenu::aboutToShow, import, [this, import] {
        import->setEnabled(m_window.workspace().may(AccessRights::Action::ChangeHub));
    });
    QAction *exportReturn
        = file->addAction(tr("&Export Return…"), this, &FileActions::exportReturn);
    exportReturn->setObjectName(QStringLiteral("exportReturnAction"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back Up Now…"), this, &FileActions::backUpNow);
    backup->setObjectName(QStringLiteral("backUpAction"));
    QAction *restore
        = file->addAction(tr("Res&tore from Backup…"), this, &FileActions::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    QAction *properties = file->addAction(tr("P&roperties"), this, &FileActions::showProperties);
    properties->setObjectName(QStringLiteral("propertiesAction"));
    QAction *hubSettings
        = file->addAction(tr("&Hub Settings…"), &window, &MainWindow::showHubSettings);
    hubSettings->setObjectName(QStringLiteral("hubSettingsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), &window, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    refreshRecentMenu();
}

void FileActions::newDatabase()
{
    const QString path
        = Prompter::saveFileName(&m_window, tr("New HubRegister File"),
                                 QDir::home().filePath(tr("hub.sqlite")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        Prompter::warning(
            &m_window, tr("File exists"),
            tr("“%1” already exists. Choose Open to use it, or another name for a new file.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openPath(path);
}

void FileActions::openDatabase()
{
    const QString path = Prompter::openFileName(
        &m_window, tr("Open HubRegister File"),
        m_window.database().isServer() ? QDir::homePath()
                                       : QFileInfo(m_window.database().path()).absolutePath(),
        fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void FileActions::openPath(const QString &path)
{
    if (ServerAddress::isServerAddress(path)) {
        connectToServer(path);
        return;
    }
    if (QFileInfo(path).absoluteFilePath() == m_window.database().path())
        return;
    auto db = openDatabaseInteractively(&m_window, path);
    if (db)
        m_window.switchDatabase(std::move(db));
}

void FileActions::connectToServer(const QString &address)
{
    auto *dialog = new ServerConnectDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto db = dialog->takeDatabase();
        if (!db)
            return;
        const QString name = db->displayName();
        m_window.switchDatabase(std::move(db));
        m_window.statusBar()->showMessage(tr("Opened %1.").arg(name), 8000);
    });
    dialog->open();
    if (!address.isEmpty()) {
        dialog->setAddress(address);
        dialog->connectToServer();
    }
}

void FileActions::backUpNow()
{
    const Database &db = m_window.database();
    QString suggested;
    if (db.isServer()) {
        // A server's hub is backed up as a HubRegister file, as `hubregister backup` does.
        suggested = HubCopy::serverBackupPath(db);
    } else {
        // A name not yet taken: a backup never replaces one, so a second the same day gets
        // "-2".
        const QDir folder(Backup::folderFor(db.path()));
        const QString stem = QFileInfo(db.path()).completeBaseName() + QLatin1Char('-')
            + db.clock().today().toString(Qt::ISODate);
        suggested = folder.filePath(stem + QStringLiteral(".sqlite"));
        for (int n = 2; QFileInfo::exists(suggested); ++n)
            suggested = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    }
    const QString target
        = Prompter::saveFileName(&m_window, tr("Back Up to"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    try {
        const WaitCursor wait;
        if (db.isServer())
            HubCopy::copyTo(db, target); // verified table by table before it is kept
        else
            Backup::copyVerified(db, target);
        m_window.statusBar()->showMessage(
            tr("Backed up and verified: %1").arg(QDir::toNativeSeparators(target)), 8000);
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Backup failed"), error.message());
    }
}

void FileActions::restoreFromBackup()
{
    Database &db = m_window.database();
    if (db.isServer()) {
        Prompter::warning(&m_window, tr("Restore from Backup"),
                          tr("A hub on a server is not replaced in place. Ask the server's "
                             "administrator for an empty database and copy the backup into it: "
                             "hubregister copy BACKUP ADDRESS."));
        return;
    }
    if (db.isReadOnly()) {
        Prompter::warning(&m_window, tr("Restore from Backup"),
                          tr("This file is open read-only, so it cannot be replaced by a backup."));
        return;
    }
    const QString backupPath = BackupChooser::choose(db.path(), &m_window);
    if (backupPath.isEmpty())
        return;
    StagedRestore staged;
    try {
        const WaitCursor wait;
        staged = Restore::prepare(backupPath, db.path());
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Backup not restored"), error.message());
        return;
    }

    const QLocale locale;
    QStringList holds;
    for (const auto &count : std::as_const(staged.info.counts))
        holds << QStringLiteral("%1: %2").arg(count.first, locale.toString(count.second));
    const auto answer = Prompter::question(
        &m_window, tr("Restore from Backup"),
        tr("Replace everything in “%1” with the backup “%2”?\n\nThe backup holds:\n%3\n\nThe file "
           "as it is now is first kept in its backups folder, “%4”. Undo history is cleared.")
            .arg(QFileInfo(db.path()).fileName(), QDir::toNativeSeparators(backupPath),
                 holds.join(QLatin1Char('\n')),
                 QDir::toNativeSeparators(Backup::folderFor(db.path()))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        Restore::discard(staged);
        return;
    }
    // The restore keeps the file it replaces, whole with its log, before the rename.
    QString problem;
    QString safety;
    const QDateTime now = db.clock().nowUtc();
    const bool reopened = m_window.reopenAround([&](const QString &path) {
        try {
            safety = Restore::replace(staged, path, Restore::Replacing::HubFile, now);
        } catch (const StoreError &error) {
            problem = error.message();
            Restore::discard(staged);
        }
    });
    if (!problem.isEmpty())
        Prompter::warning(&m_window, tr("Backup not restored"),
                          tr("The file was left as it was: %1").arg(problem));
    else if (reopened)
        m_window.statusBar()->showMessage(
            tr("Restored the backup “%1”. The previous contents are kept in “%2”.")
                .arg(QFileInfo(backupPath).fileName(), QDir::toNativeSeparators(safety)),
            12000);
}

void FileActions::importGias(GiasImportKind kind)
{
    GiasImportDialog::start(m_window.workspace(), kind, &m_window);
}

void FileActions::exportReturn()
{
    auto *dialog = new ExportDialog(m_window.database(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FileActions::showProperties()
{
    PropertiesDialog dialog(m_window.database(), &m_window);
    dialog.exec();
}

void FileActions::showAbout()
{
    const Database &db = m_window.database();
    Prompter::information(
        &m_window, tr("About HubRegister"),
        tr("<h3>HubRegister %1</h3>"
           "<p>Work Groups, registers and NCETM returns for England's Maths Hubs.</p>"
           "<p>Qt %2 · SQLite %3</p>"
           "<p>This file: %4</p>"
           "<p>Backups of it: %5</p>"
           "<p>Your default file lives in: %6</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 DatabaseInfo::of(db).sqliteVersion, QDir::toNativeSeparators(db.path()),
                 QDir::toNativeSeparators(Backup::folderFor(db.path())),
                 QDir::toNativeSeparators(QFileInfo(Database::defaultPath()).absolutePath())));
}

void FileActions::rememberFile(const QString &path)
{
    if (ServerAddress::isServerAddress(path))
        recentservers::remember(path);
    QSettings settings;
    settings.setValue(QStringLiteral("files/last"), path);
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    refreshRecentMenu();
}

void FileActions::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(
                ServerAddress::isServerAddress(path) ? path : QDir::toNativeSeparators(path)),
            this, [this, path] { openPath(path); });
        action->setEnabled(ServerAddress::isServerAddress(path) || QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace hubreg::ui
