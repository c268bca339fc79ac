#include "Exporter.h"

#include "ExportError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

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

} // namespace

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
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    // A return names people: readable by its owner only, like the database.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw ExportError(Tr::tr("%1 cannot be written: %2").arg(name, file.errorString()));
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
    const qint64 total = control.progress ? report.expectedRows(filter) : -1;
    auto cancelled = [&control] { return control.cancelRequested && control.cancelRequested(); };
    try {
        CsvWriter writer(device, name, options);
        writer.writeRow(projection.headings);
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
                writer.writeRow(chosen);
                ++rows;
                if (control.progress)
                    control.progress(rows, total);
                stopped = cancelled();
                return !stopped;
            });
        }
        if (stopped)
            throw ExportCancelled();
        writer.finish();
        if (control.progress)
            control.progress(rows, rows);
        return rows;
    } catch (const CsvError &error) {
        throw ExportError(error.message());
    }
}

} // namespace hubreg
