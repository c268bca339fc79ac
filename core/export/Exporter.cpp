#include "Exporter.h"

#include "ExportError.h"
#include "XlsxWriter.h"
#include "database/Database.h"
#include "database/FileSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Exporter)
};

// The template's columns resolved against the report's: for each, the index of the report
// column it shows and its heading.
struct Projection
{
    QList<int> indexes;
    QStringList headings;
};

QString groupHeading(const QString &pattern, const QStringList &args)
{
    if (!pattern.contains(QLatin1String("%1")))
        return (pattern + QLatin1Char(' ') + args.value(0)).simplified();
    QString heading = pattern;
    for (int i = 0; i < args.size(); ++i)
        heading.replace(QStringLiteral("%%1").arg(i + 1), args.at(i));
    return heading.simplified();
}

Projection project(const Report &report, const QList<ReportColumn> &columns,
                   const QList<ExportColumn> &layout)
{
    Projection projection;
    for (const ExportColumn &wanted : layout) {
        bool found = false;
        for (int i = 0; i < columns.size(); ++i) {
            const ReportColumn &column = columns.at(i);
            if (column.key == wanted.key) {
                projection.indexes << i;
                projection.headings << wanted.heading;
                found = true;
                break;
            }
            if (!column.group.isEmpty() && column.group == wanted.key) {
                projection.indexes << i;
                projection.headings << groupHeading(wanted.heading, column.groupArgs);
                found = true; // and on: every column of the group
            }
        }
        // A group with no columns this time (no sessions yet) is not an error.
        if (!found && !report.columnGroups().contains(wanted.key))
            throw ExportError(
                Tr::tr("The %1 report has no column “%2”; choose the columns again or "
                       "update the template.")
                    .arg(displayName(report.kind()), wanted.key));
    }
    return projection;
}

// Gives each row of the report, projected, to `writeRow`, reporting progress and stopping
// when `control` asks; returns the rows written. Throws ExportCancelled on a stop.
template<typename WriteRow>
qint64 streamRows(const Report &report, const ExportFilter &filter, const Projection &projection,
                  const ExportControl &control, WriteRow &&writeRow)
{
    const qint64 total = control.progress ? report.expectedRows(filter) : -1;
    auto cancelled = [&control] { return control.cancelRequested && control.cancelRequested(); };
    qint64 rows = 0;
    if (control.progress)
        control.progress(0, total);
    // A stop asked for before the first row counts too: the query may take a while.
    bool stopped = cancelled();
    QList<CsvCell> chosen;
    if (!stopped) {
        report.rows(filter, [&](const QList<CsvCell> &cells) {
            chosen.clear();
            for (int index : projection.indexes)
                chosen << cells.at(index);
            writeRow(chosen);
            ++rows;
            if (control.progress)
                control.progress(rows, total);
            stopped = cancelled();
            return !stopped;
        });
    }
    if (stopped)
        throw ExportCancelled();
    return rows;
}

} // namespace

ExportFormat exportFormatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                      : ExportFormat::Csv;
}

ExportCancelled::ExportCancelled()
    : ExportError(Tr::tr("The export was cancelled; no file was written."))
{ }

QList<ReportColumn> Exporter::availableColumns(ReportKind kind, const ExportFilter &filter) const
{
    return makeReport(kind, m_db)->columns(filter);
}

QList<ExportColumn> Exporter::defaultLayout(ReportKind kind) const
{
    return makeReport(kind, m_db)->defaultLayout();
}

QStringList Exporter::columnGroups(ReportKind kind) const
{
    return makeReport(kind, m_db)->columnGroups();
}

qint64 Exporter::expectedRows(ReportKind kind, const ExportFilter &filter) const
{
    return makeReport(kind, m_db)->expectedRows(filter);
}

ExportPreview Exporter::preview(ReportKind kind, const ExportFilter &filter,
                                const QList<ExportColumn> &layout, int maxRows) const
{
    const auto report = makeReport(kind, m_db);
    const Projection projection = project(*report, report->columns(filter),
                                          layout.isEmpty() ? report->defaultLayout() : layout);
    ExportPreview preview;
    preview.headings = projection.headings;
    if (maxRows <= 0)
        return preview;
    report->rows(filter, [&](const QList<CsvCell> &cells) {
        QStringList texts;
        for (int index : projection.indexes)
            texts << cells.at(index).text;
        preview.rows << texts;
        return preview.rows.size() < maxRows;
    });
    return preview;
}

qint64 Exporter::write(ReportKind kind, const ExportFilter &filter, const QString &path,
                       const QList<ExportColumn> &layout, const CsvWriteOptions &options,
                       const ExportControl &control) const
{
    return write(*makeReport(kind, m_db), filter, path, layout, options, control);
}

qint64 Exporter::write(const Report &report, const ExportFilter &filter, const QString &path,
                       const QList<ExportColumn> &layout, const CsvWriteOptions &options,
                       const ExportControl &control) const
{
    // Never over the hub's file, a backup or any other database, nor through a link onto one,
    // whatever the format: checked before anything is written.
    if (const QString why = filesafety::whyNotWrite(path, m_db.isServer() ? QString() : m_db.path(),
                                                    filesafety::Purpose::Export);
        !why.isEmpty())
        throw ExportError(why);
    if (exportFormatFor(path) == ExportFormat::Xlsx)
        return writeXlsx(report, filter, path, layout, options, control);
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    // A return names people: readable by its owner only, like the database.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw ExportError(Tr::tr("%1 cannot be written: %2").arg(name, file.errorString()));
    // Returns hold names, emails and TRNs: readable by their owner only, as the hub's file is.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Until commit() the rows go to a temporary file beside the target, which is untouched;
    // on any failure or cancel the temporary file is removed.
    qint64 rows = 0;
    try {
        rows = write(report, filter, file, name, layout, options, control);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw ExportError(Tr::tr("%1 could not be saved: %2").arg(name, file.errorString()));
    return rows;
}

qint64 Exporter::write(const Report &report, const ExportFilter &filter, QIODevice &device,
                       const QString &name, const QList<ExportColumn> &layout,
                       const CsvWriteOptions &options, const ExportControl &control) const
{
    const Projection projection = project(report, report.columns(filter),
                                          layout.isEmpty() ? report.defaultLayout() : layout);
    try {
        CsvWriter writer(device, name, options);
        writer.writeRow(projection.headings);
        const qint64 rows
            = streamRows(report, filter, projection, control,
                         [&writer](const QList<CsvCell> &cells) { writer.writeRow(cells); });
        writer.finish();
        if (control.progress)
            control.progress(rows, rows);
        return rows;
    } catch (const CsvError &error) {
        throw ExportError(error.message());
    }
}

qint64 Exporter::writeXlsx(const Report &report, const ExportFilter &filter, const QString &path,
                           const QList<ExportColumn> &layout, const CsvWriteOptions &options,
                           const ExportControl &control) const
{
    const QFileInfo target(path);
    const QString name = target.fileName();
    const Projection projection = project(report, report.columns(filter),
                                          layout.isEmpty() ? report.defaultLayout() : layout);
    if (target.isDir())
        throw ExportError(Tr::tr("%1 cannot be written: it is a folder.").arg(name));
    // libxlsxwriter writes to a path: a temporary file beside the target, private to its owner
    // from the start, renamed over the target only once complete; removed on any failure.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    if (!temporary.open())
        throw ExportError(Tr::tr("%1 cannot be written: %2").arg(name, temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    qint64 rows = 0;
    {
        XlsxWriter writer(temporaryPath, displayName(report.kind()), name, options.guardFormulas);
        writer.writeHeader(projection.headings);
        rows = streamRows(report, filter, projection, control,
                          [&writer](const QList<CsvCell> &cells) { writer.writeRow(cells); });
        writer.finish();
    }
    QFile::setPermissions(temporaryPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporaryPath.toStdWString()),
                            std::filesystem::path(target.absoluteFilePath().toStdWString()), error);
    if (error)
        throw ExportError(Tr::tr("%1 could not be saved: %2")
                              .arg(name, QString::fromLocal8Bit(error.message().c_str())));
    temporary.setAutoRemove(false); // it is the target now
    if (control.progress)
        control.progress(rows, rows);
    return rows;
}

} // namespace hubreg
