#pragma once

#include "import/ParticipantImporter.h"

#include <QWidget>

class QLabel;

namespace hubreg {
struct ImportReport;
}

namespace hubreg::ui {

class DataTableView;
class HeldPeopleModel;
struct ParticipantImportState;

// On the participant import's check page: the rows that match a person already held (same
// email address, or same name at the same school), each with a choice of Update, Keep or Skip,
// and buttons that set every row at once. From the keyboard: select rows and type U, K or S,
// or open a row's choice with F2. The choices go into the import state.
class HeldPeoplePanel : public QWidget
{
    Q_OBJECT

public:
    HeldPeoplePanel(ParticipantImportState &state, QWidget *parent = nullptr);

    // The held rows of a check's report, with the choices made so far.
    void showRows(const ImportReport &report);
    DataTableView *table() const { return m_table; }

signals:
    // A choice changed: the check should run again.
    void choicesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseForRow(qint64 line, DuplicateAction action);
    void chooseForSelected(DuplicateAction action);
    void chooseForAll(DuplicateAction action);

    ParticipantImportState &m_state;
    QLabel *m_title;
    HeldPeopleModel *m_model;
    DataTableView *m_table;
    int m_choiceWidth = 0;
};

} // namespace hubreg::ui
