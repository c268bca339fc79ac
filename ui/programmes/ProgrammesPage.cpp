#include "ProgrammesPage.h"

#include "ProgrammeEditor.h"
#include "ProgrammeTableModel.h"
#include "commands/ProgrammeCommands.h"
#include "common/DataTableView.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/ProgrammeStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

ProgrammesPage::ProgrammesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_db(workspace.database())
    , m_model(new ProgrammeTableModel(m_db, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_editor(new ProgrammeEditor(workspace, this))
    , m_new(new QPushButton(tr("&New programme"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setObjectName(QStringLiteral("programmeTableView"));
    m_table->setAccessibleName(tr("Programmes"));
    m_table->setAccessibleDescription(
        tr("The programme catalogue; the chosen one is edited beside the list"));
    m_new->setObjectName(QStringLiteral("newProgrammePushButton"));
    m_remove->setObjectName(QStringLiteral("removeProgrammePushButton"));
    m_editor->setObjectName(QStringLiteral("programmeEditor"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ProgrammeTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the store's order: by phase, then title
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgrammeTableModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(ProgrammeTableModel::Prerequisites, QHeaderView::Stretch);
    m_table->hideColumn(ProgrammeTableModel::Strand);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgrammesPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectRow(m_shown); });
    connect(m_new, &QPushButton::clicked, this, &ProgrammesPage::newProgramme);
    connect(m_remove, &QPushButton::clicked, this, &ProgrammesPage::removeCurrent);
    connect(m_editor, &ProgrammeEditor::saved, this, [this](RecordId id) {
        m_shown = id;
        selectRow(id);
    });
    connect(&m_db, &Database::changed, this, &ProgrammesPage::programmesChanged);
    m_new->setEnabled(m_workspace.may(AccessRights::Action::ChangeHub));

    if (const Programme *first = m_model->programmeAt(0))
        showProgramme(first->id);
}

void ProgrammesPage::selectRow(RecordId programmeId)
{
    const int row = m_model->rowOf(programmeId);
    // The guard, not a signal blocker: the view must still hear of the new selection to paint it.
    m_selecting = true;
    if (row < 0) {
        m_table->clearSelection();
    } else {
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
    m_remove->setEnabled(row >= 0 && m_workspace.may(AccessRights::Action::ChangeHub));
}

bool ProgrammesPage::settleChanges()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = Prompter::question(
        this, tr("Unsaved changes"), tr("The programme has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    return answer == QMessageBox::Discard;
}

bool ProgrammesPage::showProgramme(RecordId programmeId)
{
    if (programmeId == m_shown && m_editor->isModified())
        return true;
    if (!settleChanges()) {
        selectRow(m_shown);
        return false;
    }
    const auto programme = ProgrammeStore(m_db).find(programmeId);
    if (!programme)
        return false;
    m_shown = programmeId;
    m_editor->setProgramme(*programme);
    selectRow(programmeId);
    return true;
}

void ProgrammesPage::newProgramme()
{
    if (!settleChanges())
        return;
    m_shown = 0;
    selectRow(0);
    m_editor->setProgramme(Programme());
    m_editor->setFocus();
}

void ProgrammesPage::selectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        showProgramme(current.data(ProgrammeTableModel::IdRole).toLongLong());
}

void ProgrammesPage::removeCurrent()
{
    const auto programme = ProgrammeStore(m_db).find(m_shown);
    if (!programme)
        return;
    const auto answer = Prompter::question(
        this, tr("Remove programme"),
        tr("Remove %1 – %2 from the catalogue?").arg(programme->code, programme->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_workspace.run(new RemoveProgrammeCommand(m_workspace, *programme)))
        return;
    m_shown = 0;
    m_editor->setProgramme(Programme());
    if (const Programme *first = m_model->programmeAt(0))
        showProgramme(first->id);
}

void ProgrammesPage::programmesChanged(const Change &change)
{
    // The model has read the catalogue again already: it heard the change first.
    if (change.entity != Entity::Programme || m_editor->isModified() || m_shown == 0)
        return;
    // An undone removal stores the programme again under a new id.
    const RecordId shown = m_workspace.ids().current(Entity::Programme, m_shown);
    if (shown == m_shown && !change.touches(shown))
        return;
    if (const auto programme = ProgrammeStore(m_db).find(shown)) {
        m_shown = shown;
        m_editor->setProgramme(*programme);
        selectRow(shown);
        return;
    }
    // Removed, by an undo or by someone else: the first is shown in its place.
    m_shown = 0;
    m_editor->setProgramme(Programme());
    if (const Programme *first = m_model->programmeAt(0))
        showProgramme(first->id);
}

} // namespace hubreg::ui
