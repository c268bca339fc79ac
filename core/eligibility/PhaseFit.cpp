#include "PhaseFit.h"

#include "domain/School.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace hubreg::phasefit {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PhaseFit)
};

// The ages each programme phase teaches, as a half-open range [from, to): statutory ages are
// those pupils join and leave at, so a primary school's 4 to 11 does not reach secondary.
struct AgeBand
{
    int from;
    int to;
};

AgeBand bandOf(Phase phase)
{
    switch (phase) {
    case Phase::EarlyYears:
        return { 2, 5 };
    case Phase::Primary:
        return { 4, 11 };
    case Phase::Secondary:
        return { 11, 16 };
    case Phase::Post16:
        return { 16, 19 };
    case Phase::CrossPhase:
        break;
    }
    return { 0, 99 };
}

// The programme phases a GIAS phase of education takes in, or nothing when the phase says
// nothing about ages ("Not applicable", blank, or a wording we do not know).
std::optional<QList<Phase>> phasesOf(const QString &schoolPhase)
{
    const QString phase = schoolPhase.trimmed().toCaseFolded();
    if (phase == QLatin1String("nursery"))
        return QList<Phase> { Phase::EarlyYears };
    if (phase == QLatin1String("primary"))
        return QList<Phase> { Phase::EarlyYears, Phase::Primary };
    if (phase.startsWith(QLatin1String("middle deemed")))
        return QList<Phase> { Phase::Primary, Phase::Secondary };
    if (phase == QLatin1String("secondary"))
        return QList<Phase> { Phase::Secondary, Phase::Post16 };
    if (phase == QLatin1String("16 plus"))
        return QList<Phase> { Phase::Post16 };
    if (phase == QLatin1String("all-through") || phase == QLatin1String("all through"))
        return QList<Phase> { Phase::EarlyYears, Phase::Primary, Phase::Secondary, Phase::Post16 };
    return std::nullopt;
}

bool agesKnown(int lowAge, int highAge)
{
    return lowAge >= 0 && highAge > lowAge;
}

QString programmeFor(const QString &code, Phase phase)
{
    switch (phase) {
    case Phase::EarlyYears:
        return Tr::tr("%1 is for early years settings").arg(code);
    case Phase::Primary:
        return Tr::tr("%1 is for primary schools").arg(code);
    case Phase::Secondary:
        return Tr::tr("%1 is for secondary schools").arg(code);
    case Phase::Post16:
        return Tr::tr("%1 is for post-16 students").arg(code);
    case Phase::CrossPhase:
        break;
    }
    return code;
}
} // namespace

bool fits(const QString &schoolPhase, int lowAge, int highAge, Phase programme)
{
    if (programme == Phase::CrossPhase)
        return true;
    if (agesKnown(lowAge, highAge)) {
        const AgeBand band = bandOf(programme);
        return lowAge < band.to && highAge > band.from;
    }
    const auto phases = phasesOf(schoolPhase);
    return !phases || phases->contains(programme);
}

QString warning(const School &school, const QString &programmeCode, Phase programme)
{
    if (fits(school.phase, school.statutoryLowAge, school.statutoryHighAge, programme))
        return {};
    const bool ages = agesKnown(school.statutoryLowAge, school.statutoryHighAge);
    const QString phase = school.phase.trimmed();
    QString what;
    if (!phase.isEmpty() && phasesOf(phase) && ages)
        what = Tr::tr("%1 is a school of phase “%2” (ages %3 to %4)")
                   .arg(school.name, phase)
                   .arg(school.statutoryLowAge)
                   .arg(school.statutoryHighAge);
    else if (ages)
        what = Tr::tr("%1 takes pupils aged %2 to %3")
                   .arg(school.name)
                   .arg(school.statutoryLowAge)
                   .arg(school.statutoryHighAge);
    else
        what = Tr::tr("%1 is a school of phase “%2”").arg(school.name, phase);
    return Tr::tr("%1, and %2.").arg(programmeFor(programmeCode, programme), what);
}

} // namespace hubreg::phasefit
