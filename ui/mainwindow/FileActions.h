#pragma once

#include "imports/GiasImportKind.h"

#include <QObject>

class QMenu;

namespace hubreg::ui {

class MainWindow;

// The File menu: new, open, connect to a hub server, recent files and servers, import from GIAS,
// export a return, back up, restore from a backup, properties, quit, and Help > About, which
// reports on the file too.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow &window);

    void newDatabase();
    void openDatabase();
    // A file, or a server's address (which asks in the Connect dialog).
    void openPath(const QString &path);
    // File > Connect to Hub Server: the dialog, filled from `address` and connecting at once
    // when one is given (a recent server).
    void connectToServer(const QString &address = {});
    void backUpNow();
    void restoreFromBackup();
    void importGias(GiasImportKind kind);
    void exportReturn();
    void showProperties();
    void showAbout();
    // Makes `path` (a file or a server's address) the last one and the first of the recent ones.
    void rememberFile(const QString &path);

private:
    void refreshRecentMenu();

    MainWindow &m_window;
    QMenu *m_recentMenu;
};

} // namespace hubreg::ui
