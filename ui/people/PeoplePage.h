#pragma once

#include "common/EditTargets.h"
#include "database/Entity.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hubreg::ui {

class PersonTableModel;
class Workspace;

// The People screen: everyone the hub works with, searched by name or email, with a person
// opened, added, or erased (UK GDPR) after a confirmation that says what goes and what stays;
// and the retention policy with its purge.
class PeoplePage : public QWidget, public Searchable
{
    Q_OBJECT

public:
    explicit PeoplePage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    PersonTableModel *model() const { return m_model; }
    void focusSearch() override;
    RecordId currentPersonId() const;
    void addPerson();
    void openCurrent();
    // Opens the erasure's confirmation for the selected person.
    void eraseCurrent();
    void openRetention();

private:
    void applyFilter();

    Workspace &m_workspace;
    PersonTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_leadsOnly;
    QCheckBox *m_erased;
    QLabel *m_total;
};

} // namespace hubreg::ui
