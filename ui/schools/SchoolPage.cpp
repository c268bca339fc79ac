#include "SchoolPage.h"

#include "SchoolDialog.h"
#include "SchoolHistoryTableModel.h"
#include "SchoolLinkTableModel.h"
#include "commands/RegisterCommands.h"
#include "common/PageHeader.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "history/HistoryPanel.h"
#include "people/PersonTableModel.h"
#include "records/SchoolStore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    setUpTable(table);
    table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsOnReset(table);
    return table;
}
} // namespace

SchoolPage::SchoolPage(Workspace &workspace, RecordId schoolId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_schoolId(schoolId)
    , m_header(new PageHeader(workspace, this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QFormLayout)
    , m_history(new SchoolHistoryTableModel(workspace.database(), this))
    , m_links(new SchoolLinkTableModel(workspace.database(), this))
    , m_people(new PersonTableModel(workspace.database(), this))
    , m_changes(new HistoryPanel(workspace, Entity::School, m_tabs))
{
    setObjectName(QStringLiteral("schoolPage"));
    m_tabs->setObjectName(QStringLiteral("schoolTabWidget"));
    auto *edit = new QPushButton(tr("&Edit School…"), this);
    edit->setObjectName(QStringLiteral("editSchoolPushButton"));
    edit->setEnabled(workspace.may(AccessRights::Action::ChangeHub));
    m_header->addButton(edit);
    connect(edit, &QPushButton::clicked, this, &SchoolPage::editSchool);

    auto *details = new QWidget(m_tabs);
    details->setLayout(m_details);
    m_historyTable = makeTable(m_tabs, QStringLiteral("schoolHistoryTableView"), m_history);
    m_linksTable = makeTable(m_tabs, QStringLiteral("schoolLinksTableView"), m_links);
    m_peopleTable = makeTable(m_tabs, QStringLiteral("schoolPeopleTableView"), m_people);
    m_historyTable->setAccessibleName(tr("The school's Work Groups"));
    m_historyTable->setAccessibleDescription(
        tr("Its Work Groups across years, under its own URN and its predecessors'"));
    m_linksTable->setAccessibleName(tr("Links to other URNs"));
    m_linksTable->setAccessibleDescription(tr("Its predecessors and successors in GIAS"));
    m_peopleTable->setAccessibleName(tr("The school's people"));
    m_peopleTable->setAccessibleDescription(tr("People held with this school"));
    m_tabs->addTab(m_historyTable, tr("&Work Groups"));
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(m_linksTable, tr("GIAS &links"));
    m_tabs->addTab(m_peopleTable, tr("Pe&ople"));
    m_tabs->addTab(m_changes, tr("&History"));

    connect(m_historyTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace.openWorkGroup(
            index.data(SchoolHistoryTableModel::WorkGroupIdRole).toLongLong());
    });
    connect(m_linksTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const RecordId other = index.data(SchoolLinkTableModel::SchoolIdRole).toLongLong())
            m_workspace.openSchool(other);
    });
    connect(m_peopleTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace.openPerson(index.data(PersonTableModel::IdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::School || change.entity == Entity::SchoolLink)
            reload();
    });
    reload();
    m_history->setSchool(m_schoolId);
    PersonQuery staff;
    staff.schoolId = m_schoolId;
    m_people->setQuery(staff);
}

void SchoolPage::reload()
{
    m_schoolId = m_workspace.ids().current(Entity::School, m_schoolId);
    const auto school = SchoolStore(m_workspace.database()).find(m_schoolId);
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    if (!school) {
        m_header->setTitle(tr("School not found"));
        m_header->setSubtitle(tr("It is no longer in the register."));
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_changes->setRecord(m_schoolId);
    m_header->setTitle(school->name);
    m_header->setSubtitle(
        tr("URN %1 · %2 · %3 · %4")
            .arg(school->urn.toString(), school->phase, school->laName, school->status));
    const auto add = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setWordWrap(true);
        m_details->addRow(label, text);
    };
    const QLocale locale;
    add(tr("URN:"), school->urn.toString());
    add(tr("Type:"), school->establishmentType);
    add(tr("Phase:"), school->phase);
    add(tr("Status:"), school->status);
    add(tr("Local authority:"),
        school->laCode.isEmpty() ? school->laName
                                 : tr("%1 (%2)").arg(school->laName, school->laCode));
    add(tr("Address:"), school->address());
    add(tr("Headteacher:"), school->headteacher());
    add(tr("Trust:"), school->trustName);
    add(tr("Telephone:"), school->telephone);
    add(tr("Website:"), school->website);
    add(tr("Opened:"), validation::formatUkDate(school->openDate));
    add(tr("Closed:"), validation::formatUkDate(school->closeDate));
    if (school->statutoryLowAge >= 0 && school->statutoryHighAge >= 0)
        add(tr("Ages:"), tr("%1 to %2").arg(school->statutoryLowAge).arg(school->statutoryHighAge));
    if (school->pupils >= 0)
        add(tr("Pupils:"), locale.toString(school->pupils));
    add(tr("Mastery Specialist:"),
        school->hasMasterySpecialist ? tr("Yes, on the staff") : QString());
    add(tr("Barrier:"), school->barrier);
    add(tr("Notes:"), school->notes);
    m_links->setSchool(school->urn);
}

void SchoolPage::editSchool()
{
    const auto before = SchoolStore(m_workspace.database()).find(m_schoolId);
    if (!before)
        return;
    auto *dialog = new SchoolDialog(m_workspace.database(), before, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_workspace.run(new UpdateSchoolCommand(m_workspace, *before, dialog->school()));
    });
    dialog->open();
}

} // namespace hubreg::ui
