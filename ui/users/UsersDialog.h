#pragma once

#include "access/HubUsers.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// Hub > Users…: the logins of a hub on a server, each with its role (and a Lead's person), and
// adding, changing and removing them. What a role may do is enforced by the server
// (HubUsers); this only asks it.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);

    void addUser();
    void changeRole();
    void removeUser();

private:
    void reload();
    void showSelected();
    void updateButtons();
    // Runs `change`, then lists the users again; a refusal is shown under the form.
    template<typename Change> bool apply(Change change, const QString &done);
    HubRole chosenRole() const;
    RecordId chosenPerson() const;
    QString personName(RecordId id) const;

    Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QComboBox *m_role;
    QComboBox *m_person;
    QLineEdit *m_password;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace hubreg::ui
