#include "Session.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Session)
};

template<typename E>
E fromStorage(const QString &text, const QList<E> &all, E fallback)
{
    for (E value : all) {
        if (toStorage(value) == text)
            return value;
    }
    return fallback;
}
} // namespace

QString toStorage(SessionMode mode)
{
    switch (mode) {
    case SessionMode::InPerson:
        return QStringLiteral("in_person");
    case SessionMode::Online:
        return QStringLiteral("online");
    case SessionMode::Hybrid:
        return QStringLiteral("hybrid");
    }
    return QStringLiteral("in_person");
}

QString toStorage(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Workshop:
        return QStringLiteral("workshop");
    case SessionKind::SchoolVisit:
        return QStringLiteral("school_visit");
    case SessionKind::ResidentialDay:
        return QStringLiteral("residential_day");
    case SessionKind::OnlineElective:
        return QStringLiteral("online_elective");
    }
    return QStringLiteral("workshop");
}

QString toStorage(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QStringLiteral("planned");
    case SessionStatus::Held:
        return QStringLiteral("held");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

SessionMode sessionModeFromStorage(const QString &text)
{
    return fromStorage(text, allSessionModes(), SessionMode::InPerson);
}

SessionKind sessionKindFromStorage(const QString &text)
{
    return fromStorage(text, allSessionKinds(), SessionKind::Workshop);
}

SessionStatus sessionStatusFromStorage(const QString &text)
{
    return fromStorage(text, allSessionStatuses(), SessionStatus::Planned);
}

QString displayName(SessionMode mode)
{
    switch (mode) {
    case SessionMode::InPerson:
        return Tr::tr("In person");
    case SessionMode::Online:
        return Tr::tr("Online");
    case SessionMode::Hybrid:
        return Tr::tr("Hybrid");
    }
    return {};
}

QString displayName(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Workshop:
        return Tr::tr("Workshop");
    case SessionKind::SchoolVisit:
        return Tr::tr("School visit");
    case SessionKind::ResidentialDay:
        return Tr::tr("Residential day");
    case SessionKind::OnlineElective:
        return Tr::tr("Online elective");
    }
    return {};
}

QString displayName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return Tr::tr("Planned");
    case SessionStatus::Held:
        return Tr::tr("Held");
    case SessionStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QList<SessionMode> allSessionModes()
{
    return {SessionMode::InPerson, SessionMode::Online, SessionMode::Hybrid};
}

QList<SessionKind> allSessionKinds()
{
    return {SessionKind::Workshop, SessionKind::SchoolVisit, SessionKind::ResidentialDay,
            SessionKind::OnlineElective};
}

QList<SessionStatus> allSessionStatuses()
{
    return {SessionStatus::Planned, SessionStatus::Held, SessionStatus::Cancelled};
}

int Session::durationMinutes() const
{
    if (!startTime.isValid() || !endTime.isValid() || endTime <= startTime)
        return 0;
    return startTime.secsTo(endTime) / 60;
}

} // namespace hubreg
