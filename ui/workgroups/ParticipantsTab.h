#pragma once

#include "WorkGroupTab.h"
#include "common/EditTargets.h"

class QPushButton;
class QTableView;

namespace hubreg {
struct ParticipantListing;
}

namespace hubreg::ui {

class ParticipantTableModel;

// The participants of a Work Group, by school: add, change, mark a lead participant, move to
// another school, record that one left, or paste a block of names and emails copied from a
// spreadsheet (Ctrl+V on the table).
class ParticipantsTab : public WorkGroupTab, public PasteTarget
{
    Q_OBJECT

public:
    ParticipantsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ParticipantTableModel *model() const { return m_model; }
    bool pasteInto(QAbstractItemView *view) override;
    // Adds everyone in `text` (spreadsheet rows); returns how many were added.
    int pasteText(const QString &text);

    void addParticipant();
    void editCurrent();
    void moveCurrent();
    void toggleLeadParticipant();
    void leaveCurrent();
    void removeCurrent();
    // The import wizard (ui/imports), opened on this Work Group.
    void importList();

private:
    const ParticipantListing *current() const;
    void openEditor(bool focusSchool);
    void updateButtons();

    ParticipantTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_lead;
    QPushButton *m_move;
    QPushButton *m_leave;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_open;
};

} // namespace hubreg::ui
