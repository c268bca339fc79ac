#pragma once

#include "StoreCommand.h"
#include "records/HubSettingsStore.h"

namespace hubreg::ui {

// Sets up the hub or changes its settings (details, local authorities, goals, academic years
// and half terms) in one step; undo puts every one back as it was, and undoing the first-run
// setup removes the hub again (refused once Work Groups belong to it).
class ChangeHubSettingsCommand : public StoreCommand
{
public:
    ChangeHubSettingsCommand(Workspace &workspace, const HubSettings &before,
                             const HubSettings &after);

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(HubSettings &settings);
    HubSettings m_before;
    HubSettings m_after;
    RecordId m_hubId = 0; // the hub's id as last stored
};

} // namespace hubreg::ui
