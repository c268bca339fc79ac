#include "PeoplePage.h"

#include "ErasePersonDialog.h"
#include "PersonDialog.h"
#include "PersonTableModel.h"
#include "RetentionDialog.h"
#include "commands/RegisterCommands.h"
#include "common/FlowLayout.h"
#include "common/KeyGuards.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "database/StoreError.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

PeoplePage::PeoplePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PersonTableModel(workspace.database(), this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_leadsOnly(new QCheckBox(tr("&Work Group Leads only"), this))
    , m_erased(new QCheckBox(tr("Show erase&d people"), this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_search->setObjectName(QStringLiteral("personSearchLineEdit"));
    m_search->setPlaceholderText(tr("Name or email"));
    m_search->setClearButtonEnabled(true);
    m_leadsOnly->setObjectName(QStringLiteral("leadsOnlyCheckBox"));
    m_erased->setObjectName(QStringLiteral("showErasedCheckBox"));
    m_erased->setToolTip(tr("People whose personal data was erased, kept as “Erased participant "
                            "N” so their school's figures hold"));
    m_table->setObjectName(QStringLiteral("personTableView"));
    m_table->setAccessibleName(tr("People"));
    m_table->setAccessibleDescription(
        tr("The people that match the search; Enter opens the one chosen"));
    m_total->setObjectName(QStringLiteral("personTotalLabel"));

    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PersonTableModel::Name, 200);
    m_table->setColumnWidth(PersonTableModel::Email, 240);
    m_table->setColumnWidth(PersonTableModel::School, 240);
    rememberHeader(m_table->horizontalHeader(), QStringLiteral("people"));

    auto *bar = new FlowLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    bar->addLabelled(searchLabel, m_search);
    bar->addWidget(m_leadsOnly);
    bar->addWidget(m_erased);
    bar->addWidget(m_total);
    m_search->setMinimumWidth(200);
    // The table was made first; the keyboard goes from the search to it.
    setTabOrder(m_search, m_leadsOnly);
    setTabOrder(m_leadsOnly, m_table);

    auto *add = new QPushButton(tr("&New Person…"), this);
    add->setObjectName(QStringLiteral("newPersonPushButton"));
    auto *open = new QPushButton(tr("&Open Person"), this);
    open->setObjectName(QStringLiteral("openPersonPushButton"));
    auto *erase = new QPushButton(tr("E&rase Person…"), this);
    erase->setObjectName(QStringLiteral("erasePersonPushButton"));
    auto *retention = new QPushButton(tr("Re&tention and Purge…"), this);
    retention->setObjectName(QStringLiteral("retentionPushButton"));
    retention->setToolTip(tr("How long personal data is kept, and who is past it"));
    add->setEnabled(workspace.may(AccessRights::Action::AddParticipants));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(erase);
    buttons->addWidget(retention);
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(open);

    setTabOrder(m_table, erase);
    setTabOrder(erase, add);
    setTabOrder(add, open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::applyFilter);
    leadSearchToResults(m_search, m_table);
    connect(m_leadsOnly, &QCheckBox::toggled, this, &PeoplePage::applyFilter);
    connect(m_erased, &QCheckBox::toggled, this, &PeoplePage::applyFilter);
    connect(retention, &QPushButton::clicked, this, &PeoplePage::openRetention);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(open, &QPushButton::clicked, this, &PeoplePage::openCurrent);
    connect(erase, &QPushButton::clicked, this, &PeoplePage::eraseCurrent);
    connect(m_table, &QTableView::activated, this, &PeoplePage::openCurrent);
    const auto updateButtons = [this, open, erase] {
        open->setEnabled(currentPersonId() > 0);
        erase->setEnabled(currentPersonId() > 0
                          && m_workspace.may(AccessRights::Action::ChangeHub));
        m_total->setText(tr("People: %1").arg(QLocale().toString(m_model->totalCount())));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            updateButtons);
    connect(m_model, &PersonTableModel::rowsReplaced, this, updateButtons);
    applyFilter();
    updateButtons();
}

void PeoplePage::applyFilter()
{
    PersonQuery query;
    query.text = m_search->text();
    query.leadsOnly = m_leadsOnly->isChecked();
    query.includeErased = m_erased->isChecked();
    m_model->setQuery(query);
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

RecordId PeoplePage::currentPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PersonTableModel::IdRole).toLongLong() : 0;
}

void PeoplePage::openCurrent()
{
    if (const RecordId id = currentPersonId())
        m_workspace.openPerson(id);
}

void PeoplePage::eraseCurrent()
{
    if (const RecordId id = currentPersonId())
        (new ErasePersonDialog(m_workspace, id, this))->open();
}

void PeoplePage::openRetention()
{
    (new RetentionDialog(m_workspace, this))->open();
}

void PeoplePage::addPerson()
{
    auto *dialog = new PersonDialog(m_workspace.database(), std::nullopt, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new AddPersonCommand(m_workspace, dialog->person());
        if (!m_workspace.run(command))
            return;
        const int row
            = m_model->rowOf(m_workspace.ids().current(Entity::Person, command->personId()));
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, PersonTableModel::Name));
    });
    dialog->open();
}

} // namespace hubreg::ui
