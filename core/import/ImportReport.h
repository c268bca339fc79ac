#pragma once

#include "database/Entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hubreg {

// Something a person may pick to settle an issue: one of the schools a name could mean.
struct ImportChoice
{
    RecordId id = 0;
    QString label;
};

// Something about one row of an import file: why it was rejected, or what to know about it.
struct ImportIssue
{
    qint64 line = 0; // where the row starts in the file
    qint64 column = 0; // 0 when the row as a whole is meant
    QString field; // the column heading concerned, if one is
    QString message;
    QList<ImportChoice> choices = {};
    // Participants: on the note of a row that matches a person already held, that person, so
    // a person may choose per row (ParticipantImportOptions::duplicateChoices); otherwise 0.
    RecordId heldId = 0;
    // With heldId: whether the row matched by email address (else by name at the same school,
    // a weaker match whose details are kept by default).
    bool heldByEmail = false;

    // "line 12, column 3 (OpenDate): message", for lists and the command line.
    QString describe() const;
};

// Participants: a school not yet in the Work Group that the import enrols (or would, for a dry
// run), with what argues against it (EnrolmentCheck) and the reason given to go ahead.
struct NewSchoolEnrolment
{
    RecordId schoolId = 0;
    QString school; // "Oak Primary School, Leeds (URN 100001)"
    qint64 firstLine = 0; // the first row that brings it
    QStringList warnings;
    QString reason;
    // False when warnings stand and no reason was given: its rows are rejected.
    bool enrolled = true;
};

// What an import did (or, for a dry run, would do): every row of the file is counted once, as
// added, updated, unchanged, skipped (left out by an option) or rejected (with the reason).
struct ImportReport
{
    QString fileName;
    qint64 rows = 0; // data rows read, header not counted
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    // GIAS establishments: schools held as open that the extract closes (counted in `updated`
    // too, each with a note).
    int closed = 0;
    QList<ImportIssue> rejected;
    QList<ImportIssue> notes; // rows imported with something to know
    QStringList unusedColumns; // columns of the file nothing was read from
    int schoolsEnrolled = 0; // participants import: schools newly enrolled in the Work Group
    // Participants import: every school not yet in the Work Group that rows bring, in the order
    // of the file, those refused for want of a reason too.
    QList<NewSchoolEnrolment> newSchools;
    int participantsEnrolled = 0;
    bool dryRun = false;
    bool cancelled = false;
    // True when the changes are in the database: not for a dry run, a cancel, or an import
    // refused because rows were rejected under OnRejection::ImportNothing.
    bool committed = false;

    qint64 accountedRows() const { return added + updated + unchanged + skipped + rejected.size(); }
    // Whether the database now holds something the import wrote (closures count as updates).
    bool changedAnything() const
    {
        return committed && added + updated + schoolsEnrolled + participantsEnrolled > 0;
    }
    // "3 added, 1 updated, 40 unchanged, 0 skipped, 2 rejected".
    QString summary() const;
};

} // namespace hubreg
