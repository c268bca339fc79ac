#include "ImportFileScan.h"

#include "ImportError.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Progress and cancel are looked at once per this many rows.
constexpr qint64 kRowsPerCheck = 256;

CsvReadOptions withHeader(CsvReadOptions options)
{
    options.hasHeader = true;
    return options;
}
} // namespace

void checkCancel(const ImportControl &control)
{
    if (control.cancelRequested && control.cancelRequested())
        throw ImportCancelled();
}

ImportFileScan::ImportFileScan(const QString &path, const CsvReadOptions &options)
try : m_reader(path, withHeader(options)) {
    m_header = m_reader.header();
    if (m_header.isEmpty())
        throw ImportError(m_reader.fileName(), {},
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the file is empty; it needs a header row "
                                                      "naming its columns"));
} catch (const CsvError &error) {
    throw ImportError(error);
}

void ImportFileScan::run(ImportStage stage, const ImportControl &control,
                         const std::function<void(const CsvRow &)> &onRow,
                         const std::function<void(const ImportIssue &)> &onRejected)
{
    const qint64 total = m_reader.bytesTotal();
    qint64 rows = 0;
    CsvRow row;
    for (;;) {
        if (rows % kRowsPerCheck == 0) {
            checkCancel(control);
            if (control.progress)
                control.progress(stage, m_reader.bytesRead(), total);
        }
        try {
            if (!m_reader.readRow(row))
                break;
        } catch (const CsvError &error) {
            if (error.kind() != CsvError::Kind::FieldCount)
                throw ImportError(error);
            ++rows;
            onRejected(ImportIssue { error.line(), error.column(), {}, error.detail() });
            continue;
        }
        ++rows;
        onRow(row);
    }
    // Progress first: a cancel asked for on seeing 100% still stops before anything is kept.
    if (control.progress)
        control.progress(stage, total < 0 ? m_reader.bytesRead() : total, total);
    checkCancel(control);
}

} // namespace hubreg
