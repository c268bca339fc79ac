#include "FigureTableModel.h"

#include <QDate>
#include <QLocale>

namespace hubreg::ui {

FigureTableModel::FigureTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{ }

void FigureTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    const QVariant value = row.cells.value(index.column());
    if (role == SortRole)
        return value;
    const int type = value.typeId();
    const bool numeric
        = type == QMetaType::Int || type == QMetaType::Double || type == QMetaType::LongLong;
    if (role == Qt::TextAlignmentRole)
        return int((numeric || !value.isValid() ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (!value.isValid())
        return QStringLiteral("–");
    if (type == QMetaType::Double)
        return tr("%1%").arg(QLocale().toString(value.toDouble(), 'f', 0));
    if (type == QMetaType::QDate)
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    if (type == QMetaType::Int || type == QMetaType::LongLong)
        return QLocale().toString(value.toLongLong());
    return value.toString();
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace hubreg::ui
