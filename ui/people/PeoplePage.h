#pragma once

#include "common/EditTargets.h"
#include "store/Entity.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hubreg::ui {

class PersonTableModel;
class Workspace;

// The People screen: everyone the hub works with, searched by name or email, with a person
// opened, added, or erased everywhere (UK GDPR) after confirmation.
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
    void eraseCurrent();

private:
    void applyFilter();

    Workspace &m_workspace;
    PersonTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_leadsOnly;
    QLabel *m_total;
};

// Asks, then erases the person and everything held about them; clears the undo history so no
// copy of their details stays in memory. Returns whether they were erased.
bool erasePersonInteractively(Workspace &workspace, RecordId personId, QWidget *parent);

} // namespace hubreg::ui
