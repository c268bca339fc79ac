#pragma once

#include "domain/Attendance.h"
#include "domain/Session.h"
#include "figures/AttendanceFigures.h"
#include "figures/SchoolSessionFigures.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>

namespace hubreg::ui {

class Workspace;

// A Work Group's register as a grid: for each school a row with the school's attendance per
// session, then its participants with one mark per session; sessions across, then attended
// of expected and the percentage; a last row totals each session. Every figure comes from
// AttendanceFigures and SchoolSessionFigures, so the grid counts exactly as the reports do.
// Cancelled sessions are greyed and count nowhere.
class RegisterGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowKind { School, Participant, Total };
    static constexpr int RowKindRole = Qt::UserRole + 1;
    static constexpr int ParticipantIdRole = Qt::UserRole + 2;
    static constexpr int SessionIdRole = Qt::UserRole + 3; // also on the horizontal header
    static constexpr int SchoolIdRole = Qt::UserRole + 4;
    static constexpr int EditableRole = Qt::UserRole + 5; // a cell that takes a mark
    // Who came instead, on a participant's substitute (S) mark.
    static constexpr int SubstituteRole = Qt::UserRole + 6;
    // A held session the participant was not expected at without a mark: before they joined,
    // after they left (shown as a dash, counted nowhere).
    static constexpr int NotInGroupRole = Qt::UserRole + 7;

    RegisterGridModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    void reload();
    int sessionCount() const { return int(m_sessions.size()); }
    // Column of the first session; sessions follow in order.
    static constexpr int firstSessionColumn() { return 1; }
    int attendedColumn() const { return firstSessionColumn() + sessionCount(); }
    int shareColumn() const { return attendedColumn() + 1; }
    const Session *sessionAtColumn(int column) const;
    int columnOfSession(RecordId sessionId) const;
    int rowOfParticipant(RecordId participantId) const;
    RowKind rowKind(int row) const;
    QString workGroupTitle() const { return m_title; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Participant;
        RecordId schoolId = 0;
        RecordId participantId = 0;
        QString label;
        bool hasLeft = false;
        QDate joinedOn;
        QDate leftOn;
    };
    // Marks and figures only: rows and columns stay, so the view keeps its place.
    void refreshFigures();
    // Reads the sessions again: the same columns updated in place, or the grid reloaded.
    void refreshSessions();
    void loadFigures();
    QVariant participantCell(const Row &row, int column, int role) const;
    QVariant schoolCell(const Row &row, int column, int role) const;
    QVariant totalCell(int column, int role) const;
    bool notInGroup(const Row &row, const Session &session) const;
    bool concerns(const Session &session, RecordId schoolId) const;

    Workspace &m_workspace;
    RecordId m_workGroupId;
    QString m_title;
    QList<Session> m_sessions;
    QList<Row> m_rows;
    QHash<QPair<RecordId, RecordId>, AttendanceRecord> m_marks; // (participant, session)
    QHash<RecordId, ParticipantFigures> m_participantFigures;
    QHash<RecordId, SchoolFigures> m_schoolFigures;
    QHash<RecordId, SessionFigures> m_sessionFigures;
    QHash<QPair<RecordId, RecordId>, SchoolSessionFigure> m_schoolSessions; // (school, session)
    // (participant, session): held, no mark, and not expected by the dates.
    QSet<QPair<RecordId, RecordId>> m_notInGroup;
};

} // namespace hubreg::ui
