#include "ImportFileScan.h"

#include "HeaderIndex.h"
#include "ImportError.h"

#include <QCoreApplication>
#include <QFileInfo>

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

namespace {
QFile &opened(QFile &file, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        throw CsvError(
            CsvError::Kind::Io, name, {},
            QCoreApplication::translate("hubreg::CsvReader", "this is a folder, not a file"));
    if (!file.open(QIODevice::ReadOnly))
        throw CsvError(
            CsvError::Kind::Io, name, {},
            QCoreApplication::translate("hubreg::CsvReader", "the file cannot be opened: %1")
                .arg(file.errorString()));
    return file;
}
} // namespace

ImportFileScan::ImportFileScan(const QString &path, const CsvReadOptions &options)
try : m_file(path),
    m_reader(opened(m_file, path), QFileInfo(path).fileName(), withHeader(options)) {
    m_opened = filesafety::stateOf(m_file);
    m_header = m_reader.header();
    if (m_header.isEmpty())
        throw ImportError(m_reader.fileName(), {},
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the file is empty; it needs a header row "
                                                      "naming its columns"));
} catch (const CsvError &error) {
    throw ImportError(error);
}

void ImportFileScan::refuseHeadingsNamedTwice(const QStringList &headings)
{
    const HeaderIndex index(m_header);
    for (const QString &heading : headings) {
        const QList<int> named = index.columnsNamed(heading);
        if (named.size() < 2)
            continue;
        throw ImportError(m_reader.fileName(), { 1, headerPosition(named.at(1)).column },
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the column “%1” appears twice (columns %2 "
                                                      "and %3), so which one to read cannot be "
                                                      "told; rename or remove one")
                              .arg(heading)
                              .arg(named.at(0) + 1)
                              .arg(named.at(1) + 1));
    }
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
    // Another program wrote to the file while it was read: what was read may be part one file,
    // part another, each row well formed. Nothing of it is kept.
    if (m_opened && filesafety::stateOf(m_file) != m_opened)
        throw ImportError(m_reader.fileName(), {},
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the file changed while it was being read "
                                                      "(another program wrote to it), so what "
                                                      "was read cannot be trusted; import it "
                                                      "again once it is complete"));
    // Progress first: a cancel asked for on seeing 100% still stops before anything is kept.
    if (control.progress)
        control.progress(stage, total < 0 ? m_reader.bytesRead() : total, total);
    checkCancel(control);
}

} // namespace hubreg
