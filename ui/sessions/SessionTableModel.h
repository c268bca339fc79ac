#pragma once

#include "common/RowTableModel.h"
#include "domain/Session.h"
#include "figures/AttendanceFigures.h"

namespace hubreg::ui {

class Workspace;

// A session with its register's figures and, for a school visit, the school's name.
struct SessionRow
{
    Session session;
    SessionFigures figures;
    QString visitedSchool;
};

// A Work Group's sessions and school visits in order, with each register's figures
// (AttendanceFigures). Cancelled sessions are greyed.
class SessionTableModel : public RowTableModel<SessionRow>
{
    Q_OBJECT

public:
    enum Column { Number, Title, Date, Time, Kind, Mode, Venue, Status, Attended, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    SessionTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    // Reads the sessions again, updating the rows in place.
    void reload();
    const Session *sessionAt(int row) const;
    int rowOf(RecordId sessionId) const;

protected:
    QVariant cellData(const SessionRow &row, int column, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
};

// "13:30–16:00", or one end, or nothing.
QString timeRange(const Session &session);

} // namespace hubreg::ui
