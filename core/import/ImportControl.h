#pragma once

#include "csv/CsvReader.h"

#include <functional>

namespace hubreg {

enum class ImportStage { Checking, Writing };

// What to do with the rows that fail validation.
enum class OnRejection {
    SkipRow, // import the others, list the rejected ones in the report
    ImportNothing, // write nothing at all while any row is rejected
};

// Options every import shares.
struct ImportOptions
{
    CsvReadOptions csv;
    OnRejection onRejection = OnRejection::SkipRow;
    // Runs the whole import, then rolls it back: the report says what would happen.
    bool dryRun = false;
};

// How a long import reports progress and learns it should stop. Both may be left empty.
// Progress is in bytes of the file, in each of the two stages (checking, then writing).
struct ImportControl
{
    std::function<void(ImportStage stage, qint64 done, qint64 total)> progress;
    // Asked between rows; true stops the import and rolls back everything it wrote.
    std::function<bool()> cancelRequested;
};

// Thrown inside an import when cancel is asked for; the importer catches it.
struct ImportCancelled
{
};

} // namespace hubreg
