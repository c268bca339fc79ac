#include "HubCommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::HubCommands)
};
} // namespace

ChangeHubSettingsCommand::ChangeHubSettingsCommand(Workspace &workspace, const HubSettings &before,
                                                   const HubSettings &after)
    : StoreCommand(workspace, before.hub ? Tr::tr("Change hub settings") : Tr::tr("Set up the hub"))
    , m_before(before)
    , m_after(after)
    , m_hubId(before.hub ? before.hub->id : 0)
{
    if (after.hub && after.hub->id > 0)
        basedOn(Entity::Hub, *after.hub);
}

void ChangeHubSettingsCommand::write(HubSettings &settings)
{
    HubSettings stored = settings;
    if (stored.hub && stored.hub->id > 0)
        rebase(Entity::Hub, *stored.hub);
    // Years made since by other edits (a new Work Group's) are none of this command's.
    auto listed = [](const HubSettings &s, const QString &label) {
        return std::any_of(s.years.cbegin(), s.years.cend(),
                           [&](const YearSettings &year) { return year.label == label; });
    };
    for (const YearSettings &year : HubSettingsStore(db()).load().years) {
        if (!listed(m_before, year.label) && !listed(m_after, year.label))
            stored.years << year;
    }
    std::sort(stored.years.begin(), stored.years.end(),
              [](const YearSettings &a, const YearSettings &b) { return a.label < b.label; });
    HubSettingsStore(db()).save(stored);
    if (!stored.hub)
        return;
    wrote(Entity::Hub, *stored.hub);
    // A hub made again keeps its uuid; commands that knew its old id find the new one.
    if (settings.hub->id <= 0) {
        settings.hub->uuid = stored.hub->uuid;
        moved(Entity::Hub, m_hubId, stored.hub->id);
        m_hubId = stored.hub->id;
    }
}

} // namespace hubreg::ui
