#pragma once

#include "workgroups/WorkGroupTab.h"

class QPushButton;
class QTableView;

namespace hubreg {
struct Session;
}

namespace hubreg::ui {

class SessionTableModel;

// A Work Group's sessions and school visits: add one, create the whole series at once,
// change or cancel one, and go to its register.
class SessionsTab : public WorkGroupTab
{
    Q_OBJECT

public:
    SessionsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SessionTableModel *model() const { return m_model; }
    RecordId currentSessionId() const;
    void addSession();
    void addSchoolVisit();
    void createSeries();
    void editCurrent();
    void toggleCancelled();
    void removeCurrent();

signals:
    void takeRegisterRequested(hubreg::RecordId sessionId);

private:
    void openSessionDialog(const Session &session);
    void updateButtons();

    SessionTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_series;
    QPushButton *m_visit;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    QPushButton *m_register;
    QPushButton *m_history;
    RecordId m_placeSession = 0;
};

} // namespace hubreg::ui
