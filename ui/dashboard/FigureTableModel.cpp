#include "FigureTableModel.h"

#include <QDate>
#include <QLocale>

namespace hubreg::ui {

namespace {
bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::Int || type == QMetaType::Double || type == QMetaType::LongLong;
}

QString shown(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("–");
    switch (value.typeId()) {
    case QMetaType::Double:
        return FigureTableModel::tr("%1%").arg(QLocale().toString(value.toDouble(), 'f', 0));
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QLocale().toString(value.toLongLong());
    default:
        return value.toString();
    }
}
} // namespace

FigureTableModel::FigureTableModel(const QStringList &headers, QObject *parent)
    : RowTableModel(parent)
{
    QList<TableColumn> columns;
    for (int column = 0; column < headers.size(); ++column)
        columns << TableColumn(headers.at(column), [column](const FigureRow &row) {
            return shown(row.cells.value(column));
        });
    setColumns(columns);
}

void FigureTableModel::setRows(const QList<Row> &rows)
{
    RowTableModel::setRows(rows);
}

QVariant FigureTableModel::cellData(const FigureRow &row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    const QVariant value = row.cells.value(column);
    if (role == SortRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return int((isNumber(value) || !value.isValid() ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    return {};
}

} // namespace hubreg::ui
