#pragma once

#include "FileResidue.h"
#include "Mentions.h"
#include "database/Entity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace hubreg {

class Database;

// One person an erasure concerns, as its confirmation describes them.
struct ErasureSubject
{
    RecordId personId = 0;
    QUuid uuid;
    QString name; // as held before the erasure
    QString email; // likewise
    QString label; // their name from now on: "Erased participant 3"
    QString school; // "Alder Primary School (URN 100001)", or empty
    // Held nowhere else (no place in a Work Group, no group led): the record itself goes.
    bool removedEntirely = false;
    int enrolments = 0;
    int marks = 0;
    int notesOnMarks = 0;
    QStringList workGroupsLed; // codes
    PersonalTexts texts;
};

// What an erasure of one or more people will do, before it is done.
struct ErasurePlan
{
    QList<ErasureSubject> people;
    // Stored texts outside their own records that name them: colleagues' marks giving them as
    // the substitute, notes, titles, settings. Each is rewritten with their new label.
    QList<Mention> mentions;
    QStringList mentionPlaces; // Mentions::describe of each, in the same order

    int substituteNames() const;
    int enrolments() const;
    int marks() const;
    // For the confirmation, in the window and on the command line alike: what goes and what
    // stays, one sentence each.
    QStringList goes() const;
    QStringList stays() const;
};

// How an erasure went: what it did, and what a search of the file's bytes found afterwards.
struct ErasureOutcome
{
    ErasurePlan plan;
    ResidueReport residue;
};

// Progress and Cancel for a long erasure (a purge of thousands): `progress(done, total)` is
// called between people; when `cancelRequested()` says so, nothing is changed.
struct ErasureControl
{
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelRequested;
};

// Erases people's personal data as UK GDPR erasure (and a retention purge) needs, while the
// hub's figures stay true: each person's record keeps their school and flags under a label
// ("Erased participant 3") and loses their name, email, phone, TRN, role, year group and notes;
// their places in Work Groups keep school and dates but lose their role; their marks keep their
// code but lose their notes; every other text naming them (a colleague's substitute, notes,
// titles, settings) gets the label instead. Counts, completion, engagement and every return are
// as before, with the label in place of the name. Someone held nowhere else is removed.
// Afterwards the file's bytes are searched for them (FileResidue).
class Erasure
{
public:
    explicit Erasure(Database &db)
        : m_db(db)
    { }

    // Throws StoreError (NotFound) for a person who is not held, Conflict for one already
    // erased.
    ErasurePlan plan(const QList<RecordId> &people) const;
    // One transaction: all of them or none. Returns nothing when cancelled (nothing changed).
    // `labels` gives a person's label where it must be a given one (a backup being rewritten
    // takes the label the file already gave them).
    std::optional<ErasureOutcome> erase(const QList<RecordId> &people,
                                        const ErasureControl &control = {},
                                        const QHash<RecordId, QString> &labels = {});

    // The label for the n-th erased person of a file.
    static QString participantLabel(int number);
    static QString leadLabel(int number);

private:
    ErasurePlan planWith(const QList<RecordId> &people,
                         const QHash<RecordId, QString> &labels) const;

    Database &m_db;
};

} // namespace hubreg
