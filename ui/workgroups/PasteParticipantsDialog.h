#pragma once

#include "commands/WorkGroupCommands.h"
#include "domain/WorkGroup.h"
#include "import/PastedParticipants.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// What a block pasted on the Participants tab would add, before anything is added: the field
// each column is read as (guessed as the import wizard guesses, and changeable), then each row
// with the person, the school it goes to and how it was found (by URN, by name, or chosen), or
// what keeps it out. A row whose school was not found waits for one to be chosen, in its own
// School cell or for every such row at once; it never takes another row's school. Accepting
// leaves out, after asking, the rows that cannot be added, and gives the drafts for the rest.
class PasteParticipantsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        NameColumn,
        EmailColumn,
        JobColumn,
        SchoolColumn,
        OutcomeColumn,
        ColumnCount
    };

    PasteParticipantsDialog(Database &db, const WorkGroup &workGroup, const PastedBlock &block,
                            QWidget *parent = nullptr);

    const QList<PastedParticipant> &rows() const { return m_rows; }
    QList<ParticipantDraft> drafts() const;
    int addCount() const;

    QTableWidget *preview() const { return m_preview; }
    QComboBox *columnBox(int column) const { return m_columnBoxes.value(column); }
    QCheckBox *headerBox() const { return m_header; }
    QComboBox *schoolForAllBox() const { return m_schoolForAll; }
    QPushButton *addButton() const { return m_add; }

    void accept() override;

private:
    void buildColumnBoxes();
    void columnsEdited();
    void reread();
    void fillPreview();
    void chooseForAll();
    QComboBox *schoolChoiceFor(const PastedParticipant &row);

    Database &m_db;
    WorkGroup m_workGroup;
    PastedBlock m_block;
    PastedParticipantReader m_reader;
    PastedParticipantReader::Columns m_columns;
    QHash<int, RecordId> m_choices; // the school chosen for a row, by its line
    QList<PastedParticipant> m_rows;
    QList<SchoolCandidate> m_groupSchools;

    QCheckBox *m_header;
    QGridLayout *m_columnGrid;
    QList<QComboBox *> m_columnBoxes;
    QList<QLabel *> m_columnLabels;
    QComboBox *m_schoolForAll;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_add;
    bool m_filling = false;
};

} // namespace hubreg::ui
