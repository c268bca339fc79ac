#pragma once

#include "domain/Programme.h"

#include <QString>

namespace hubreg {

struct School;

// Whether a school's phase suits a programme's: a primary school in a secondary programme, or a
// secondary school in an early years one, is worth a warning before it is enrolled. The
// statutory age range decides when GIAS gives it; else the phase of education; a school with
// neither (or "Not applicable", which covers most special schools) is never warned about, as
// nothing says it does not fit. Cross-phase programmes suit every school.
namespace phasefit {

// Whether a school with this GIAS phase and statutory ages (-1: not known) suits `programme`.
bool fits(const QString &schoolPhase, int lowAge, int highAge, Phase programme);

// The warning for enrolling `school` in a programme of `programme`'s phase, or an empty string
// when it suits: "S-TFM-DEV is for secondary schools, and Oak Primary School is a primary
// school (ages 4 to 11)."
QString warning(const School &school, const QString &programmeCode, Phase programme);

} // namespace phasefit
} // namespace hubreg
