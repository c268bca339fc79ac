#pragma once

#include "history/ParticipationHistory.h"

#include <QAbstractTableModel>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups a school took part in, under its URN or a predecessor's, with how much of
// each it attended and whether it completed.
class SchoolHistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Year,
        Programme,
        WorkGroup,
        TookPartAs,
        Joined,
        Withdrawn,
        Participants,
        Attended,
        Share,
        Completed,
        ColumnCount
    };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit SchoolHistoryTableModel(Database &db, QObject *parent = nullptr);
    void setSchool(RecordId schoolId);
    const SchoolParticipation *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Database &m_db;
    RecordId m_schoolId = 0;
    QList<SchoolParticipation> m_rows;
};

} // namespace hubreg::ui
