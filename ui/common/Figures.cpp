#include "Figures.h"

#include <QCoreApplication>
#include <QLocale>

namespace hubreg::ui {

QString attendedOf(int attended, int expected)
{
    if (expected <= 0)
        return {};
    return QCoreApplication::translate("hubreg::ui::Figures", "%1 of %2")
        .arg(attended)
        .arg(expected);
}

QString percentOf(int attended, int expected)
{
    if (expected <= 0)
        return {};
    return QLocale().toString(100.0 * attended / expected, 'f', 0) + QLatin1Char('%');
}

double shareOf(int attended, int expected)
{
    return expected > 0 ? double(attended) / expected : -1.0;
}

} // namespace hubreg::ui
