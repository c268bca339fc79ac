#pragma once

#include "database/Entity.h"

#include <QWidget>

class QFormLayout;
class QTabWidget;
class QTableView;

namespace hubreg::ui {

class HistoryPanel;
class PageHeader;
class PersonTableModel;
class SchoolHistoryTableModel;
class SchoolLinkTableModel;
class Workspace;

// One school: its details from GIAS and the hub's notes, the schools it came from or became
// (GIAS links), its Work Groups across years and programmes following those links, and the
// people on its staff the hub knows, and who changed its record when.
class SchoolPage : public QWidget
{
    Q_OBJECT

public:
    SchoolPage(Workspace &workspace, RecordId schoolId, QWidget *parent = nullptr);

    RecordId schoolId() const { return m_schoolId; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *historyTable() const { return m_historyTable; }
    QTableView *linksTable() const { return m_linksTable; }
    SchoolHistoryTableModel *historyModel() const { return m_history; }
    SchoolLinkTableModel *linksModel() const { return m_links; }
    HistoryPanel *historyPanel() const { return m_changes; }
    void editSchool();

private:
    void reload();

    Workspace &m_workspace;
    RecordId m_schoolId;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    QFormLayout *m_details;
    SchoolHistoryTableModel *m_history;
    SchoolLinkTableModel *m_links;
    PersonTableModel *m_people;
    QTableView *m_historyTable;
    QTableView *m_linksTable;
    QTableView *m_peopleTable;
    HistoryPanel *m_changes;
};

} // namespace hubreg::ui
