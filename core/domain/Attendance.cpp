#include "Attendance.h"

#include <QCoreApplication>

namespace hubreg {

QChar codeOf(AttendanceMark mark)
{
    switch (mark) {
    case AttendanceMark::Present:
        return QLatin1Char('P');
    case AttendanceMark::Late:
        return QLatin1Char('L');
    case AttendanceMark::LeftEarly:
        return QLatin1Char('E');
    case AttendanceMark::Substitute:
        return QLatin1Char('S');
    case AttendanceMark::Apologies:
        return QLatin1Char('A');
    case AttendanceMark::Absent:
        return QLatin1Char('X');
    case AttendanceMark::NotExpected:
        return QLatin1Char('N');
    }
    return QLatin1Char('P');
}

std::optional<AttendanceMark> markFromCode(QChar code)
{
    const QChar upper = code.toUpper();
    for (AttendanceMark mark : allAttendanceMarks()) {
        if (codeOf(mark) == upper)
            return mark;
    }
    return std::nullopt;
}

QString displayName(AttendanceMark mark)
{
    const char *context = "hubreg::AttendanceMark";
    switch (mark) {
    case AttendanceMark::Present:
        return QCoreApplication::translate(context, "Present");
    case AttendanceMark::Late:
        return QCoreApplication::translate(context, "Late");
    case AttendanceMark::LeftEarly:
        return QCoreApplication::translate(context, "Left early");
    case AttendanceMark::Substitute:
        return QCoreApplication::translate(context, "Substitute");
    case AttendanceMark::Apologies:
        return QCoreApplication::translate(context, "Apologies");
    case AttendanceMark::Absent:
        return QCoreApplication::translate(context, "Absent");
    case AttendanceMark::NotExpected:
        return QCoreApplication::translate(context, "Not expected");
    }
    return {};
}

QList<AttendanceMark> allAttendanceMarks()
{
    return {AttendanceMark::Present,    AttendanceMark::Late,    AttendanceMark::LeftEarly,
            AttendanceMark::Substitute, AttendanceMark::Apologies, AttendanceMark::Absent,
            AttendanceMark::NotExpected};
}

bool countsAsAttended(AttendanceMark mark)
{
    return mark == AttendanceMark::Present || mark == AttendanceMark::Late
        || mark == AttendanceMark::LeftEarly || mark == AttendanceMark::Substitute;
}

bool countsAsExpected(AttendanceMark mark)
{
    return mark != AttendanceMark::NotExpected;
}

} // namespace hubreg
