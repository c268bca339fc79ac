#include "SessionsTab.h"

#include "CancelSessionDialog.h"
#include "SessionDialog.h"
#include "SessionSeriesDialog.h"
#include "SessionTableModel.h"
#include "commands/SessionCommands.h"
#include "common/FlowLayout.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "history/RecordHistoryDialog.h"
#include "records/AttendanceStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

SessionsTab::SessionsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_model(new SessionTableModel(workspace, workGroupId, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Session…"), this))
    , m_series(new QPushButton(tr("Create &Series…"), this))
    , m_visit(new QPushButton(tr("Add School &Visit…"), this))
    , m_edit(new QPushButton(tr("Cha&nge…"), this))
    , m_cancel(new QPushButton(tr("Cancel Sessi&on…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_register(new QPushButton(tr("Take Register"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    m_table->setObjectName(QStringLiteral("sessionTableView"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setAccessibleDescription(
        tr("The Work Group's sessions in order; Enter changes the one chosen"));
    m_add->setObjectName(QStringLiteral("addSessionPushButton"));
    m_series->setObjectName(QStringLiteral("createSeriesPushButton"));
    m_visit->setObjectName(QStringLiteral("addVisitPushButton"));
    m_edit->setObjectName(QStringLiteral("editSessionPushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSessionPushButton"));
    m_remove->setObjectName(QStringLiteral("removeSessionPushButton"));
    m_register->setObjectName(QStringLiteral("takeRegisterPushButton"));
    m_history->setObjectName(QStringLiteral("sessionHistoryPushButton"));
    m_history->setToolTip(tr("Who changed the session, when, and from what to what"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rememberOrFitColumns(m_table, QStringLiteral("sessions"));

    // The buttons wrap onto a second row on a narrow window.
    auto *buttons = new FlowLayout;
    for (QPushButton *button : { m_add, m_series, m_visit, m_edit, m_cancel, m_remove })
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_history);
    buttons->addWidget(m_register);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SessionsTab::addSession);
    connect(m_series, &QPushButton::clicked, this, &SessionsTab::createSeries);
    connect(m_visit, &QPushButton::clicked, this, &SessionsTab::addSchoolVisit);
    connect(m_edit, &QPushButton::clicked, this, &SessionsTab::editCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &SessionsTab::toggleCancelled);
    connect(m_remove, &QPushButton::clicked, this, &SessionsTab::removeCurrent);
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (const RecordId id = currentSessionId())
            emit takeRegisterRequested(id);
    });
    connect(m_history, &QPushButton::clicked, this, [this] {
        const Session *session = m_model->sessionAt(m_table->currentIndex().row());
        if (!session)
            return;
        RecordHistoryDialog::showHistory(
            this->workspace(), Entity::Session, session->id,
            tr("History of session %1%2")
                .arg(session->number)
                .arg(session->title.isEmpty() ? QString() : tr(" – %1").arg(session->title)),
            this);
    });
    connect(m_table, &QTableView::activated, this, &SessionsTab::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsTab::updateButtons);
    // A change (a session cancelled, a mark taken) updates the list in place, or resets it when
    // sessions changed order: the same session stays current, so its buttons stay usable.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_placeSession = currentSessionId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_placeSession);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, SessionTableModel::Title));
    });
    connect(m_model, &SessionTableModel::rowsReplaced, this, &SessionsTab::updateButtons);
    updateButtons();
}

RecordId SessionsTab::currentSessionId() const
{
    const Session *session = m_model->sessionAt(m_table->currentIndex().row());
    return session ? session->id : 0;
}

void SessionsTab::updateButtons()
{
    const Session *session = m_model->sessionAt(m_table->currentIndex().row());
    // A Lead keeps their sessions' details; planning and removing them is an administrator's.
    const bool writable = workspace().may(AccessRights::Action::ChangeHub);
    const bool mayEdit = workspace().may(AccessRights::Action::EditSessions);
    for (QPushButton *button : { m_add, m_series, m_visit })
        button->setEnabled(writable);
    m_edit->setEnabled(mayEdit && session);
    m_remove->setEnabled(writable && session);
    m_cancel->setEnabled(mayEdit && session);
    m_cancel->setText(session && session->status == SessionStatus::Cancelled
                          ? tr("Rest&ore Session")
                          : tr("Cancel Sessi&on…"));
    m_register->setEnabled(session && session->status != SessionStatus::Cancelled);
    m_history->setEnabled(session != nullptr);
}

void SessionsTab::openSessionDialog(const Session &session)
{
    auto *dialog = new SessionDialog(db(), session, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        const Session edited = dialog->session();
        if (session.isStored())
            workspace().run(new UpdateSessionCommand(workspace(), session, edited,
                                                     tr("Change %1").arg(edited.title)));
        else
            workspace().run(new AddSessionsCommand(workspace(), edited));
    });
    dialog->open();
}

void SessionsTab::addSession()
{
    Session session;
    session.workGroupId = workGroupId();
    session.startTime = QTime(13, 30);
    session.endTime = QTime(16, 0);
    openSessionDialog(session);
}

void SessionsTab::addSchoolVisit()
{
    Session session;
    session.workGroupId = workGroupId();
    session.kind = SessionKind::SchoolVisit;
    session.startTime = QTime(9, 0);
    session.endTime = QTime(12, 0);
    openSessionDialog(session);
}

void SessionsTab::editCurrent()
{
    if (const Session *session = m_model->sessionAt(m_table->currentIndex().row()))
        openSessionDialog(*session);
}

void SessionsTab::createSeries()
{
    auto *dialog = new SessionSeriesDialog(db(), workGroupId(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        workspace().run(new AddSessionsCommand(workspace(), workGroupId(), dialog->plan()));
    });
    dialog->open();
}

void SessionsTab::toggleCancelled()
{
    const Session *session = m_model->sessionAt(m_table->currentIndex().row());
    if (!session)
        return;
    Session after = *session;
    // A restored session is held if it has a register, planned if not.
    const int marks = int(AttendanceStore(db()).marksForSession(session->id).size());
    if (session->status == SessionStatus::Cancelled) {
        after.status = marks > 0 ? SessionStatus::Held : SessionStatus::Planned;
        after.cancellationReason.clear();
        workspace().run(new UpdateSessionCommand(workspace(), *session, after,
                                                 tr("Restore %1").arg(session->title)));
        return;
    }
    // Cancelling asks first, and keeps the reason if one is given.
    const Session before = *session;
    auto *dialog = new CancelSessionDialog(before, marks, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        Session cancelled = before;
        cancelled.status = SessionStatus::Cancelled;
        cancelled.cancellationReason = dialog->reason();
        workspace().run(new UpdateSessionCommand(workspace(), before, cancelled,
                                                 tr("Cancel %1").arg(before.title)));
    });
    dialog->open();
}

void SessionsTab::removeCurrent()
{
    if (const Session *session = m_model->sessionAt(m_table->currentIndex().row()))
        workspace().run(new RemoveSessionCommand(workspace(), *session));
}

} // namespace hubreg::ui
