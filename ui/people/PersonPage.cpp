#include "PersonPage.h"

#include "ErasePersonDialog.h"
#include "PersonDialog.h"
#include "PersonHistoryModels.h"
#include "SubjectAccessDocument.h"
#include "commands/RegisterCommands.h"
#include "common/PageHeader.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "history/HistoryPanel.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
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
    , m_edit(new QPushButton(tr("&Edit Person…"), this))
    , m_export(new QPushButton(tr("E&xport Personal Data…"), this))
    , m_erase(new QPushButton(tr("E&rase Person…"), this))
    , m_changes(new HistoryPanel(workspace, Entity::Person, m_tabs))
{
    setObjectName(QStringLiteral("personPage"));
    m_tabs->setObjectName(QStringLiteral("personTabWidget"));
    m_edit->setObjectName(QStringLiteral("editPersonPushButton"));
    m_export->setObjectName(QStringLiteral("exportPersonalDataPushButton"));
    m_export->setToolTip(tr("Everything held about this person, for a subject access request: "
                            "a PDF, and the same as JSON beside it"));
    m_erase->setObjectName(QStringLiteral("erasePersonPushButton"));
    m_header->addButton(m_edit);
    m_header->addButton(m_export);
    m_header->addButton(m_erase);
    connect(m_edit, &QPushButton::clicked, this, &PersonPage::editPerson);
    connect(m_export, &QPushButton::clicked, this, &PersonPage::exportPersonalData);
    connect(m_erase, &QPushButton::clicked, this, &PersonPage::erasePerson);

    m_workGroupTable->setObjectName(QStringLiteral("personWorkGroupTableView"));
    m_attendanceTable->setObjectName(QStringLiteral("personAttendanceTableView"));
    m_workGroupTable->setAccessibleName(tr("The person's Work Groups"));
    m_workGroupTable->setAccessibleDescription(
        tr("Each Work Group they took part in, with their attendance; Enter opens it"));
    m_attendanceTable->setAccessibleName(tr("The person's attendance"));
    m_attendanceTable->setAccessibleDescription(tr("Their mark at each session"));
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
    m_tabs->addTab(m_changes, tr("&History"));
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

    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Person || change.entity == Entity::WorkGroup)
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
        for (QPushButton *button : { m_edit, m_export, m_erase })
            button->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_edit->setEnabled(m_workspace.may(AccessRights::Action::EditParticipants)
                       && !person->isErased());
    m_export->setEnabled(!person->isErased());
    m_erase->setEnabled(m_workspace.may(AccessRights::Action::ChangeHub));
    m_erase->setText(person->isErased() ? tr("Bac&kups Holding Them…") : tr("E&rase Person…"));
    const auto school
        = person->schoolId > 0 ? SchoolStore(db).find(person->schoolId) : std::nullopt;
    m_header->setTitle(person->fullName());
    QStringList about;
    if (person->isErased())
        about << tr("Personal data erased on %1")
                     .arg(person->erasedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
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
    led.withAttendance = false; // codes and years only
    led.leadPersonId = person->id;
    QStringList codes;
    for (const WorkGroupOverview &group : WorkGroupStore(db).overview(led))
        codes << tr("%1 (%2)").arg(group.workGroup.code, group.academicYear);
    add(tr("Leads:"), codes.join(QStringLiteral(", ")));
    add(tr("Mastery Specialist:"), person->isMasterySpecialist ? tr("Yes") : QString());
    add(tr("Notes:"), person->notes);
    // What `hubregister person` takes for someone without an email.
    add(tr("Reference:"), person->uuid.toString(QUuid::WithoutBraces));
    m_workGroups->setPerson(m_personId);
    m_attendance->setPerson(m_personId);
    m_changes->setRecord(m_personId);
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

void PersonPage::exportPersonalData()
{
    const QString suggested = QDir::home().filePath(
        tr("subject-access-%1.pdf")
            .arg(m_workspace.database().clock().today().toString(Qt::ISODate)));
    const QString path = Prompter::saveFileName(this, tr("Export Personal Data"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QStringList written;
    try {
        WaitCursor wait;
        written = subjectaccess::write(m_workspace.database(), m_personId, path);
    } catch (const StoreError &error) {
        m_workspace.showError(tr("Personal data not exported"), error);
        return;
    }
    Prompter::information(this, tr("Personal Data Exported"),
                          tr("Written, readable by you only:\n%1\n%2\nSend both to the person; "
                             "delete your copies once they are sent.")
                              .arg(QDir::toNativeSeparators(written.value(0)),
                                   QDir::toNativeSeparators(written.value(1))));
}

void PersonPage::erasePerson()
{
    auto *dialog = new ErasePersonDialog(m_workspace, m_personId, this);
    dialog->open();
}

} // namespace hubreg::ui
