#pragma once

#include "imports/GiasImportKind.h"

#include <QObject>

class QMenu;

namespace hubreg::ui {

class MainWindow;

// The File menu: new, open, recent files, import from GIAS, export a return, back up, restore
// from a backup, properties, quit, and Help > About, which reports on the file too.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow &window);

    void newDatabase();
    void openDatabase();
    void openPath(const QString &path);
    void backUpNow();
    void restoreFromBackup();
    void importGias(GiasImportKind kind);
    void exportReturn();
    void showProperties();
    void showAbout();
    // Makes `path` the last file and the first of the recent ones.
    void rememberFile(const QString &path);

private:
    void refreshRecentMenu();

    MainWindow &m_window;
    QMenu *m_recentMenu;
};

} // namespace hubreg::ui
