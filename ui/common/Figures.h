#pragma once

#include <QString>

namespace hubreg::ui {

// "5 of 6" and "83%" as every table of the program shows attendance; an empty string before
// anything was expected.
QString attendedOf(int attended, int expected);
QString percentOf(int attended, int expected);
// The share as a number for sorting; -1 when nothing was expected.
double shareOf(int attended, int expected);

} // namespace hubreg::ui
