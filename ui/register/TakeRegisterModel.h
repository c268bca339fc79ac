#pragma once

#include "database/Change.h"
#include "domain/Attendance.h"
#include "domain/Session.h"
#include "records/WorkGroupStore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace hubreg::ui {

class Workspace;

// The register of one session as a list: everyone the session concerns, by school, with
// their mark, the substitute who came for them and a note. Substitute and note are edited in
// place; the model does not write them itself but asks, through markEditRequested, so every
// change goes on the undo history.
class TakeRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { School, Name, Mark, Substitute, Note, ColumnCount };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;

    TakeRegisterModel(Workspace &workspace, QObject *parent = nullptr);

    void setSession(RecordId sessionId);
    RecordId sessionId() const;
    std::optional<Session> session() const { return m_session; }
    void reload();
    RecordId participantAt(int row) const;
    int rowOf(RecordId participantId) const;
    std::optional<AttendanceRecord> markAt(int row) const;
    // Expected by the dates they joined and left (not a mark).
    bool isExpectedAt(int row) const;
    // People without a mark who are expected.
    int unmarkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The mark (with substitute and note) the user wants for the participant.
    void markEditRequested(hubreg::RecordId participantId, const hubreg::AttendanceRecord &record);

private:
    void refreshMarks();
    // The session itself changed (held, moved): its rows updated in place where they can be.
    void refreshSession(const Change &change);

    Workspace &m_workspace;
    RecordId m_sessionId = 0;
    std::optional<Session> m_session;
    QList<ParticipantListing> m_rows;
    QHash<RecordId, AttendanceRecord> m_marks; // by participant
};

} // namespace hubreg::ui
