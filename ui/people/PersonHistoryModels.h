#pragma once

#include "history/ParticipationHistory.h"

#include <QAbstractTableModel>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups a person took part in, with their attendance in each.
class PersonWorkGroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Year,
        Programme,
        WorkGroup,
        School,
        Role,
        Joined,
        Left,
        Attended,
        Share,
        Completed,
        ColumnCount
    };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit PersonWorkGroupTableModel(Database &db, QObject *parent = nullptr);
    void setPerson(RecordId personId);
    const PersonParticipation *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Database &m_db;
    RecordId m_personId = 0;
    QList<PersonParticipation> m_rows;
};

// Every session of a person's Work Groups that concerned them, and the mark they got.
class PersonAttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, WorkGroup, Session, Status, Mark, Note, ColumnCount };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit PersonAttendanceTableModel(Database &db, QObject *parent = nullptr);
    void setPerson(RecordId personId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Database &m_db;
    RecordId m_personId = 0;
    QList<PersonSessionMark> m_rows;
};

} // namespace hubreg::ui
