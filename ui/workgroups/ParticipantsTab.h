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
class PasteParticipantsDialog;

// The participants of a Work Group, by school: add, change, mark a lead participant, move to
// another school, record that one left, or paste a block of names, emails and schools copied
// from a spreadsheet (Ctrl+V on the table), previewed before it is added.
class ParticipantsTab : public WorkGroupTab, public PasteTarget
{
    Q_OBJECT

public:
    ParticipantsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ParticipantTableModel *model() const { return m_model; }
    bool pasteInto(QAbstractItemView *view) override;
    // Shows what `text` (spreadsheet rows) would add, and adds it once accepted; the dialog,
    // or null when there is nothing to paste.
    PasteParticipantsDialog *pasteText(const QString &text);

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
