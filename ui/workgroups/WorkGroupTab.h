#pragma once

#include "database/Entity.h"

#include <QWidget>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class Workspace;

// A tab of a Work Group's page. The Work Group is looked up through the workspace's ids each
// time, so the tab follows it when its creation is undone and redone.
class WorkGroupTab : public QWidget
{
    Q_OBJECT

public:
    WorkGroupTab(Workspace &workspace, RecordId workGroupId, QWidget *parent);

    RecordId workGroupId() const;

protected:
    Workspace &workspace() const { return m_workspace; }
    Database &db() const;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
};

} // namespace hubreg::ui
