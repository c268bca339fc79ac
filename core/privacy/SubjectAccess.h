#pragma once

#include "BackupCopies.h"
#include "domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace hubreg {

class Database;

// Everything the file holds about one person, for a subject access request (UK GDPR article 15),
// and nothing about anyone else: other people named in free text (notes, titles) are replaced
// by "[another person]", and no Lead, recorder or substitute is named.
struct SubjectAccessReport
{
    struct Mark
    {
        int sessionNumber = 0;
        QString sessionTitle;
        QDate date;
        QTime start;
        QTime end;
        QString kind; // "Workshop", "School visit", …
        QString mode; // "In person", "Online", …
        QString venue;
        QString status; // of the session: "Held", "Cancelled", …
        QString code; // P, L, E, S, A, X, N
        QString meaning; // "Present", …
        bool substituteCame = false; // a colleague came in their place (not named here)
        QString note;
        QDateTime recordedAt; // UTC
    };
    struct Enrolment
    {
        QString workGroupCode;
        QString workGroupTitle;
        QString programmeCode;
        QString programmeTitle;
        QString academicYear;
        QString hub;
        QString school; // "Alder Primary School (URN 100001)"
        QString role;
        bool leadParticipant = false;
        QDate joinedOn;
        QDate leftOn;
        int expected = 0; // held sessions they were expected at
        int attended = 0;
        bool completed = false;
        QDateTime createdAt;
        QDateTime updatedAt;
        QList<Mark> marks;
    };
    struct Led
    {
        QString workGroupCode;
        QString workGroupTitle;
        QString programmeTitle;
        QString academicYear;
        QString status;
    };
    // A colleague's mark that names them as the one who came instead.
    struct Substitution
    {
        QString workGroupCode;
        int sessionNumber = 0;
        QDate date;
        QString school;
    };
    struct Place
    {
        QString place; // "the notes of Work Group TFM-DEV 24-01"
        QString excerpt; // the words around the mention, others redacted
    };

    // A change to their own records (their details, their places in Work Groups) that the
    // audit trail keeps; who made it is someone else's data and is not shown.
    struct Change
    {
        QDateTime at; // UTC
        QString record; // "Your details", "Your place in Work Group TFM-DEV 24-01"
        QString action; // "Added", "Changed", "Removed"
        QString fields; // "email: ann@… → anne@…", others' names redacted
    };

    QDateTime generatedAt; // UTC
    QString fileName; // the database file's name (not its folder)
    QStringList hubs;
    Person person;
    QString school; // their school, "Name (URN n)"
    QDate keptUntil; // the last day the retention policy holds them by name
    QList<Led> led;
    QList<Enrolment> enrolments;
    QList<Substitution> substituteFor;
    QList<Place> mentions;
    QList<Change> changes; // newest first
    QList<BackupCopy> backups;
    QStringList notHeld; // what the file does not keep, said plainly

    int markCount() const;
    // The machine-readable form: "format": "hubregister-subject-access", version 1; dates ISO.
    QJsonObject toJson() const;
};

// Gathers a subject access report for one named person.
class SubjectAccess
{
public:
    explicit SubjectAccess(Database &db)
        : m_db(db)
    { }

    // Throws StoreError (NotFound; Conflict for an erased person, who holds nothing).
    SubjectAccessReport gather(RecordId personId) const;

    // What stands in for another person named in free text.
    static QString redaction();

private:
    Database &m_db;
};

} // namespace hubreg
