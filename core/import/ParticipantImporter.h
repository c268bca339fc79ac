#pragma once

#include "ImportControl.h"
#include "ImportReport.h"
#include "database/Entity.h"
#include "domain/ImportMapping.h"

#include <QDate>
#include <QHash>

namespace hubreg {

class Database;

// What to do with a row that is a person already held (same email address, or same name at
// the same school: HeldPersonFinder).
enum class DuplicateAction {
    Update, // bring the held record up to date with the file's non-empty values, and enrol
    Keep, // leave the held record as it is, and enrol
    Skip, // leave the row out
};

struct ParticipantImportOptions : ImportOptions
{
    QString workGroupCode; // required: the Work Group the participants join
    // Field key -> column heading. Empty: the mapping saved for this header, else a guess.
    ImportMapping mapping;
    // A person matched by email address.
    DuplicateAction onDuplicate = DuplicateAction::Update;
    // A person matched only by name at the same school: a weaker match, so the held details
    // are kept unless asked otherwise.
    DuplicateAction onNameMatch = DuplicateAction::Keep;
    // Per-row decisions taken in the wizard, by the line the row starts on.
    QHash<qint64, DuplicateAction> duplicateChoices;
    QHash<qint64, RecordId> schoolChoices; // the school a person picked among candidates
    // A school not yet in the Work Group is enrolled with its first row. One that something
    // argues against (EnrolmentCheck: full, closed, not eligible, another phase) only with a
    // reason: the one given for it here, else `enrolReason`; otherwise its rows are rejected,
    // naming the warnings. The reason is kept as the enrolment's eligibility override.
    QHash<RecordId, QString> enrolReasons;
    QString enrolReason;
    // For new enrolments; invalid: WorkGroupStore::defaultJoinedOn (today once a session of the
    // Work Group is held, else none).
    QDate joinedOn;
    // Saves the mapping used under this name (with the file's header) when the import is kept.
    QString saveMappingAs;
};

// Imports a participant list (application forms, spreadsheets) into a Work Group: any column
// order, columns mapped to fields, schools matched by URN or name, people already held found
// by email or by name at their school. Each participant's school is enrolled in the Work
// Group if it is not yet, with the Enrol dialog's checks (see enrolReasons). Every row is
// checked before anything is written; the writing is one transaction.
class ParticipantImporter
{
public:
    explicit ParticipantImporter(Database &db)
        : m_db(db)
    { }

    // Throws ImportError when the file cannot be imported at all (unknown Work Group, mapping
    // without a name or a school column, unreadable file), StoreError when the database refuses;
    // either way nothing was written.
    ImportReport run(const QString &path, const ParticipantImportOptions &options,
                     const ImportControl &control = {});

    // The mapping a file with this header gets when none is given: the one saved for the
    // header, else one guessed from the headings.
    ImportMapping mappingFor(const QStringList &header) const;

private:
    Database &m_db;
};

} // namespace hubreg
