#pragma once

#include "ImportControl.h"
#include "ImportReport.h"
#include "csv/CsvReader.h"
#include "database/FileSafety.h"

#include <QFile>

#include <any>
#include <functional>
#include <memory>

namespace hubreg {

// One pass over an import file, row by row, with progress and cancel. An import reads its file
// through one scan only, so what it writes is what it checked, and a pipe can be read. A row with
// the wrong number of fields becomes a rejection (the reader carries on after it); any other CSV
// problem is an ImportError, as the rest of the file cannot be trusted.
class ImportFileScan
{
public:
    // How the file is read: as text throughout (CsvReader), or from its bytes where its
    // encoding allows (CsvByteReader: the same rows and errors, with text made only of the
    // columns kept), for a wide file of which few columns are read.
    enum class Reading { Text, KeptColumnsFromBytes };

    // Opens the file and reads its header; throws ImportError when it cannot, or when the file
    // is empty. A file written to while it is read (it grew, shrank or was rewritten in place)
    // is an ImportError at the end of run(): what was read of it may be a mixture of two files.
    ImportFileScan(const QString &path, const CsvReadOptions &options,
                   Reading reading = Reading::Text);

    QString fileName() const { return m_reader->fileName(); }
    const QStringList &header() const { return m_header; }
    CsvPosition headerPosition(int column) { return m_reader->headerPosition(column); }
    // Rows then hold only these columns' text (see CsvRows::keepOnlyColumns).
    void keepOnlyColumns(const QList<int> &columns) { m_reader->keepOnlyColumns(columns); }
    // Throws ImportError, naming the second, when one of `headings` (the columns the import
    // reads) names two columns of the file: which one was meant cannot be told.
    void refuseHeadingsNamedTwice(const QStringList &headings);
    // For progress: bytes read so far, and the file's size (the bytes read once it is known
    // to be at its end, for a pipe).
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    qint64 bytesTotal() const
    {
        return m_reader->bytesTotal() < 0 ? m_reader->bytesRead() : m_reader->bytesTotal();
    }

    // Calls `onRow` for each record and `onRejected` for one that cannot be read as a row.
    // Throws ImportCancelled when cancel is asked for.
    void run(ImportStage stage, const ImportControl &control,
             const std::function<void(const CsvRow &)> &onRow,
             const std::function<void(const ImportIssue &)> &onRejected);
    // As run(), each row first given to `prepare` on the thread that reads the file, as soon as
    // it is read, with a Prepared of its own that `onRow` is then given: a row's own work (its
    // checks, its values) done beside the caller's. `prepare` must touch nothing the caller's
    // thread does; what it throws ends the file at that row.
    template<typename Prepared>
    void run(ImportStage stage, const ImportControl &control,
             const std::function<void(const CsvRow &, Prepared &)> &prepare,
             const std::function<void(const CsvRow &, Prepared &)> &onRow,
             const std::function<void(const ImportIssue &)> &onRejected)
    {
        scan(
            stage, control,
            [&prepare](const CsvRow &row, std::any &slot) {
                if (!slot.has_value())
                    slot.emplace<Prepared>();
                prepare(row, std::any_cast<Prepared &>(slot));
            },
            [&onRow](const CsvRow &row, std::any &slot) {
                onRow(row, std::any_cast<Prepared &>(slot));
            },
            onRejected);
    }

private:
    using Prepare = std::function<void(const CsvRow &, std::any &)>;
    void scan(ImportStage stage, const ImportControl &control, const Prepare &prepare,
              const Prepare &onRow, const std::function<void(const ImportIssue &)> &onRejected);

    QFile m_file;
    std::optional<filesafety::FileState> m_opened; // the file as it was when opened
    std::unique_ptr<CsvRows> m_reader;
    QStringList m_header;
};

// Throws ImportCancelled when the control asks to stop.
void checkCancel(const ImportControl &control);

} // namespace hubreg
