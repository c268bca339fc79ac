#include "WorkGroupTab.h"

#include "common/Workspace.h"

namespace hubreg::ui {

WorkGroupTab::WorkGroupTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{ }

RecordId WorkGroupTab::workGroupId() const
{
    return m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
}

Database &WorkGroupTab::db() const
{
    return m_workspace.database();
}

} // namespace hubreg::ui
