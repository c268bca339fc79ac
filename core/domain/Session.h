#pragma once

#include "Record.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace hubreg {

enum class SessionMode { InPerson, Online, Hybrid };
enum class SessionKind { Workshop, SchoolVisit, ResidentialDay, OnlineElective };
enum class SessionStatus { Planned, Held, Cancelled };

QString toStorage(SessionMode mode);
QString toStorage(SessionKind kind);
QString toStorage(SessionStatus status);
SessionMode sessionModeFromStorage(const QString &text);
SessionKind sessionKindFromStorage(const QString &text);
SessionStatus sessionStatusFromStorage(const QString &text);
QString displayName(SessionMode mode);
QString displayName(SessionKind kind);
QString displayName(SessionStatus status);
QList<SessionMode> allSessionModes();
QList<SessionKind> allSessionKinds();
QList<SessionStatus> allSessionStatuses();

// A Work Group meeting or a Lead's visit to one school. Date and times are UK wall-clock
// values and are never converted between time zones.
struct Session : Record
{
    RecordId workGroupId = 0;
    int number = 0; // 0 until stored: the store then gives it the next free number
    QString title;
    QDate date; // invalid while not yet arranged
    QTime startTime; // invalid when not known
    QTime endTime;
    SessionMode mode = SessionMode::InPerson;
    QString venue;
    SessionKind kind = SessionKind::Workshop;
    RecordId visitSchoolId = 0; // the school visited, for a school visit only
    SessionStatus status = SessionStatus::Planned;
    QString notes;
    QString cancellationReason; // why it was cancelled, if anyone said; empty unless cancelled

    // Minutes between start and end; 0 when either is unknown.
    int durationMinutes() const;
};

} // namespace hubreg
