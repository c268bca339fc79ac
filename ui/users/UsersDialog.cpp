#include "UsersDialog.h"

#include "common/Prompter.h"
#include "database/StoreError.h"
#include "records/PersonStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {

QString roleLabel(HubRole role)
{
    switch (role) {
    case HubRole::Admin:
        return UsersDialog::tr("Hub administrator");
    case HubRole::Lead:
        return UsersDialog::tr("Work Group Lead");
    case HubRole::Reader:
        break;
    }
    return UsersDialog::tr("Reader (reports)");
}

} // namespace

UsersDialog::UsersDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 3, this))
    , m_login(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_change(new QPushButton(tr("&Change Role"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(tr("Who may open this hub on its server, and what each may do. "
                                "The server itself enforces it: a Work Group Lead sees only "
                                "their own Work Groups, whatever program they use."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({ tr("Login"), tr("Role"), tr("Lead's person") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (HubRole role : { HubRole::Admin, HubRole::Lead, HubRole::Reader })
        m_role->addItem(roleLabel(role), hubRoleName(role));
    m_role->setCurrentIndex(2);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->addItem(tr("(none)"), RecordId(0));
    PersonQuery leads;
    leads.leadsOnly = true;
    for (const Person &person : PersonStore(m_db).list(leads))
        m_person->addItem(person.fullName(), person.id);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for a new login"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Person (a Lead):"), m_person);
    form->addRow(tr("Pass&word:"), m_password);

    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_change->setObjectName(QStringLiteral("changeRoleButton"));
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_change);
    actions->addWidget(m_remove);
    actions->addStretch(1);

    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_change, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &UsersDialog::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::showSelected);
    connect(m_login, &QLineEdit::textChanged, this, &UsersDialog::updateButtons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::updateButtons);
    reload();
    resize(560, 480);
}

HubRole UsersDialog::chosenRole() const
{
    return hubRoleFrom(m_role->currentData().toString()).value_or(HubRole::Reader);
}

RecordId UsersDialog::chosenPerson() const
{
    return m_person->currentData().toLongLong();
}

QString UsersDialog::personName(RecordId id) const
{
    const int index = m_person->findData(id);
    return id > 0 && index > 0 ? m_person->itemText(index) : QString();
}

void UsersDialog::reload()
{
    m_table->setRowCount(0);
    try {
        const QList<HubUser> users = HubUsers(m_db).list();
        m_table->setRowCount(int(users.size()));
        for (int row = 0; row < users.size(); ++row) {
            const HubUser &user = users.at(row);
            auto *login = new QTableWidgetItem(user.login);
            login->setData(Qt::UserRole, hubRoleName(user.role));
            login->setData(Qt::UserRole + 1, user.personId);
            m_table->setItem(row, 0, login);
            m_table->setItem(row, 1, new QTableWidgetItem(roleLabel(user.role)));
            m_table->setItem(row, 2, new QTableWidgetItem(personName(user.personId)));
        }
    } catch (const StoreError &error) {
        m_message->setText(error.message());
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void UsersDialog::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *login = m_table->item(selected.first()->row(), 0);
    m_login->setText(login->text());
    m_role->setCurrentIndex(m_role->findData(login->data(Qt::UserRole)));
    m_person->setCurrentIndex(qMax(0, m_person->findData(login->data(Qt::UserRole + 1))));
    updateButtons();
}

void UsersDialog::updateButtons()
{
    const QString login = m_login->text().trimmed();
    const bool listed = !m_table->findItems(login, Qt::MatchExactly).isEmpty();
    m_add->setEnabled(!login.isEmpty() && !listed);
    m_change->setEnabled(listed);
    m_remove->setEnabled(listed);
}

template<typename Change> bool UsersDialog::apply(Change change, const QString &done)
{
    try {
        change(HubUsers(m_db));
    } catch (const StoreError &error) {
        m_message->setText(error.message());
        return false;
    }
    m_message->setText(done);
    reload();
    return true;
}

void UsersDialog::addUser()
{
    const QString login = m_login->text().trimmed();
    if (apply(
            [&](HubUsers users) {
                users.add(login, chosenRole(), chosenPerson(), m_password->text());
            },
            tr("Added %1 as %2.").arg(login, roleLabel(chosenRole()))))
        m_password->clear();
}

void UsersDialog::changeRole()
{
    const QString login = m_login->text().trimmed();
    apply([&](HubUsers users) { users.setRole(login, chosenRole(), chosenPerson()); },
          tr("%1 is now %2.").arg(login, roleLabel(chosenRole())));
}

void UsersDialog::removeUser()
{
    const QString login = m_login->text().trimmed();
    if (Prompter::question(this, tr("Remove User"),
                           tr("Remove %1? They can no longer open this hub.").arg(login),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    apply([&](HubUsers users) { users.remove(login); }, tr("Removed %1.").arg(login));
}

} // namespace hubreg::ui
