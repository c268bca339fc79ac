#include "ParticipantsTab.h"

#include "ParticipantDialog.h"
#include "ParticipantTableModel.h"
#include "PasteParticipantsDialog.h"
#include "common/DatePromptDialog.h"
#include "common/FlowLayout.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "imports/ParticipantImportWizard.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

ParticipantsTab::ParticipantsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_model(new ParticipantTableModel(workspace, workGroupId, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Participant…"), this))
    , m_edit(new QPushButton(tr("Cha&nge…"), this))
    , m_lead(new QPushButton(tr("Lea&d Participant"), this))
    , m_move(new QPushButton(tr("&Move to School…"), this))
    , m_leave(new QPushButton(tr("Left…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_import(new QPushButton(tr("Import Li&st…"), this))
    , m_open(new QPushButton(tr("&Open Person"), this))
{
    setObjectName(QStringLiteral("participantsTab"));
    m_table->setObjectName(QStringLiteral("participantTableView"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setAccessibleDescription(
        tr("The Work Group's participants by school; Enter changes the one chosen"));
    m_add->setObjectName(QStringLiteral("addParticipantPushButton"));
    m_edit->setObjectName(QStringLiteral("editParticipantPushButton"));
    m_lead->setObjectName(QStringLiteral("leadParticipantPushButton"));
    m_move->setObjectName(QStringLiteral("moveParticipantPushButton"));
    m_leave->setObjectName(QStringLiteral("leaveParticipantPushButton"));
    m_remove->setObjectName(QStringLiteral("removeParticipantPushButton"));
    m_import->setObjectName(QStringLiteral("importParticipantsPushButton"));
    m_import->setToolTip(
        tr("Import a participant list from a CSV file (application forms, spreadsheets)"));
    m_open->setObjectName(QStringLiteral("openPersonPushButton"));
    m_lead->setCheckable(true);
    m_lead->setToolTip(tr("Mark or unmark the participant as a lead participant for their school"));
    m_leave->setToolTip(tr("Record the date the participant left the Work Group"));
    m_remove->setToolTip(tr("Take out a participant added by mistake (only before any register)"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rememberOrFitColumns(m_table, QStringLiteral("participants"));
    m_table->setToolTip(
        tr("Paste (Ctrl+V) rows of names and emails copied from a spreadsheet to add them"));

    // The buttons wrap onto a second row on a narrow window.
    auto *buttons = new FlowLayout;
    for (QPushButton *button : { m_add, m_edit, m_lead, m_move, m_leave, m_remove })
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ParticipantsTab::addParticipant);
    connect(m_edit, &QPushButton::clicked, this, &ParticipantsTab::editCurrent);
    connect(m_lead, &QPushButton::clicked, this, &ParticipantsTab::toggleLeadParticipant);
    connect(m_move, &QPushButton::clicked, this, &ParticipantsTab::moveCurrent);
    connect(m_leave, &QPushButton::clicked, this, &ParticipantsTab::leaveCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsTab::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &ParticipantsTab::importList);
    const auto openPerson = [this] {
        if (const ParticipantListing *row = current())
            this->workspace().openPerson(row->enrolment.personId);
    };
    connect(m_open, &QPushButton::clicked, this, openPerson);
    connect(m_table, &QTableView::activated, this, &ParticipantsTab::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsTab::updateButtons);
    connect(m_model, &ParticipantTableModel::rowsReplaced, this, &ParticipantsTab::updateButtons);
    updateButtons();
}

const ParticipantListing *ParticipantsTab::current() const
{
    return m_model->participantAt(m_table->currentIndex().row());
}

void ParticipantsTab::updateButtons()
{
    const ParticipantListing *row = current();
    const bool mayAdd = workspace().may(AccessRights::Action::AddParticipants);
    const bool mayEdit = workspace().may(AccessRights::Action::EditParticipants);
    m_add->setEnabled(mayAdd);
    m_import->setEnabled(mayAdd);
    for (QPushButton *button : { m_edit, m_lead, m_move })
        button->setEnabled(mayEdit && row);
    // Taking out a participant removes their record, which only an administrator may.
    m_remove->setEnabled(workspace().may(AccessRights::Action::ChangeHub) && row);
    m_leave->setEnabled(mayEdit && row && !row->enrolment.hasLeft());
    m_lead->setChecked(row && row->enrolment.isLeadParticipant);
    m_open->setEnabled(row != nullptr);
}

void ParticipantsTab::addParticipant()
{
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!workGroup)
        return;
    const ParticipantListing *row = current();
    auto *dialog = new ParticipantDialog(db(), *workGroup, std::nullopt,
                                         row ? row->enrolment.schoolId : 0, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ParticipantDraft draft = dialog->draft();
        auto *command = new AddParticipantsCommand(workspace(), { draft },
                                                   tr("Add %1").arg(draft.person.fullName()));
        if (workspace().run(command)) {
            const int added = m_model->rowOf(workspace().ids().current(
                Entity::ParticipantEnrolment, command->participantIds().value(0)));
            if (added >= 0)
                m_table->setCurrentIndex(m_model->index(added, ParticipantTableModel::Name));
        }
    });
    dialog->open();
}

void ParticipantsTab::openEditor(bool focusSchool)
{
    const ParticipantListing *row = current();
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!row || !workGroup)
        return;
    auto *dialog
        = new ParticipantDialog(db(), *workGroup, row->enrolment, row->enrolment.schoolId, this);
    if (focusSchool) {
        dialog->setWindowTitle(tr("Move %1 to Another School").arg(row->fullName()));
        dialog->schoolBox()->setFocus();
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, focusSchool] {
        const ParticipantDraft draft = dialog->draft();
        const auto before = dialog->enrolmentBefore();
        if (!before)
            return;
        const QString text = focusSchool ? tr("Move %1").arg(draft.person.fullName())
                                         : tr("Change %1").arg(draft.person.fullName());
        auto *command = new UpdateParticipantCommand(workspace(), *before, draft.enrolment, text);
        if (const auto personBefore = dialog->personBefore())
            command->setPersonChange(*personBefore, draft.person);
        workspace().run(command);
    });
    dialog->open();
}

void ParticipantsTab::editCurrent()
{
    openEditor(false);
}

void ParticipantsTab::moveCurrent()
{
    openEditor(true);
}

void ParticipantsTab::toggleLeadParticipant()
{
    const ParticipantListing *row = current();
    if (!row)
        return;
    ParticipantEnrolment after = row->enrolment;
    after.isLeadParticipant = !after.isLeadParticipant;
    const QString text = after.isLeadParticipant
        ? tr("Make %1 lead participant").arg(row->fullName())
        : tr("%1 no longer lead participant").arg(row->fullName());
    const RecordId id = row->enrolment.id;
    workspace().run(new UpdateParticipantCommand(workspace(), row->enrolment, after, text));
    const int again = m_model->rowOf(id);
    if (again >= 0)
        m_table->setCurrentIndex(m_model->index(again, ParticipantTableModel::Name));
}

void ParticipantsTab::leaveCurrent()
{
    const ParticipantListing *row = current();
    if (!row || row->enrolment.hasLeft())
        return;
    const ParticipantEnrolment before = row->enrolment;
    const QString name = row->fullName();
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    const auto year
        = workGroup ? AcademicYearStore(db()).find(workGroup->academicYearId) : std::nullopt;
    auto *dialog = new DatePromptDialog(
        tr("%1 Left").arg(name),
        tr("The date %1 left the Work Group. Later sessions do not expect them.").arg(name),
        tr("&Left on:"), db().clock().today(), this);
    dialog->setObjectName(QStringLiteral("leaveDialog"));
    dialog->setRange(before.joinedOn.isValid() ? before.joinedOn
                                               : (year ? year->startDate : QDate()),
                     year ? year->endDate : QDate());
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, name] {
        ParticipantEnrolment after = before;
        after.leftOn = dialog->date();
        workspace().run(
            new UpdateParticipantCommand(workspace(), before, after, tr("%1 left").arg(name)));
    });
    dialog->open();
}

void ParticipantsTab::removeCurrent()
{
    const ParticipantListing *row = current();
    if (!row)
        return;
    workspace().run(new RemoveParticipantCommand(workspace(), row->enrolment, row->fullName()));
}

void ParticipantsTab::importList()
{
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!workGroup)
        return;
    auto *wizard = new ParticipantImportWizard(db(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard lists every Work Group; this is the one the user came from.
    if (auto *choice = wizard->findChild<QComboBox *>(QStringLiteral("workGroupComboBox")))
        choice->setCurrentIndex(qMax(0, choice->findData(workGroup->code)));
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        // An undo of an edit made before would write back what the import just replaced.
        if (wizard->report().changedAnything())
            workspace().undoStack()->clear();
    });
    wizard->open();
}

bool ParticipantsTab::pasteInto(QAbstractItemView *view)
{
    if (view != m_table || !workspace().may(AccessRights::Action::AddParticipants))
        return false;
    pasteText(QApplication::clipboard()->text());
    return true;
}

PasteParticipantsDialog *ParticipantsTab::pasteText(const QString &text)
{
    const PastedBlock block = PastedBlock::parse(text);
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!workGroup)
        return nullptr;
    if (block.rows.isEmpty()) {
        workspace().showError(tr("Nothing to paste"),
                              tr("The clipboard holds no rows of participants. Copy rows with "
                                 "names, emails and schools from a spreadsheet, then paste them "
                                 "here."));
        return nullptr;
    }
    // Nothing is added until the person has seen each row and the school it goes to.
    auto *dialog = new PasteParticipantsDialog(db(), *workGroup, block, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<ParticipantDraft> drafts = dialog->drafts();
        if (drafts.isEmpty())
            return;
        workspace().run(new AddParticipantsCommand(
            workspace(), drafts, tr("Paste participants (%1)").arg(drafts.size())));
    });
    dialog->open();
    return dialog;
}

} // namespace hubreg::ui
