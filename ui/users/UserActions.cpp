#include "UserActions.h"

#include "UsersDialog.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "mainwindow/MainWindow.h"

#include <QMenu>
#include <QMenuBar>

namespace hubreg::ui {

UserActions::UserActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    QMenu *hub = window.menuBar()->addMenu(tr("H&ub"));
    hub->setObjectName(QStringLiteral("hubMenu"));
    m_users = hub->addAction(tr("&Users…"), this, &UserActions::showUsers);
    m_users->setObjectName(QStringLiteral("hubUsersAction"));
    connect(&window, &MainWindow::databaseOpened, this, &UserActions::refresh);
    refresh();
}

void UserActions::refresh()
{
    const Database &db = m_window.database();
    const bool enabled = db.isServer() && m_window.workspace().may(AccessRights::Action::ChangeHub);
    m_users->setEnabled(enabled);
    m_users->setStatusTip(db.isServer()
                              ? tr("The logins of this hub's server and what each may do.")
                              : tr("Users and roles are kept by a hub server; a file is one "
                                   "person's."));
}

void UserActions::showUsers()
{
    auto *dialog = new UsersDialog(m_window.database(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hubreg::ui
