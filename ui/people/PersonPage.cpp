#include "PersonPage.h"

#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonHistoryModels.h"
#include "commands/RegisterCommands.h"
#include "common/PageHeader.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "store/Database.h"
#include "stores/PersonStore.h"
#include "stores/SchoolStore.h"
#include "stores/WorkGroupStore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

PersonPage::PersonPage(Workspace &workspace, RecordId personId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_personId(personId)
    , m_header(new PageHeader(workspace, this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QFormLayout)
    , m_workGroups(new PersonWorkGroupTableModel(workspace.database(), this))
    , m_attendance(new PersonAttendanceTableModel(workspace.database(), this))
    , m_workGroupTable(new QTableView(this))
    , m_attendanceTable(new QTableView(this))
{
    setObjectName(QStringLiteral("personPage"));
    m_tabs->setObjectName(QStringLiteral("personTabWidget"));
    auto *edit = new QPushButton(tr("&Edit Person…"), this);
    edit->setObjectName(QStringLiteral("editPersonPushButton"));
    auto *erase = new QPushButton(tr("E&rase Person…"), this);
    erase->setObjectName(QStringLiteral("erasePersonPushButton"));
    edit->setEnabled(!workspace.isReadOnly());
    erase->setEnabled(!workspace.isReadOnly());
    m_header->addButton(edit);
    m_header->addButton(erase);
    connect(edit, &QPushButton::clicked, this, &PersonPage::editPerson);
    connect(erase, &QPushButton::clicked, this, &PersonPage::erasePerson);

    m_workGroupTable->setObjectName(QStringLiteral("personWorkGroupTableView"));
    m_attendanceTable->setObjectName(QStringLiteral("personAttendanceTableView"));
    m_workGroupTable->setAccessibleName(tr("The person's Work Groups"));
    m_workGroupTable->setAccessibleDescription(
        tr("Each Work Group they took part in, with their attendance; Enter opens it"));
    m_attendanceTable->setAccessibleName(tr("The person's attendance"));
    m_attendanceTable->setAccessibleDescription(
        tr("Their mark at each session"));
    m_workGroupTable->setModel(m_workGroups);
    m_attendanceTable->setModel(m_attendance);
    for (QTableView *table : { m_workGroupTable, m_attendanceTable }) {
        setUpTable(table);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_workGroupTable->setColumnWidth(PersonWorkGroupTableModel::School, 220);
    m_attendanceTable->setColumnWidth(PersonAttendanceTableModel::Mark, 200);

    auto *details = new QWidget(m_tabs);
    details->setLayout(m_details);
    m_tabs->addTab(m_workGroupTable, tr("&Work Groups"));
    m_tabs->addTab(m_attendanceTable, tr("&Attendance"));
    m_tabs->addTab(details, tr("&Details"));
    connect(m_workGroupTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace.openWorkGroup(
            index.data(PersonWorkGroupTableModel::WorkGroupIdRole).toLongLong());
    });
    connect(m_attendanceTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace.openWorkGroup(
            index.data(PersonAttendanceTableModel::WorkGroupIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(&workspace.database(), &Database::changed, this, [this](Entity entity) {
        if (entity == Entity::Person || entity == Entity::WorkGroup)
            reload();
    });
    reload();
}

void PersonPage::reload()
{
    m_personId = m_workspace.ids().current(Entity::Person, m_personId);
    Database &db = m_workspace.database();
    const auto person = PersonStore(db).find(m_personId);
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    if (!person) {
        m_header->setTitle(tr("Person not found"));
        m_header->setSubtitle(tr("They are no longer in this file."));
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const auto school
        = person->schoolId > 0 ? SchoolStore(db).find(person->schoolId) : std::nullopt;
    m_header->setTitle(person->fullName());
    QStringList about;
    for (const QString &part : { person->role, school ? school->name : QString(), person->email }) {
        if (!part.isEmpty())
            about << part;
    }
    m_header->setSubtitle(about.join(QStringLiteral(" · ")));

    const auto add = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        m_details->addRow(label, text);
    };
    add(tr("Name:"), person->fullName());
    add(tr("Email:"), person->email);
    add(tr("Phone:"), person->phone);
    add(tr("Role:"), person->role);
    add(tr("School:"),
        school ? tr("%1 (URN %2)").arg(school->name, school->urn.toString()) : QString());
    add(tr("TRN:"), person->trn);
    WorkGroupQuery led;
    led.leadPersonId = person->id;
    QStringList codes;
    for (const WorkGroupOverview &group : WorkGroupStore(db).overview(led))
        codes << tr("%1 (%2)").arg(group.workGroup.code, group.academicYear);
    add(tr("Leads:"), codes.join(QStringLiteral(", ")));
    add(tr("Mastery Specialist:"), person->isMasterySpecialist ? tr("Yes") : QString());
    add(tr("Notes:"), person->notes);
    m_workGroups->setPerson(m_personId);
    m_attendance->setPerson(m_personId);
}

void PersonPage::editPerson()
{
    const auto before = PersonStore(m_workspace.database()).find(m_personId);
    if (!before)
        return;
    auto *dialog = new PersonDialog(m_workspace.database(), before, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_workspace.run(new UpdatePersonCommand(m_workspace, *before, dialog->person()));
    });
    dialog->open();
}

void PersonPage::erasePerson()
{
    if (erasePersonInteractively(m_workspace, m_personId, this))
        m_workspace.goBack();
}

} // namespace hubreg::ui
