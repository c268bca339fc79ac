#pragma once

#include "database/Entity.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace hubreg::ui {

class EnrolledSchoolsTab;
class HistoryPanel;
class PageHeader;
class ParticipantsTab;
class RegisterTab;
class SessionsTab;
class TakeRegisterTab;
class WorkGroupDetailsTab;
class Workspace;

// One Work Group: its register (the grid), taking the register of a session, its sessions,
// participants, schools and details, and who changed it when, each on its own tab.
class WorkGroupPage : public QWidget
{
    Q_OBJECT

public:
    WorkGroupPage(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    RecordId workGroupId() const;
    QTabWidget *tabs() const { return m_tabs; }
    RegisterTab *registerTab() const { return m_register; }
    TakeRegisterTab *takeRegisterTab() const { return m_takeRegister; }
    SessionsTab *sessionsTab() const { return m_sessions; }
    ParticipantsTab *participantsTab() const { return m_participants; }
    EnrolledSchoolsTab *schoolsTab() const { return m_schools; }
    WorkGroupDetailsTab *detailsTab() const { return m_details; }
    HistoryPanel *historyPanel() const { return m_changes; }
    void takeRegister(RecordId sessionId);

private:
    void updateHeader();

    Workspace &m_workspace;
    RecordId m_workGroupId;
    PageHeader *m_header;
    QLabel *m_warnings;
    QTabWidget *m_tabs;
    RegisterTab *m_register;
    TakeRegisterTab *m_takeRegister;
    SessionsTab *m_sessions;
    ParticipantsTab *m_participants;
    EnrolledSchoolsTab *m_schools;
    WorkGroupDetailsTab *m_details;
    HistoryPanel *m_changes;
};

} // namespace hubreg::ui
