#pragma once

#include "database/Entity.h"

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hubreg {
class Database;
struct Change;
} // namespace hubreg

namespace hubreg::ui {

class ProgrammeEditor;
class Workspace;
class ProgrammeTableModel;

// The Programmes screen: the catalogue on the left, the selected programme's form on the right,
// with New and Remove, each undoable. Leaving a programme with unsaved changes asks whether to
// save them; a programme changed by an undo or by someone else is shown again unless the form
// has edits of its own.
class ProgrammesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammesPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ProgrammeTableModel *model() const { return m_model; }
    ProgrammeEditor *editor() const { return m_editor; }
    // Shows the programme in the form (after asking about unsaved changes); false if the user
    // chose to stay.
    bool showProgramme(RecordId programmeId);
    void newProgramme();

private:
    bool settleChanges();
    void selectionChanged();
    void removeCurrent();
    void selectRow(RecordId programmeId);
    void programmesChanged(const Change &change);

    Workspace &m_workspace;
    Database &m_db;
    ProgrammeTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    ProgrammeEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_remove;
    RecordId m_shown = 0;
    bool m_selecting = false;
};

} // namespace hubreg::ui
