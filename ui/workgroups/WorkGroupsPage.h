#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class WorkGroupTableModel;

// The Work Groups screen: filters by year, programme, Lead and status, a search box, and the
// sortable list.
class WorkGroupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkGroupsPage(Database &db, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    WorkGroupTableModel *model() const { return m_model; }
    void focusSearch();
    // Refills the filter lists (years, programmes, Leads) from the database.
    void reloadFilters();

private:
    void applyFilters();

    Database &m_db;
    WorkGroupTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_year;
    QComboBox *m_programme;
    QComboBox *m_lead;
    QComboBox *m_status;
    bool m_columnsSized = false;
};

} // namespace hubreg::ui
