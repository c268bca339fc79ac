#pragma once

#include "domain/Attendance.h"
#include "workgroups/WorkGroupTab.h"

#include <optional>
#include <utility>

class QTableView;

namespace hubreg::ui {

class RegisterGridModel;

// The Work Group's whole register as a grid (participants by school down, sessions across,
// with totals), where a mark's letter types a mark into the current cell; printed or saved as
// a PDF.
class RegisterTab : public WorkGroupTab
{
    Q_OBJECT

public:
    RegisterTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    QTableView *grid() const { return m_grid; }
    RegisterGridModel *model() const { return m_model; }
    void printRegister();
    // Asks where, then writes the register as a PDF; returns whether a file was written.
    bool saveRegisterPdf();

private:
    bool setMark(const QModelIndex &index, std::optional<AttendanceMark> mark);

    RegisterGridModel *m_model;
    QTableView *m_grid;
    std::pair<RecordId, RecordId> m_place; // participant and session of the current cell
};

} // namespace hubreg::ui
