#include "Change.h"

#include <QHash>

namespace hubreg {

namespace {
// The names the server's triggers give (migration 9): the Entity's own.
const QHash<QString, Entity> &kinds()
{
    static const QHash<QString, Entity> names {
        { QStringLiteral("Hub"), Entity::Hub },
        { QStringLiteral("AcademicYear"), Entity::AcademicYear },
        { QStringLiteral("Programme"), Entity::Programme },
        { QStringLiteral("School"), Entity::School },
        { QStringLiteral("SchoolLink"), Entity::SchoolLink },
        { QStringLiteral("Person"), Entity::Person },
        { QStringLiteral("WorkGroup"), Entity::WorkGroup },
        { QStringLiteral("SchoolEnrolment"), Entity::SchoolEnrolment },
        { QStringLiteral("ParticipantEnrolment"), Entity::ParticipantEnrolment },
        { QStringLiteral("Session"), Entity::Session },
        { QStringLiteral("AttendanceMark"), Entity::AttendanceMark },
        { QStringLiteral("Setting"), Entity::Setting },
    };
    return names;
}
} // namespace

std::optional<Change> Change::fromNotice(const QString &notice)
{
    const qsizetype space = notice.indexOf(QLatin1Char(' '));
    const auto kind = kinds().constFind(space < 0 ? notice : notice.left(space));
    if (kind == kinds().cend())
        return std::nullopt;
    Change change;
    change.entity = kind.value();
    change.byOthers = true;
    if (space < 0)
        return change;
    for (const QStringView id : QStringView(notice).mid(space + 1).split(QLatin1Char(','))) {
        bool ok = false;
        const RecordId value = id.toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        change.ids << value;
    }
    return change;
}

} // namespace hubreg
