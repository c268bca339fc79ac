#include "MainWindow.h"

#include "EditActions.h"
#include "FileActions.h"
#include "ShortcutsDialog.h"
#include "common/KeyGuards.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "dashboard/DashboardPage.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/IdleCheckpoint.h"
#include "database/StoreError.h"
#include "demo/DemoHub.h"
#include "exchange/ExchangeActions.h"
#include "hub/HubSettingsDialog.h"
#include "hub/HubSetupWizard.h"
#include "people/PeoplePage.h"
#include "people/PersonPage.h"
#include "programmes/ProgrammesPage.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolPage.h"
#include "schools/SchoolsPage.h"
#include "server/ConnectionBanner.h"
#include "shell/DamagedFileOffer.h"
#include "shell/DatabaseOpener.h"
#include "shell/IntegrityWatch.h"
#include "users/UserActions.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_demoBanner(new QFrame(this))
    , m_connectionBanner(new ConnectionBanner(this))
    , m_countsLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    keepAltLettersOutOfFields(qApp);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setAccessibleDescription(tr("The screen to show; Ctrl+1 to Ctrl+5 go straight "
                                              "to one"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_demoBanner->setObjectName(QStringLiteral("demoBannerFrame"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));

    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_demoBanner);
    auto *bannerText = new QLabel(tr("This file is empty. Load the demo hub to explore HubRegister "
                                     "with fictional schools, Work Groups and registers, or start "
                                     "adding your own."),
                                  m_demoBanner);
    bannerText->setWordWrap(true);
    auto *loadDemo = new QPushButton(tr("&Load demo hub"), m_demoBanner);
    loadDemo->setObjectName(QStringLiteral("loadDemoPushButton"));
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_demoBanner);
    dismiss->setObjectName(QStringLiteral("dismissDemoPushButton"));
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(loadDemo);
    bannerLayout->addWidget(dismiss);
    connect(loadDemo, &QPushButton::clicked, this, &MainWindow::loadDemoHub);
    connect(dismiss, &QPushButton::clicked, m_demoBanner, &QWidget::hide);
    m_demoBanner->hide();

    m_navigation->setMinimumWidth(140);
    m_navigation->setMaximumWidth(220);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({ 160, 1040 });
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_demoBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_savedLabel);

    connect(m_connectionBanner, &ConnectionBanner::reconnected, this, [this] {
        statusBar()->showMessage(tr("Connected to %1 again.").arg(m_db->displayName()), 10000);
    });
    buildWorkspace();
    watchDatabase();
    m_fileActions = new FileActions(*this);
    new ExchangeActions(*this);
    m_editActions = new EditActions(*this);
    new UserActions(*this);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QAction *back = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence::Back);
    m_goMenu = go;
    go->addSeparator();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts
        = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about
        = help->addAction(tr("&About HubRegister"), m_fileActions, &FileActions::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    addPage(tr("Work Groups"), [](Workspace &workspace) { return new WorkGroupsPage(workspace); });
    addPage(tr("Schools"), [](Workspace &workspace) { return new SchoolsPage(workspace); });
    addPage(tr("People"), [](Workspace &workspace) { return new PeoplePage(workspace); });
    addPage(tr("Programmes"), [](Workspace &workspace) { return new ProgrammesPage(workspace); });
    addPage(tr("Reports"), [this](Workspace &workspace) {
        auto *dashboard = new DashboardPage(workspace.database());
        // A school in the dashboard's lists opens on its own page.
        QObject::connect(dashboard, &DashboardPage::openSchoolRequested, &workspace,
                         [&workspace](RecordId id) { workspace.openSchool(id); });
        QObject::connect(dashboard, &DashboardPage::hubSettingsRequested, this,
                         &MainWindow::showHubSettings);
        return dashboard;
    });
    m_navigation->setCurrentRow(0);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(QStringLiteral("window/splitter"), splitter->saveState());
    });
    m_fileActions->rememberFile(m_db->path());
}

MainWindow::~MainWindow()
{
    // Screens and undo commands hold references to the database: they go before it does.
    stopIntegrityWatch();
    destroyPages();
    m_undoStack->clear();
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->open();
}

void MainWindow::fitToScreen()
{
    // A first start: room for the register grid on a big screen, all of a small one but for
    // the window's frame and the desktop's panels.
    const QRect screen = this->screen()->availableGeometry();
    const QSize size = QSize(1200, 760).boundedTo(screen.size() * 0.92);
    resize(size);
    move(screen.x() + (screen.width() - size.width()) / 2,
         screen.y() + (screen.height() - size.height()) / 2);
}

void MainWindow::buildWorkspace()
{
    m_undoStack->clear();
    delete m_workspace;
    m_workspace = new Workspace(*m_db, m_undoStack, this);
    connect(m_workspace, &Workspace::workGroupRequested, this, &MainWindow::openWorkGroup);
    connect(m_workspace, &Workspace::schoolRequested, this, &MainWindow::openSchool);
    connect(m_workspace, &Workspace::personRequested, this, &MainWindow::openPerson);
    connect(m_workspace, &Workspace::backRequested, this, &MainWindow::goBack);
}

void MainWindow::watchDatabase()
{
    m_connectionBanner->watch(m_db.get());
    connect(m_db.get(), &Database::changed, this, [this](const Change &change) {
        if (!change.byOthers)
            m_savedLabel->setText(
                tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        // The counts are of these three: a register mark does not change them.
        if (change.entity == Entity::WorkGroup || change.entity == Entity::School
            || change.entity == Entity::Person)
            updateStatus();
    });
    m_savedLabel->setText(m_workspace->isReadOnly() ? tr("Read-only") : QString());
    const auto role = m_workspace->rights().role();
    m_roleLabel->setText(role == HubRole::Lead         ? tr("Work Group Lead")
                             : role == HubRole::Reader ? tr("Reader")
                                                       : QString());
    m_roleLabel->setToolTip(role == HubRole::Lead
                                ? tr("Your login sees and changes your own Work Groups only.")
                                : QString());
    m_roleLabel->setVisible(!m_roleLabel->text().isEmpty());
    updateTitle();
    updateStatus();
    // The log is copied into the file when typing pauses, not on a register mark.
    new IdleCheckpoint(*m_db, 1000, m_db.get());
    stopIntegrityWatch();
    // A second on, when the first screen has been filled: the check reads the whole file. A
    // server keeps its own pages whole.
    if (!m_db->isServer()) {
        m_integrityWatch = new IntegrityWatch(m_db->path(), 1000, this);
        connect(m_integrityWatch, &IntegrityWatch::damaged, this, &MainWindow::handleDamagedFile);
    }
    emit databaseOpened();
}

void MainWindow::stopIntegrityWatch()
{
    delete m_integrityWatch;
    m_integrityWatch = nullptr;
}

void MainWindow::handleDamagedFile(const QString &problem)
{
    const QString path = m_db->path();
    if (m_db->isReadOnly() && m_damageAcknowledged == path)
        return;
    if (m_db->isReadOnly()) {
        // Another program may hold the file, so no backup can be put in its place from here.
        Prompter::warning(this, tr("The file is damaged"),
                          problem + QStringLiteral("\n\n")
                              + tr("It is open read-only, so nothing is written to it."));
        m_damageAcknowledged = path;
        return;
    }
    const DamagedFileChoice choice = askAboutDamagedFile(this, path, problem);
    if (choice.action != DamagedFileChoice::Action::RestoreBackup) {
        // Never carry on writing to it: whatever was chosen, it stays open read-only.
        m_damageAcknowledged = path;
        reopen([](const QString &) { return true; });
        return;
    }
    const QDateTime now = m_db->clock().nowUtc();
    QString failure;
    QString kept;
    reopen([&](const QString &closedPath) {
        failure = restoreOverDamagedFile(choice.backupPath, closedPath, now, &kept);
        m_damageAcknowledged = failure.isEmpty() ? QString() : closedPath;
        return !failure.isEmpty();
    });
    if (!failure.isEmpty())
        Prompter::warning(this, tr("Backup not restored"),
                          tr("%1\n\nThe damaged file is open read-only.").arg(failure));
    else
        statusBar()->showMessage(
            tr("Restored the backup “%1”. The damaged file is kept as “%2”.")
                .arg(QFileInfo(choice.backupPath).fileName(), QDir::toNativeSeparators(kept)),
            12000);
}

int MainWindow::addPage(const QString &title, PageFactory factory)
{
    Section section { title, std::move(factory), nullptr };
    m_sections.append(section);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(title);
    const int row = int(m_sections.size()) - 1;
    QAction *go = m_goMenu->addAction(title, this, [this, row] { showPage(row); });
    go->setObjectName(QStringLiteral("showPage%1Action").arg(row));
    if (row < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    return row;
}

QWidget *MainWindow::page(int row)
{
    if (row < 0 || row >= m_sections.size())
        return nullptr;
    Section &section = m_sections[row];
    if (!section.page) {
        section.page = section.factory(*m_workspace);
        m_pages->addWidget(section.page);
    }
    return section.page;
}

void MainWindow::showPage(int row)
{
    if (row < 0 || row >= m_sections.size())
        return;
    closeDetail();
    m_history.clear();
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    m_pages->setCurrentWidget(page(row));
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

WorkGroupsPage *MainWindow::workGroupsPage()
{
    return qobject_cast<WorkGroupsPage *>(page(0));
}

SchoolsPage *MainWindow::schoolsPage()
{
    return qobject_cast<SchoolsPage *>(page(1));
}

PeoplePage *MainWindow::peoplePage()
{
    return qobject_cast<PeoplePage *>(page(2));
}

int MainWindow::sectionOf(Detail kind) const
{
    switch (kind) {
    case Detail::WorkGroup:
        return 0;
    case Detail::School:
        return 1;
    case Detail::Person:
        return 2;
    }
    return 0;
}

void MainWindow::openWorkGroup(RecordId id)
{
    showDetail({ Detail::WorkGroup, id }, true);
}

void MainWindow::openSchool(RecordId id)
{
    showDetail({ Detail::School, id }, true);
}

void MainWindow::openPerson(RecordId id)
{
    showDetail({ Detail::Person, id }, true);
}

void MainWindow::showDetail(const DetailRef &ref, bool remember)
{
    if (remember && m_detailRef)
        m_history.append(*m_detailRef);
    else if (remember)
        m_history.clear();
    closeDetail();
    switch (ref.kind) {
    case Detail::WorkGroup:
        m_detail = new WorkGroupPage(*m_workspace, ref.id, m_pages);
        break;
    case Detail::School:
        m_detail = new SchoolPage(*m_workspace, ref.id, m_pages);
        break;
    case Detail::Person:
        m_detail = new PersonPage(*m_workspace, ref.id, m_pages);
        break;
    }
    m_detailRef = ref;
    m_pages->addWidget(m_detail);
    m_pages->setCurrentWidget(m_detail);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(sectionOf(ref.kind));
    m_detail->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeDetail()
{
    if (!m_detail)
        return;
    m_pages->removeWidget(m_detail);
    // Deleted later: the request to leave may come from a button on the page itself.
    m_detail->hide();
    m_detail->deleteLater();
    m_detail = nullptr;
    m_detailRef.reset();
}

void MainWindow::goBack()
{
    if (!m_history.isEmpty()) {
        const DetailRef previous = m_history.takeLast();
        showDetail(previous, false);
        return;
    }
    const int row = m_detailRef ? sectionOf(m_detailRef->kind) : m_navigation->currentRow();
    closeDetail();
    showPage(row);
}

void MainWindow::destroyPages()
{
    // The hub's setup or settings edit the file being closed.
    delete m_hubDialog;
    if (m_detail) {
        m_pages->removeWidget(m_detail);
        delete m_detail;
        m_detail = nullptr;
    }
    m_detailRef.reset();
    m_history.clear();
    for (Section &section : m_sections) {
        if (!section.page)
            continue;
        m_pages->removeWidget(section.page);
        delete section.page;
        section.page = nullptr;
    }
}

void MainWindow::buildPages()
{
    // Only the screen on show is built now; the others are built when first opened.
    showPage(qMax(0, m_navigation->currentRow()));
}

void MainWindow::offerDemoIfEmpty()
{
    // A file set up as a real hub is no place for the demo's hub as well.
    m_demoBanner->setVisible(m_workspace->may(AccessRights::Action::ChangeHub)
                             && DemoHub::isEmpty(*m_db) && HubStore(*m_db).list().isEmpty());
}

void MainWindow::offerHubSetup()
{
    if (m_workspace->may(AccessRights::Action::ChangeHub) && HubStore(*m_db).list().isEmpty())
        showHubSettings();
}

void MainWindow::showHubSettings()
{
    if (m_hubDialog && m_hubDialog->isVisible()) {
        m_hubDialog->raise();
        m_hubDialog->activateWindow();
        return;
    }
    if (!m_workspace->may(AccessRights::Action::ChangeHub)) {
        Prompter::warning(this, tr("Hub Settings"),
                          m_db->isReadOnly()
                              ? tr("This file is open read-only, so its hub cannot be changed.")
                              : m_workspace->rights().whyNot(AccessRights::Action::ChangeHub));
        return;
    }
    if (HubStore(*m_db).list().isEmpty()) {
        auto *wizard = new HubSetupWizard(*m_workspace, this);
        // The demo brings its own hub; it loads once the setup has closed.
        connect(wizard, &HubSetupWizard::demoRequested, this,
                [this] { QTimer::singleShot(0, this, &MainWindow::loadDemoHub); });
        connect(wizard, &QDialog::accepted, m_demoBanner, &QWidget::hide);
        m_hubDialog = wizard;
    } else {
        m_hubDialog = new HubSettingsDialog(*m_workspace, this);
    }
    m_hubDialog->open();
}

void MainWindow::loadDemoHub()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const DemoSummary summary = DemoHub::create(*m_db, QDate::currentDate());
        QApplication::restoreOverrideCursor();
        m_demoBanner->hide();
        // The demo is written in one go, not as edits: rebuild the screens over it.
        destroyPages();
        buildWorkspace();
        buildPages();
        statusBar()->showMessage(
            tr("Loaded the demo hub: %1 schools, %2 Work Groups, %3 attendance marks.")
                .arg(summary.schools)
                .arg(summary.workGroups)
                .arg(summary.marks),
            8000);
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        Prompter::warning(this, tr("Demo hub not loaded"), error.message());
    }
}

void MainWindow::switchDatabase(std::unique_ptr<Database> db)
{
    if (!db)
        return;
    stopIntegrityWatch();
    destroyPages();
    m_undoStack->clear();
    delete m_workspace;
    m_workspace = nullptr;
    m_db = std::move(db);
    buildWorkspace();
    watchDatabase();
    buildPages();
    m_fileActions->rememberFile(m_db->path());
    offerDemoIfEmpty();
    offerHubSetup();
}

bool MainWindow::reopenAround(const std::function<void(const QString &path)> &whileClosed)
{
    return reopen([&whileClosed](const QString &path) {
        whileClosed(path);
        return false;
    });
}

bool MainWindow::reopen(const std::function<bool(const QString &path)> &whileClosed)
{
    const QString path = m_db->path();
    stopIntegrityWatch();
    destroyPages();
    m_undoStack->clear();
    delete m_workspace;
    m_workspace = nullptr;
    if (!m_db->isReadOnly())
        m_db->checkpoint();
    m_db.reset();
    std::unique_ptr<Database> db;
    if (whileClosed(path)) {
        try {
            db = Database::open(path, Database::Access::ReadOnly);
        } catch (const StoreError &error) {
            Prompter::warning(this, tr("Cannot open the file"), error.message());
        }
    } else {
        db = openDatabaseInteractively(this, path);
    }
    if (!db) {
        // Nothing is open any more, and a window without a file has nothing to show.
        QTimer::singleShot(0, this, &QWidget::close);
        return false;
    }
    m_db = std::move(db);
    buildWorkspace();
    watchDatabase();
    buildPages();
    return true;
}

void MainWindow::updateTitle()
{
    // A server's hub is named by its database and host, a file by its name.
    const QString name
        = m_db->isServer() ? m_db->displayName() : QFileInfo(m_db->path()).fileName();
    setWindowTitle(m_db->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    setWindowFilePath(m_db->isServer() ? QString() : m_db->path());
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    m_countsLabel->setText(tr("Work Groups: %1 · Schools: %2 · People: %3")
                               .arg(locale.toString(WorkGroupStore(*m_db).count()),
                                    locale.toString(SchoolStore(*m_db).count()),
                                    locale.toString(PersonStore(*m_db).count())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Every edit is already committed; closing only has to leave the file tidy. An import
    // still running (its progress lets events through) holds a transaction, which a checkpoint
    // cannot go past: it finishes or rolls back on its own.
    if (m_db && !m_db->inTransaction())
        m_db->checkpoint();
    event->accept();
}

} // namespace hubreg::ui
