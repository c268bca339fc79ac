#pragma once

#include "common/EditTargets.h"
#include "database/Entity.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class OnDemandComboBox;
class WorkGroupTableModel;
class Workspace;

// The Work Groups screen: filters by year, programme, Lead and status, a search box, and the
// sortable list; a Work Group is opened with Enter or a double-click, or created.
class WorkGroupsPage : public QWidget, public Searchable
{
    Q_OBJECT

public:
    explicit WorkGroupsPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    WorkGroupTableModel *model() const { return m_model; }
    void focusSearch() override;
    RecordId currentWorkGroupId() const;
    void newWorkGroup();
    void openCurrent();
    // Refills the filter lists (years, programmes, and the Leads once they have been read)
    // from the database.
    void reloadFilters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumnsOnce();
    void fillLeads();
    void applyFilters();

    Workspace &m_workspace;
    Database &m_db;
    WorkGroupTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_year;
    QComboBox *m_programme;
    OnDemandComboBox *m_lead;
    QComboBox *m_status;
    bool m_columnsSized = false;
};

} // namespace hubreg::ui
