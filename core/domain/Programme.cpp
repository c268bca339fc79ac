#include "Programme.h"

#include <QCoreApplication>

namespace hubreg {

QString toStorage(Phase phase)
{
    switch (phase) {
    case Phase::EarlyYears:
        return QStringLiteral("early-years");
    case Phase::Primary:
        return QStringLiteral("primary");
    case Phase::CrossPhase:
        return QStringLiteral("cross-phase");
    case Phase::Secondary:
        return QStringLiteral("secondary");
    case Phase::Post16:
        return QStringLiteral("post-16");
    }
    return QStringLiteral("primary");
}

Phase phaseFromStorage(const QString &text)
{
    for (Phase phase : allPhases()) {
        if (toStorage(phase) == text)
            return phase;
    }
    return Phase::Primary;
}

QString displayName(Phase phase)
{
    switch (phase) {
    case Phase::EarlyYears:
        return QCoreApplication::translate("hubreg::Phase", "Early years");
    case Phase::Primary:
        return QCoreApplication::translate("hubreg::Phase", "Primary");
    case Phase::CrossPhase:
        return QCoreApplication::translate("hubreg::Phase", "Cross-phase");
    case Phase::Secondary:
        return QCoreApplication::translate("hubreg::Phase", "Secondary");
    case Phase::Post16:
        return QCoreApplication::translate("hubreg::Phase", "Post-16");
    }
    return {};
}

QList<Phase> allPhases()
{
    return {Phase::EarlyYears, Phase::Primary, Phase::CrossPhase, Phase::Secondary, Phase::Post16};
}

} // namespace hubreg
