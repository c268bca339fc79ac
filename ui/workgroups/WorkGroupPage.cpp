#include "WorkGroupPage.h"

#include "EnrolledSchoolsTab.h"
#include "ParticipantsTab.h"
#include "WorkGroupDetailsTab.h"
#include "common/PageHeader.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "engagement/WorkGroupWarnings.h"
#include "history/HistoryPanel.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterTab.h"
#include "register/TakeRegisterTab.h"
#include "sessions/SessionsTab.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

WorkGroupPage::WorkGroupPage(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
    , m_header(new PageHeader(workspace, this))
    , m_warnings(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_register(new RegisterTab(workspace, workGroupId, m_tabs))
    , m_takeRegister(new TakeRegisterTab(workspace, workGroupId, m_tabs))
    , m_sessions(new SessionsTab(workspace, workGroupId, m_tabs))
    , m_participants(new ParticipantsTab(workspace, workGroupId, m_tabs))
    , m_schools(new EnrolledSchoolsTab(workspace, workGroupId, m_tabs))
    , m_details(new WorkGroupDetailsTab(workspace, workGroupId, m_tabs))
    , m_changes(new HistoryPanel(workspace, Entity::WorkGroup, m_tabs))
{
    setObjectName(QStringLiteral("workGroupPage"));
    m_tabs->setObjectName(QStringLiteral("workGroupTabWidget"));
    m_tabs->addTab(m_register, tr("&Register"));
    m_tabs->addTab(m_takeRegister, tr("&Take Register"));
    m_tabs->addTab(m_sessions, tr("Sess&ions"));
    m_tabs->addTab(m_participants, tr("Partici&pants"));
    m_tabs->addTab(m_schools, tr("S&chools"));
    m_tabs->addTab(m_details, tr("Detai&ls"));
    m_tabs->addTab(m_changes, tr("&History"));
    // Opening a tab puts the keyboard in its table, ready to use.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *table = m_tabs->currentWidget()->findChild<QTableView *>())
            table->setFocus(Qt::TabFocusReason);
    });
    connect(m_sessions, &SessionsTab::takeRegisterRequested, this, &WorkGroupPage::takeRegister);
    // Ctrl+P prints the register from any of the page's tabs.
    auto *print = new QAction(tr("Print Register…"), this);
    print->setObjectName(QStringLiteral("printRegisterAction"));
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print);
    connect(print, &QAction::triggered, m_register, &RegisterTab::printRegister);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_warnings->setObjectName(QStringLiteral("workGroupWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);
    layout->addWidget(m_header);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::WorkGroup || change.entity == Entity::SchoolEnrolment
            || change.entity == Entity::ParticipantEnrolment || change.entity == Entity::Session
            || change.entity == Entity::AttendanceMark || change.entity == Entity::Person)
            updateHeader();
    });
    updateHeader();
}

RecordId WorkGroupPage::workGroupId() const
{
    return m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
}

void WorkGroupPage::takeRegister(RecordId sessionId)
{
    m_tabs->setCurrentWidget(m_takeRegister);
    m_takeRegister->showSession(sessionId);
}

void WorkGroupPage::updateHeader()
{
    WorkGroupQuery query;
    const RecordId id = workGroupId();
    std::optional<WorkGroupOverview> overview;
    if (const auto workGroup = WorkGroupStore(m_workspace.database()).find(id)) {
        query.text = workGroup->code;
        for (const WorkGroupOverview &row :
             WorkGroupStore(m_workspace.database()).overview(query)) {
            if (row.workGroup.id == id)
                overview = row;
        }
    }
    if (!overview) {
        m_header->setTitle(tr("Work Group not found"));
        m_header->setSubtitle(tr("It is no longer in this file."));
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_changes->setRecord(id);
    const WorkGroup &wg = overview->workGroup;
    m_header->setTitle(wg.title.isEmpty() ? wg.code : tr("%1 – %2").arg(wg.code, wg.title));
    QStringList about = { overview->programmeTitle, overview->academicYear };
    if (!overview->leadName.isEmpty())
        about << tr("led by %1").arg(overview->leadName);
    about << displayName(wg.status);
    about << tr("%1 of %2 schools").arg(overview->schools).arg(wg.capacity);
    about << tr("participants: %1").arg(overview->participants);
    about
        << tr("%1 of %2 sessions held").arg(overview->sessionsHeld).arg(overview->sessionsPlanned);
    const double rate = overview->attendanceRate();
    if (rate >= 0)
        about << tr("attendance %1%").arg(QLocale().toString(rate * 100.0, 'f', 0));
    m_header->setSubtitle(about.join(QStringLiteral(" · ")));

    // What needs attention: schools falling behind their completion threshold, and past
    // sessions with no register taken.
    QStringList warnings;
    for (const WorkGroupWarning &warning : WorkGroupWarnings::of(m_workspace.database(), id))
        warnings << QStringLiteral("⚠ ") + warning.text;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace hubreg::ui
