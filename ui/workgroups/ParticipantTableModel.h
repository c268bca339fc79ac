#pragma once

#include "figures/AttendanceFigures.h"
#include "records/WorkGroupStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubreg::ui {

class Workspace;

// The participants of one Work Group, ordered by school, with their attendance (from
// AttendanceFigures). Participants who have left are shown greyed.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        School,
        Name,
        Email,
        Role,
        LeadParticipant,
        Joined,
        Left,
        Attended,
        Share,
        ColumnCount
    };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;
    static constexpr int PersonIdRole = Qt::UserRole + 2;
    static constexpr int SchoolIdRole = Qt::UserRole + 3;

    ParticipantTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    void reload();
    const ParticipantListing *participantAt(int row) const;
    int rowOf(RecordId participantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
    QList<ParticipantListing> m_rows;
    QHash<RecordId, ParticipantFigures> m_figures;
};

} // namespace hubreg::ui
