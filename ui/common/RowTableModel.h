#pragma once

#include "common/ShownCells.h"
#include "database/Entity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <type_traits>
#include <utility>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// What every table model of rows shares whatever its rows hold: the changes to the records it
// follows, and one signal after its rows are read again, whichever way the views were told.
class RowTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    // After setRows(), by a reset or in place (rows inserted, removed, repainted): for what
    // hangs on the rows as a whole, such as a screen's buttons for its current row.
    void rowsReplaced();

protected:
    // Calls `reload` after each committed change to one of these kinds of record.
    void reloadOnChangesTo(Database &db, const QList<Entity> &entities,
                           const std::function<void()> &reload);
};

// How one list of rows becomes another, from where each new row stood in the old list (-1 for
// a row that is new). Rows that keep their relative order are kept: those that went are
// removed, those that came inserted. When kept rows changed places, `inPlace` is false.
struct RowChanges
{
    struct Run
    {
        int first = 0;
        int last = 0;
    };

    bool inPlace = true;
    QList<Run> removed; // rows of the old list, top first
    QList<Run> inserted; // rows of the new list, top first

    static RowChanges between(const QList<int> &oldRowOfNew, int oldCount);
};

// A table model over a list of rows of type Row, described column by column: the heading, the
// text of each cell, its alignment and its tool tip. A subclass gives its columns, in the order
// of its Column enum, and answers any other role (ids, colours, sort keys) in cellData().
template<typename Row, typename Base = RowTableModelBase> class RowTableModel : public Base
{
public:
    struct TableColumn
    {
        using Cell = std::function<QVariant(const Row &)>;

        TableColumn(QString heading, Cell text, Qt::Alignment alignment = Qt::Alignment(),
                    Cell toolTip = nullptr)
            : heading(std::move(heading))
            , text(std::move(text))
            , alignment(alignment)
            , toolTip(std::move(toolTip))
        { }

        QString heading;
        Cell text;
        Qt::Alignment alignment;
        // When it gives nothing for a row, cellData() is asked for the tool tip.
        Cell toolTip;
    };

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = rowAt(index.row());
        if (!row || index.column() < 0 || index.column() >= m_columns.size())
            return {};
        const TableColumn &column = m_columns.at(index.column());
        if (role == Qt::DisplayRole)
            return column.text ? column.text(*row) : QVariant();
        if (role == Qt::TextAlignmentRole && column.alignment != Qt::Alignment())
            return int(column.alignment);
        if (role == Qt::ToolTipRole && column.toolTip) {
            const QVariant tip = column.toolTip(*row);
            if (tip.isValid())
                return tip;
        }
        return cellData(*row, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return Base::headerData(section, orientation, role);
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section).heading)
                                                          : QVariant();
    }

protected:
    explicit RowTableModel(QObject *parent = nullptr)
        : Base(parent)
    { }

    // Right-aligned and centred vertically, for numbers.
    static constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

    // Set once, in the constructor; setColumnsAndRows() changes them later.
    void setColumns(QList<TableColumn> columns) { m_columns = std::move(columns); }

    // Rows of another record, or of a list whose rows have no key: a reset.
    void setRows(QList<Row> rows)
    {
        this->beginResetModel();
        m_rows = std::move(rows);
        this->endResetModel();
        emit this->rowsReplaced();
    }

    void setColumnsAndRows(QList<TableColumn> columns, QList<Row> rows)
    {
        this->beginResetModel();
        m_columns = std::move(columns);
        m_rows = std::move(rows);
        this->endResetModel();
        emit this->rowsReplaced();
    }

    // The same list read again, each row known by `keyOf(row)` (its record's id): rows that
    // went are removed, rows that came are inserted, and of the rest only those that look
    // different (ShownCells) are reported changed, so a view keeps its selection, current row
    // and scroll position. Only when rows that stay changed order does it reset: saying a
    // reordering with moves would take a move per row displaced, for lists a person reads in
    // a glance, and a sort proxy over the model reorders them itself anyway.
    template<typename KeyOf> void setRows(QList<Row> rows, KeyOf keyOf)
    {
        using Key = std::decay_t<std::invoke_result_t<KeyOf, const Row &>>;
        QHash<Key, int> oldRowOf;
        oldRowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            oldRowOf.insert(keyOf(m_rows.at(row)), row);
        QList<int> oldRowOfNew;
        oldRowOfNew.reserve(rows.size());
        for (const Row &row : std::as_const(rows))
            oldRowOfNew << oldRowOf.value(keyOf(row), -1);
        const RowChanges changes = RowChanges::between(oldRowOfNew, int(m_rows.size()));
        if (!changes.inPlace) {
            setRows(std::move(rows));
            return;
        }
        for (auto run = changes.removed.crbegin(); run != changes.removed.crend(); ++run) {
            this->beginRemoveRows({}, run->first, run->last);
            m_rows.remove(run->first, run->last - run->first + 1);
            this->endRemoveRows();
        }
        for (const RowChanges::Run &run : changes.inserted) {
            this->beginInsertRows({}, run.first, run.last);
            for (int row = run.first; row <= run.last; ++row)
                m_rows.insert(row, rows.at(row));
            this->endInsertRows();
        }
        const ShownCells before(*this);
        m_rows = std::move(rows);
        before.reportChanges(*this);
        emit this->rowsReplaced();
    }

    // The rows of one record (a person's Work Groups, say): for the record already shown they
    // are updated in place, for another they replace the list with a reset.
    template<typename KeyOf> void setRows(QList<Row> rows, KeyOf keyOf, bool sameRecord)
    {
        if (sameRecord)
            setRows(std::move(rows), keyOf);
        else
            setRows(std::move(rows));
    }

    // Rows added at the end, such as the next page of a long list.
    void appendRows(const QList<Row> &more)
    {
        if (more.isEmpty())
            return;
        const int first = int(m_rows.size());
        this->beginInsertRows({}, first, first + int(more.size()) - 1);
        m_rows.append(more);
        this->endInsertRows();
    }

    // One row changed by this model itself (a choice made in it): repainted.
    void setRow(int row, Row value)
    {
        if (row < 0 || row >= m_rows.size())
            return;
        m_rows[row] = std::move(value);
        emit this->dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    }

    // For a model that fills in a row's fields itself, and tells the views with dataChanged.
    Row *mutableRowAt(int row) { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    // The cell's text as its column gives it, for models that show it as the tool tip too.
    QVariant textOf(const Row &row, int column) const
    {
        const auto &text = m_columns.at(column).text;
        return text ? text(row) : QVariant();
    }

    // Every role the columns leave unanswered: ids, colours, fonts, sort keys.
    virtual QVariant cellData(const Row &, int, int) const { return {}; }

private:
    QList<TableColumn> m_columns;
    QList<Row> m_rows;
};

} // namespace hubreg::ui
