#pragma once

#include "domain/Session.h"
#include "figures/AttendanceFigures.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubreg::ui {

class Workspace;

// A Work Group's sessions and school visits in order, with each register's figures
// (AttendanceFigures). Cancelled sessions are greyed.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, Date, Time, Kind, Mode, Venue, Status, Attended, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    SessionTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    void reload();
    const Session *sessionAt(int row) const;
    int rowOf(RecordId sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
    QList<Session> m_rows;
    QHash<RecordId, SessionFigures> m_figures;
    QHash<RecordId, QString> m_visitedSchools;
};

// "13:30–16:00", or one end, or nothing.
QString timeRange(const Session &session);

} // namespace hubreg::ui
