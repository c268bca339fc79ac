#pragma once

#include "database/Entity.h"

#include <QWidget>

class QFormLayout;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hubreg::ui {

class PageHeader;
class PersonAttendanceTableModel;
class PersonWorkGroupTableModel;
class HistoryPanel;
class Workspace;

// One person: their details and school, the Work Groups they took part in or lead, and their
// attendance session by session, and who changed the record when; everything held about them
// exported for a subject access request, or their personal data erased.
class PersonPage : public QWidget
{
    Q_OBJECT

public:
    PersonPage(Workspace &workspace, RecordId personId, QWidget *parent = nullptr);

    RecordId personId() const { return m_personId; }
    QTableView *workGroupTable() const { return m_workGroupTable; }
    QTableView *attendanceTable() const { return m_attendanceTable; }
    PersonWorkGroupTableModel *workGroupModel() const { return m_workGroups; }
    HistoryPanel *historyPanel() const { return m_changes; }
    void editPerson();
    // Asks where, then writes the PDF and the JSON beside it.
    void exportPersonalData();
    // Opens the erasure's confirmation (for someone erased already: the backups still
    // holding them).
    void erasePerson();

private:
    void reload();

    Workspace &m_workspace;
    RecordId m_personId;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    QFormLayout *m_details;
    PersonWorkGroupTableModel *m_workGroups;
    PersonAttendanceTableModel *m_attendance;
    QTableView *m_workGroupTable;
    QTableView *m_attendanceTable;
    QPushButton *m_edit;
    QPushButton *m_export;
    QPushButton *m_erase;
    HistoryPanel *m_changes;
};

} // namespace hubreg::ui
