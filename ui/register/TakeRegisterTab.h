#pragma once

#include "domain/Attendance.h"
#include "workgroups/WorkGroupTab.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hubreg::ui {

class TakeRegisterModel;

// Taking the register of one session from the keyboard: choose the session, press a mark's
// letter for each person (the cursor moves on), or mark everyone present and fix the
// exceptions; type who came for a substitute and a note; add someone who came but is not on
// the list. Every key press is saved at once and can be undone. Also prints the session's
// sign-in sheet.
class TakeRegisterTab : public WorkGroupTab
{
    Q_OBJECT

public:
    TakeRegisterTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *sessionBox() const { return m_session; }
    TakeRegisterModel *model() const { return m_model; }
    void showSession(RecordId sessionId);
    RecordId sessionId() const;
    void markAllPresent();
    void printSignInSheet();
    // Asks where, then writes the sign-in sheet as a PDF; returns whether a file was written.
    bool saveSignInSheetPdf();
    // Someone who came but is not on the list: added to the Work Group from this session's
    // date, and marked present (two steps to undo).
    void addLateArrival();

private:
    void reloadSessions();
    bool setMark(const QModelIndex &index, std::optional<AttendanceMark> mark);
    void setRecord(RecordId participantId, const AttendanceRecord &record, const QString &text);
    void updateSummary();

    TakeRegisterModel *m_model;
    QComboBox *m_session;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_allPresent;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_lateArrival;
    QPushButton *m_markHistory;
    RecordId m_placeParticipant = 0;
    int m_placeColumn = 0;
};

} // namespace hubreg::ui
