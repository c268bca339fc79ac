#include "MainWindow.h"

#include "PropertiesDialog.h"
#include "common/Prompter.h"
#include "demo/DemoHub.h"
#include "shell/DatabaseOpener.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/DatabaseInfo.h"
#include "store/StoreError.h"
#include "stores/PersonStore.h"
#include "stores/SchoolStore.h"
#include "stores/WorkGroupStore.h"
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
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kFileFilter = QStringLiteral("HubRegister files (*.sqlite *.hubregister);;All files (*)");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_demoBanner(new QFrame(this))
    , m_countsLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_demoBanner->setObjectName(QStringLiteral("demoBannerFrame"));

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

    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1030});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_savedLabel);

    createActions();
    buildPages();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    rememberFile(m_db->path());
}

MainWindow::~MainWindow()
{
    // Pages hold references to the database: they go before it does.
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newFile = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newFile->setObjectName(QStringLiteral("newDatabaseAction"));
    newFile->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back Up Now…"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("backUpAction"));
    QAction *properties = file->addAction(tr("P&roperties"), this, &MainWindow::showProperties);
    properties->setObjectName(QStringLiteral("propertiesAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (m_workGroups && m_pages->currentWidget() == m_workGroups)
            m_workGroups->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About HubRegister"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    refreshRecentMenu();
}

void MainWindow::buildPages()
{
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_navigation->clear();
    m_undoStack->clear();

    m_workGroups = new WorkGroupsPage(*m_db, m_pages);
    m_pages->addWidget(m_workGroups);
    m_navigation->addItem(tr("Work Groups"));
    m_navigation->setCurrentRow(0);

    connect(m_db.get(), &Database::changed, this, [this] {
        m_savedLabel->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        updateStatus();
    });
    m_savedLabel->setText(m_db->isReadOnly() ? tr("Read-only") : QString());
    updateTitle();
    updateStatus();
}

void MainWindow::offerDemoIfEmpty()
{
    m_demoBanner->setVisible(!m_db->isReadOnly() && DemoHub::isEmpty(*m_db));
}

void MainWindow::loadDemoHub()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const DemoSummary summary = DemoHub::create(*m_db, QDate::currentDate());
        QApplication::restoreOverrideCursor();
        m_demoBanner->hide();
        m_workGroups->reloadFilters();
        statusBar()->showMessage(tr("Loaded the demo hub: %1 schools, %2 Work Groups, %3 attendance marks.")
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
    // Pages refer to the old database, so they go before it does.
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_workGroups = nullptr;
    m_db = std::move(db);
    buildPages();
    rememberFile(m_db->path());
    offerDemoIfEmpty();
}

void MainWindow::newDatabase()
{
    const QString path = Prompter::saveFileName(this, tr("New HubRegister File"),
                                                QDir::home().filePath(tr("hub.sqlite")), kFileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        Prompter::warning(this, tr("File exists"),
                          tr("“%1” already exists. Choose Open to use it, or another name for a new file.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openPath(path);
}

void MainWindow::openDatabase()
{
    const QString path = Prompter::openFileName(this, tr("Open HubRegister File"),
                                                QFileInfo(m_db->path()).absolutePath(), kFileFilter);
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == m_db->path())
        return;
    auto db = openDatabaseInteractively(this, path);
    if (db)
        switchDatabase(std::move(db));
}

void MainWindow::backUpNow()
{
    const QString suggested = QDir(Backup::folderFor(m_db->path()))
                                  .filePath(QFileInfo(m_db->path()).completeBaseName() + QLatin1Char('-')
                                            + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    const QString target = Prompter::saveFileName(this, tr("Back Up to"), suggested, kFileFilter);
    if (target.isEmpty())
        return;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Backup::copyVerified(*m_db, target);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Backed up and verified: %1").arg(QDir::toNativeSeparators(target)), 8000);
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        Prompter::warning(this, tr("Backup failed"), error.message());
    }
}

void MainWindow::showProperties()
{
    PropertiesDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    Prompter::information(
        this, tr("About HubRegister"),
        tr("<h3>HubRegister %1</h3>"
           "<p>Work Groups, registers and NCETM returns for England's Maths Hubs.</p>"
           "<p>Qt %2 · SQLite %3</p>"
           "<p>This file: %4</p>"
           "<p>Your default file lives in: %5</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 DatabaseInfo::of(*m_db).sqliteVersion, QDir::toNativeSeparators(m_db->path()),
                 QDir::toNativeSeparators(QFileInfo(Database::defaultPath()).absolutePath())));
}

void MainWindow::rememberFile(const QString &path)
{
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

void MainWindow::refreshRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { openPath(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_db->path()).fileName();
    setWindowTitle(m_db->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    setWindowFilePath(m_db->path());
}

void MainWindow::updateStatus()
{
    const int workGroups = WorkGroupStore(*m_db).count();
    m_countsLabel->setText(tr("%1 Work Groups · %2 schools · %3 people")
                               .arg(workGroups)
                               .arg(SchoolStore(*m_db).count())
                               .arg(PersonStore(*m_db).count()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Every edit is already committed; closing only has to leave the file tidy.
    m_db->checkpoint();
    event->accept();
}

} // namespace hubreg::ui
