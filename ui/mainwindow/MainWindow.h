#pragma once

#include <QMainWindow>

#include <memory>

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

class WorkGroupsPage;

// The program's window: a navigation list beside the current screen, the File, Edit and Help
// menus, and a status bar. It owns the open database and the undo history of its edits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }
    WorkGroupsPage *workGroupsPage() const { return m_workGroups; }

    // Shows the banner offering the demo hub when the file is empty.
    void offerDemoIfEmpty();
    void loadDemoHub();
    // Replaces the open file (File > New / Open / Open recent).
    void switchDatabase(std::unique_ptr<Database> db);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void buildPages();
    void newDatabase();
    void openDatabase();
    void openPath(const QString &path);
    void backUpNow();
    void showProperties();
    void showAbout();
    void rememberFile(const QString &path);
    void refreshRecentMenu();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QFrame *m_demoBanner;
    QLabel *m_countsLabel;
    QLabel *m_savedLabel;
    QMenu *m_recentMenu = nullptr;
    WorkGroupsPage *m_workGroups = nullptr;
};

} // namespace hubreg::ui
