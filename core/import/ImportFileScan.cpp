#include "ImportFileScan.h"

#include "HeaderIndex.h"
#include "ImportError.h"
#include "csv/CsvByteReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

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

ImportFileScan::ImportFileScan(const QString &path, const CsvReadOptions &options, Reading reading)
try : m_file(path) {
    QIODevice &device = opened(m_file, path);
    const QString name = QFileInfo(path).fileName();
    if (reading == Reading::KeptColumnsFromBytes && CsvByteReader::canRead(device, options))
        m_reader = std::make_unique<CsvByteReader>(device, name, withHeader(options));
    else
        m_reader = std::make_unique<CsvReader>(device, name, withHeader(options));
    m_opened = filesafety::stateOf(m_file);
    m_header = m_reader->header();
    if (m_header.isEmpty())
        throw ImportError(m_reader->fileName(), {},
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
        throw ImportError(m_reader->fileName(), { 1, headerPosition(named.at(1)).column },
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the column “%1” appears twice (columns %2 "
                                                      "and %3), so which one to read cannot be "
                                                      "told; rename or remove one")
                              .arg(heading)
                              .arg(named.at(0) + 1)
                              .arg(named.at(1) + 1));
    }
}

namespace {

// Rows pass from the reading thread to the caller in batches, so the two meet once per batch
// rather than once per row.
constexpr int kBatchRows = 256;
// Batches read ahead of the caller at most: bounds the memory a slow write pass can make the
// reader hold.
constexpr int kBatchesAhead = 4;

// One record as the reader gave it: a row, or a row that cannot be read as one.
struct ScannedRow
{
    CsvRow row;
    bool rejected = false;
    ImportIssue issue;
    std::any prepared; // what the caller's preparation made of the row, kept for the next
};

struct Batch
{
    std::vector<ScannedRow> rows;
    int size = 0;
    qint64 bytesRead = 0;
    // The error that ends the file (anything but a row with the wrong field count).
    std::exception_ptr error;
    bool last = false;
};

// Reads, decodes and splits the file on a thread of its own beside the caller's checks and
// writes, which take each row in the file's order. The caller's thread is the only one that
// sees a row's outcome; an error of the file reaches it exactly where it was in the file.
class ReadAhead
{
public:
    ReadAhead(CsvRows &reader, const std::function<void(const CsvRow &, std::any &)> &prepare)
        : m_reader(reader)
        , m_prepare(prepare)
        , m_thread([this] { read(); })
    { }

    // Stops the reader wherever it is (the caller failed or was cancelled) and waits for it.
    ~ReadAhead()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    std::unique_ptr<Batch> take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty(); });
        std::unique_ptr<Batch> batch = std::move(m_full.front());
        m_full.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }

    // A batch the caller is done with, for the reader to fill again (its rows' lists keep
    // their room).
    void giveBack(std::unique_ptr<Batch> batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_empty.push_back(std::move(batch));
    }

private:
    void read()
    {
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_full.size() < kBatchesAhead; });
                if (m_stop)
                    return;
                if (!m_empty.empty()) {
                    batch = std::move(m_empty.back());
                    m_empty.pop_back();
                }
            }
            if (!batch) {
                batch = std::make_unique<Batch>();
                batch->rows.resize(kBatchRows);
            }
            fill(*batch);
            const bool last = batch->last;
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_full.push_back(std::move(batch));
            }
            m_changed.notify_all();
            if (last)
                return;
        }
    }

    void fill(Batch &batch)
    {
        batch.size = 0;
        batch.error = nullptr;
        batch.last = false;
        while (batch.size < kBatchRows) {
            ScannedRow &scanned = batch.rows[size_t(batch.size)];
            try {
                if (!m_reader.readRow(scanned.row)) {
                    batch.last = true;
                    break;
                }
                scanned.rejected = false;
                if (m_prepare)
                    m_prepare(scanned.row, scanned.prepared);
            } catch (const CsvError &error) {
                if (error.kind() != CsvError::Kind::FieldCount) {
                    batch.error = std::make_exception_ptr(ImportError(error));
                    batch.last = true;
                    break;
                }
                scanned.rejected = true;
                scanned.issue = ImportIssue { error.line(), error.column(), {}, error.detail() };
            } catch (...) {
                batch.error = std::current_exception();
                batch.last = true;
                break;
            }
            ++batch.size;
        }
        batch.bytesRead = m_reader.bytesRead();
    }

    CsvRows &m_reader;
    const std::function<void(const CsvRow &, std::any &)> &m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_empty;
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything it uses is made
};

} // namespace

void ImportFileScan::run(ImportStage stage, const ImportControl &control,
                         const std::function<void(const CsvRow &)> &onRow,
                         const std::function<void(const ImportIssue &)> &onRejected)
{
    scan(
        stage, control, {}, [&onRow](const CsvRow &row, std::any &) { onRow(row); }, onRejected);
}

void ImportFileScan::scan(ImportStage stage, const ImportControl &control, const Prepare &prepare,
                          const Prepare &onRow,
                          const std::function<void(const ImportIssue &)> &onRejected)
{
    const qint64 total = m_reader->bytesTotal();
    qint64 rows = 0;
    qint64 bytesRead = m_reader->bytesRead();
    {
        ReadAhead reader(*m_reader, prepare);
        for (bool last = false; !last;) {
            std::unique_ptr<Batch> batch = reader.take();
            for (int i = 0; i < batch->size; ++i) {
                if (rows % kRowsPerCheck == 0) {
                    checkCancel(control);
                    if (control.progress)
                        control.progress(stage, bytesRead, total);
                }
                ++rows;
                ScannedRow &scanned = batch->rows[size_t(i)];
                if (scanned.rejected)
                    onRejected(scanned.issue);
                else
                    onRow(scanned.row, scanned.prepared);
            }
            bytesRead = batch->bytesRead;
            last = batch->last;
            if (last && rows % kRowsPerCheck == 0) {
                // As before the reader was on its own thread: a check before looking for the
                // row after each 256th.
                checkCancel(control);
                if (control.progress)
                    control.progress(stage, bytesRead, total);
            }
            if (batch->error)
                std::rethrow_exception(batch->error);
            reader.giveBack(std::move(batch));
        }
    }
    // Another program wrote to the file while it was read: what was read may be part one file,
    // part another, each row well formed. Nothing of it is kept.
    if (m_opened && filesafety::stateOf(m_file) != m_opened)
        throw ImportError(m_reader->fileName(), {},
                          QCoreApplication::translate("hubreg::ImportFileScan",
                                                      "the file changed while it was being read "
                                                      "(another program wrote to it), so what "
                                                      "was read cannot be trusted; import it "
                                                      "again once it is complete"));
    // Progress first: a cancel asked for on seeing 100% still stops before anything is kept.
    if (control.progress)
        control.progress(stage, total < 0 ? m_reader->bytesRead() : total, total);
    checkCancel(control);
}

} // namespace hubreg
