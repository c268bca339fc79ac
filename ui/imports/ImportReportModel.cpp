#include "ImportReportModel.h"

#include "csv/CsvWriter.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"

#include <QBuffer>

namespace hubreg::ui {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportReportModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_fileName = report.fileName;
    m_rows.clear();
    auto add = [this](const QString &outcome, const ImportIssue &issue) {
        m_rows << Row { outcome, issue.line, issue.column, issue.field, issue.message };
    };
    for (const ImportIssue &issue : report.rejected)
        add(tr("Rejected"), issue);
    for (const ImportIssue &issue : report.notes)
        add(tr("Note"), issue);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.line < b.line; });
    endResetModel();
}

void ImportReportModel::setError(const ImportError &error)
{
    beginResetModel();
    m_fileName = error.fileName();
    m_rows = { Row {
        tr("Not imported"), error.position().line, error.position().column, {}, error.detail() } };
    endResetModel();
}

void ImportReportModel::clear()
{
    beginResetModel();
    m_fileName.clear();
    m_rows.clear();
    endResetModel();
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
    for (const Row &row : m_rows)
        writer.writeRow({ CsvCell(m_fileName), CsvCell(row.outcome), number(row.line),
                          number(row.column), CsvCell(row.field), CsvCell(row.reason) });
    writer.finish();
    return bytes;
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case ColumnColumn:
            return row.column;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == LineColumn || index.column() == ColumnColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OutcomeColumn:
        return row.outcome;
    case LineColumn:
        return row.line > 0 ? QString::number(row.line) : QString();
    case ColumnColumn:
        return row.column > 0 ? QString::number(row.column) : QString();
    case FieldColumn:
        return row.field;
    case ReasonColumn:
        return row.reason;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case FieldColumn:
        return tr("Field");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace hubreg::ui
