#pragma once

#include "database/Entity.h"

#include <QDialog>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class ConnectionBanner;

class EditActions;
class FileActions;
class IntegrityWatch;
class PeoplePage;
class SchoolsPage;
class WorkGroupsPage;
class Workspace;

// The program's window: a navigation list beside the current screen, the File, Edit and Help
// menus, and a status bar. It owns the open database, the workspace its screens share and the
// undo history of their edits. A record's own page (a Work Group, a school, a person) is shown
// in place of its list, with Back (Alt+Left) returning to where the user was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Builds a screen for the open file. It is called again whenever another file is opened,
    // so a screen may keep references to the workspace and its database.
    using PageFactory = std::function<QWidget *(Workspace &workspace)>;

    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    Workspace &workspace() const { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Adds a screen to the navigation list and returns its row: Work Groups, Schools, People,
    // Programmes and Reports are added so; a later feature adds its screen the same way.
    int addPage(const QString &title, PageFactory factory);
    int pageCount() const { return int(m_sections.size()); }
    // The screen at `row`, built on first use: screens are built when first shown, so opening a
    // large file reads only what the first screen needs.
    QWidget *page(int row);
    void showPage(int row);
    // The screen in view: a list, or a record's page.
    QWidget *currentPage() const;

    WorkGroupsPage *workGroupsPage();
    SchoolsPage *schoolsPage();
    PeoplePage *peoplePage();

    void openWorkGroup(RecordId id);
    void openSchool(RecordId id);
    void openPerson(RecordId id);
    void goBack();

    // Help > Keyboard Shortcuts (F1).
    void showKeyboardShortcuts();

    // Shows the banner offering the demo hub when the file is empty.
    void offerDemoIfEmpty();
    // Opens the first-run setup when the file has no hub (and can be written).
    void offerHubSetup();
    // File > Hub Settings: the first-run setup while the file has no hub, else the settings.
    void showHubSettings();
    // The hub setup or settings open now, if any.
    QDialog *hubDialog() const { return m_hubDialog; }
    void loadDemoHub();
    // Replaces the open file (File > New / Open / Open recent).
    void switchDatabase(std::unique_ptr<Database> db);
    // Closes the file, runs `whileClosed` with its path, and opens it again (restoring a
    // backup). `whileClosed` must not throw. Returns false when the file could not be opened
    // again; the window then closes.
    bool reopenAround(const std::function<void(const QString &path)> &whileClosed);
    // The check of every page that runs after a file is opened; null while none has started.
    IntegrityWatch *integrityWatch() const { return m_integrityWatch; }

signals:
    // A file was opened in the window (at the start, or in place of another).
    void databaseOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Detail { WorkGroup, School, Person };
    struct DetailRef
    {
        Detail kind;
        RecordId id;
    };
    struct Section
    {
        QString title;
        PageFactory factory;
        QWidget *page = nullptr;
    };

    // The size and place of a first start: within the screen, whatever its size.
    void fitToScreen();
    void buildWorkspace();
    void watchDatabase();
    void stopIntegrityWatch();
    void handleDamagedFile(const QString &problem);
    // Closes the file, runs `whileClosed`, and opens it again: read-only when it returns true.
    bool reopen(const std::function<bool(const QString &path)> &whileClosed);
    void buildPages();
    void destroyPages();
    void showDetail(const DetailRef &ref, bool remember);
    void closeDetail();
    int sectionOf(Detail kind) const;
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    Workspace *m_workspace = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QFrame *m_demoBanner;
    ConnectionBanner *m_connectionBanner;
    QLabel *m_countsLabel;
    QLabel *m_savedLabel;
    // The role of a server's login, when it limits what the window offers.
    QLabel *m_roleLabel;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    QMenu *m_goMenu = nullptr;
    IntegrityWatch *m_integrityWatch = nullptr;
    QPointer<QDialog> m_hubDialog;
    // The damaged file the person chose to look at read-only: not offered a backup again.
    QString m_damageAcknowledged;
    QList<Section> m_sections;
    QWidget *m_detail = nullptr;
    std::optional<DetailRef> m_detailRef;
    QList<DetailRef> m_history;
};

} // namespace hubreg::ui
