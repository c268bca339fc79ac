#pragma once

#include <QObject>

class QAction;

namespace hubreg::ui {

class MainWindow;

// The Hub menu's Users…: the logins of a hub on a server and their roles. A file, one
// person's, has none, so there the action is disabled and says why.
class UserActions : public QObject
{
    Q_OBJECT

public:
    explicit UserActions(MainWindow &window);

    void showUsers();
    // Enables Users… for a hub on a server that is not open read-only.
    void refresh();

private:
    MainWindow &m_window;
    QAction *m_users;
};

} // namespace hubreg::ui
