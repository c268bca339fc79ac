#include "ImportReportModel.h"

#include "csv/CsvWriter.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"

#include <QBuffer>

namespace hubreg::ui {

namespace {
QString numberOrNothing(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}
} // namespace

ImportReportModel::ImportReportModel(QObject *parent)
    : RowTableModel(parent)
{
    using Row = ImportReportRow;
    setColumns({
        { tr("Outcome"), [](const Row &row) { return row.outcome; } },
        { tr("Line"), [](const Row &row) { return numberOrNothing(row.line); }, kNumber },
        { tr("Column"), [](const Row &row) { return numberOrNothing(row.column); }, kNumber },
        { tr("Field"), [](const Row &row) { return row.field; } },
        { tr("Reason"), [](const Row &row) { return row.reason; } },
    });
}

void ImportReportModel::setReport(const ImportReport &report)
{
    m_fileName = report.fileName;
    QList<ImportReportRow> rows;
    auto add = [&rows](const QString &outcome, const ImportIssue &issue) {
        rows << ImportReportRow { outcome, issue.line, issue.column, issue.field, issue.message };
    };
    for (const ImportIssue &issue : report.rejected)
        add(tr("Rejected"), issue);
    for (const ImportIssue &issue : report.notes)
        add(tr("Note"), issue);
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const ImportReportRow &a, const ImportReportRow &b) { return a.line < b.line; });
    setRows(rows);
}

void ImportReportModel::setError(const ImportError &error)
{
    m_fileName = error.fileName();
    setRows({ ImportReportRow {
        tr("Not imported"), error.position().line, error.position().column, {}, error.detail() } });
}

void ImportReportModel::clear()
{
    m_fileName.clear();
    setRows({});
}

QByteArray ImportReportModel::toCsv() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, tr("import report"));
    writer.writeRow(QStringList { tr("File"), tr("Outcome"), tr("Line"), tr("Column"), tr("Field"),
                                  tr("Reason") });
    auto number
        = [](qint64 value) { return value > 0 ? CsvCell::number(value) : CsvCell::empty(); };
    for (const ImportReportRow &row : rows())
        writer.writeRow({ CsvCell(m_fileName), CsvCell(row.outcome), number(row.line),
                          number(row.column), CsvCell(row.field), CsvCell(row.reason) });
    writer.finish();
    return bytes;
}

QVariant ImportReportModel::cellData(const ImportReportRow &row, int column, int role) const
{
    if (role == SortRole) {
        switch (column) {
        case LineColumn:
            return row.line;
        case ColumnColumn:
            return row.column;
        default:
            return textOf(row, column);
        }
    }
    return role == Qt::ToolTipRole ? textOf(row, column) : QVariant();
}

} // namespace hubreg::ui
