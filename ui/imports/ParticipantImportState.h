#pragma once

#include "domain/ImportMapping.h"
#include "import/CsvPreview.h"
#include "import/ImportReport.h"
#include "import/ParticipantImporter.h"

#include <QHash>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// What the pages of the participant import wizard decide between them.
struct ParticipantImportState
{
    explicit ParticipantImportState(Database &database)
        : db(database)
    { }

    Database &db;
    QString path;
    CsvPreview preview;
    QString workGroupCode;
    ImportMapping mapping;
    QString saveMappingAs;
    // For people already held: what to do by default (by email address, by name at the same
    // school), and what was chosen for some rows (by the line each starts on).
    DuplicateAction onDuplicate = DuplicateAction::Update;
    DuplicateAction onNameMatch = DuplicateAction::Keep;
    QHash<qint64, DuplicateAction> duplicateChoices;
    QHash<qint64, RecordId> schoolChoices;
    // Reasons to enrol schools new to the Work Group despite their warnings, by school.
    QHash<RecordId, QString> enrolReasons;
    ImportReport report; // of the last check, then of the import

    ParticipantImportOptions options(bool dryRun) const
    {
        ParticipantImportOptions o;
        o.workGroupCode = workGroupCode;
        o.mapping = mapping;
        o.onDuplicate = onDuplicate;
        o.onNameMatch = onNameMatch;
        o.enrolReasons = enrolReasons;
        o.duplicateChoices = duplicateChoices;
        o.schoolChoices = schoolChoices;
        o.saveMappingAs = dryRun ? QString() : saveMappingAs;
        o.dryRun = dryRun;
        return o;
    }
};

} // namespace hubreg::ui
