#pragma once

#include "WorkGroupTab.h"

class QPushButton;
class QTableView;

namespace hubreg::ui {

class EnrolledSchoolTableModel;

// The schools of a Work Group: enrol one from the register, withdraw one with the date it
// left (or take the withdrawal back), open a school's page.
class EnrolledSchoolsTab : public WorkGroupTab
{
    Q_OBJECT

public:
    EnrolledSchoolsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    EnrolledSchoolTableModel *model() const { return m_model; }
    void enrolSchool();
    void withdrawCurrent();
    void reinstateCurrent();

private:
    void updateButtons();

    EnrolledSchoolTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_enrol;
    QPushButton *m_withdraw;
    QPushButton *m_reinstate;
    QPushButton *m_open;
};

} // namespace hubreg::ui
