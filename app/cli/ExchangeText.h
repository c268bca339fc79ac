#pragma once

#include "Command.h"

namespace hubreg {
struct ExchangeReport;
class ExchangeError;
} // namespace hubreg

namespace hubreg::cli {

// The report of a pack taken in, for people and scripts: a line per kind of record, per
// conflict, per record left out and per note, then the summary.
void printExchangeReport(Context &context, const QString &fileName, const QString &what,
                         const ExchangeReport &report);
// A refusal, and the exit status it gives (1 for a decision left to the person, else 2).
int printExchangeError(Context &context, const QString &command, const ExchangeError &error);

} // namespace hubreg::cli
