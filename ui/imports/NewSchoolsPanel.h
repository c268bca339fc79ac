#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hubreg {
struct ImportReport;
}

namespace hubreg::ui {

struct ParticipantImportState;

// On the participant import's check page: the schools the import would bring into the Work
// Group, each with the Enrol dialog's warnings (full, closed, not eligible, another phase) and
// a reason to go ahead, typed in its Reason cell (F2, or just type). A school with warnings and
// no reason is not enrolled and its rows are left out. The reasons go into the import state.
class NewSchoolsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { SchoolColumn, LineColumn, WarningsColumn, ReasonColumn, ColumnCount };

    NewSchoolsPanel(ParticipantImportState &state, QWidget *parent = nullptr);

    // The new schools of a check's report, with the reasons given so far.
    void showRows(const ImportReport &report);
    QTableWidget *table() const { return m_table; }

signals:
    // A reason changed: the check should run again.
    void reasonsChanged();

private:
    void reasonEdited(int row);

    ParticipantImportState &m_state;
    QLabel *m_title;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace hubreg::ui
