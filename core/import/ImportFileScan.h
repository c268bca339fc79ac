#pragma once

#include "ImportControl.h"
#include "ImportReport.h"
#include "csv/CsvReader.h"

#include <functional>

namespace hubreg {

// One pass over an import file, row by row, with progress and cancel. A row with the wrong
// number of fields becomes a rejection (the reader carries on after it); any other CSV problem
// is an ImportError, as the rest of the file cannot be trusted.
class ImportFileScan
{
public:
    // Opens the file and reads its header; throws ImportError when it cannot, or when the file
    // is empty.
    ImportFileScan(const QString &path, const CsvReadOptions &options);

    QString fileName() const { return m_reader.fileName(); }
    const QStringList &header() const { return m_header; }
    CsvPosition headerPosition(int column) { return m_reader.headerPosition(column); }
    // Rows then hold only these columns' text (see CsvReader::keepOnlyColumns).
    void keepOnlyColumns(const QList<int> &columns) { m_reader.keepOnlyColumns(columns); }

    // Calls `onRow` for each record and `onRejected` for one that cannot be read as a row.
    // Throws ImportCancelled when cancel is asked for.
    void run(ImportStage stage, const ImportControl &control,
             const std::function<void(const CsvRow &)> &onRow,
             const std::function<void(const ImportIssue &)> &onRejected);

private:
    CsvReader m_reader;
    QStringList m_header;
};

// Throws ImportCancelled when the control asks to stop.
void checkCancel(const ImportControl &control);

} // namespace hubreg
