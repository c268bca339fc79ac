#include "Clock.h"

#include <QTimeZone>

namespace hubreg {

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today() const
{
    // Dates in the domain are UK wall-clock dates; the machine's local date is the user's.
    return QDate::currentDate();
}

Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

QString Clock::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace hubreg
