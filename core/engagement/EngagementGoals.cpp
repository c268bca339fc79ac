#include "EngagementGoals.h"

#include "database/Database.h"
#include "database/StoreError.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
QString keyFor(Phase phase)
{
    return QStringLiteral("engagement/goal/") + toStorage(phase);
}

bool hasGoal(Phase phase)
{
    return phase == Phase::Primary || phase == Phase::Secondary;
}
} // namespace

int EngagementGoals::defaultPercent(Phase phase)
{
    switch (phase) {
    case Phase::Primary:
        return 75;
    case Phase::Secondary:
        return 65;
    default:
        return 0;
    }
}

int EngagementGoals::percent(const Database &db, Phase phase)
{
    if (!hasGoal(phase))
        return 0;
    bool ok = false;
    const int value = db.setting(keyFor(phase)).toInt(&ok);
    return ok && value >= 1 && value <= 100 ? value : defaultPercent(phase);
}

void EngagementGoals::setPercent(Database &db, Phase phase, int percent)
{
    if (!hasGoal(phase) || percent < 1 || percent > 100)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("hubreg::EngagementGoals",
                                                     "An engagement goal is a percentage from 1 to "
                                                     "100, for primary or secondary schools."),
                         QString(), QStringLiteral("goal"));
    db.setSetting(keyFor(phase), QString::number(percent));
}

} // namespace hubreg
