#pragma once

#include "database/Entity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace hubreg::ui {

class AuditTableModel;
class DataTableView;
class Workspace;

// A record page's History tab: who changed the record, when and from what to what, newest
// first, with Export… to CSV.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(Workspace &workspace, Entity entity, QWidget *parent = nullptr);

    void setRecord(RecordId id);
    DataTableView *table() const { return m_table; }
    AuditTableModel *model() const { return m_model; }
    // Asks where, then writes the shown history as CSV.
    void exportHistory();

private:
    void reload();

    Workspace &m_workspace;
    Entity m_entity;
    RecordId m_recordId = 0;
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    DataTableView *m_table;
    QLabel *m_note;
    QPushButton *m_export;
};

} // namespace hubreg::ui
