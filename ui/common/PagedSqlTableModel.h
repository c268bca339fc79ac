#pragma once

#include "common/RowTableModel.h"
#include "database/Entity.h"

#include <QScopedValueRollback>

class QTimer;

namespace hubreg::ui {

// The count of a paged list's matches, which may be made late, and the signal that tells it.
class PagedTableModelBase : public RowTableModelBase
{
    Q_OBJECT

public:
    explicit PagedTableModelBase(QObject *parent = nullptr);

    // Rows matching the query, fetched or not; counted here and now if still to be counted.
    int totalCount();
    bool isCounted() const { return m_total >= 0; }

signals:
    // The count of matches, or -1 while they are still to be counted.
    void totalCountChanged(int total);

protected:
    // Counting every match waits for a pause of `delayMs` in the changes to the query (a search
    // typed a key at a time) when more than a page match, instead of following each page.
    void countAfterPause(int delayMs);

    // After the first `read` rows were read with a limit of `limit`: fewer is all of them, so
    // they are counted without counting; else counted now, or after a pause.
    void settleTotal(int read, int limit);
    // All there is has been fetched: `rows` of them.
    void endTotalAt(int rows);
    void reportTotal();
    int total() const { return m_total; }

    virtual int countMatches() const = 0;

private:
    void countNow();

    int m_total = 0; // -1: not counted yet
    QTimer *m_countLater = nullptr;
};

// A list filtered and sorted in SQL and read a page at a time as the view scrolls, so a national
// file's 150,000 people open as quickly as a hub's. Query is the store's query (its filters,
// sortColumn, descending, offset and limit); a subclass reads and counts with it, says which
// order each column sorts by, and gives its columns as for RowTableModel. A change to the
// records is taken with refresh(): the rows fetched are read again and updated in place.
template<typename Row, typename Query>
class PagedSqlTableModel : public RowTableModel<Row, PagedTableModelBase>
{
public:
    const Query &query() const { return m_query; }
    // Other filters, read from the first page; the order stays the one chosen with sort().
    void setQuery(const Query &filters)
    {
        const auto sortColumn = m_query.sortColumn;
        const bool descending = m_query.descending;
        m_query = filters;
        m_query.sortColumn = sortColumn;
        m_query.descending = descending;
        reload();
    }
    int fetchedCount() const { return this->rowCount(); }

    // The first page again, as a reset, with the count.
    void reload()
    {
        m_loaded = true;
        QList<Row> first = readPage(0, m_pageSize);
        this->settleTotal(int(first.size()), m_pageSize);
        {
            const QScopedValueRollback changing(m_changingRows, true);
            this->setRows(std::move(first));
        }
        this->reportTotal();
    }

    // The row of a record, fetching further pages until found or the end; -1 when not listed.
    int rowOf(RecordId id)
    {
        for (int row = 0;; ++row) {
            if (row == this->rowCount()) {
                fetchMore({});
                if (row == this->rowCount())
                    return -1;
            }
            if (idOf(*this->rowAt(row)) == id)
                return row;
        }
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        // Not while rows are being replaced or added: a model tester asks from the signals
        // that say so, before the change is over.
        return !parent.isValid() && !m_changingRows
            && (!this->isCounted() || this->rowCount() < this->total());
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> more = readPage(this->rowCount(), m_pageSize);
        if (more.isEmpty()) {
            // The end, or fewer rows than were counted (removed meanwhile): stop asking for more.
            this->endTotalAt(this->rowCount());
            return;
        }
        {
            const QScopedValueRollback changing(m_changingRows, true);
            this->appendRows(more);
        }
        if (!this->isCounted() && more.size() < m_pageSize)
            this->endTotalAt(this->rowCount()); // the last page: known without counting
    }

    void sort(int column, Qt::SortOrder order) override
    {
        if (!sortBy(m_query, column))
            return; // the store does not sort by this column
        m_query.descending = order == Qt::DescendingOrder;
        // Before the first load the view is only telling its initial order.
        if (m_loaded)
            reload();
    }

protected:
    PagedSqlTableModel(int pageSize, QObject *parent)
        : RowTableModel<Row, PagedTableModelBase>(parent)
        , m_pageSize(pageSize)
    { }

    bool isLoaded() const { return m_loaded; }

    // The rows fetched so far (at least a page) read again, with the count, and only the rows
    // that came, went or look different reported to the views.
    void refresh()
    {
        if (!m_loaded)
            return;
        const int limit = std::max(this->rowCount(), m_pageSize);
        QList<Row> fresh = readPage(0, limit);
        keepFromShown(fresh);
        const int before = this->total();
        this->settleTotal(int(fresh.size()), limit);
        {
            const QScopedValueRollback changing(m_changingRows, true);
            this->setRows(std::move(fresh), [this](const Row &row) { return idOf(row); });
        }
        if (!this->isCounted() || this->total() != before)
            this->reportTotal();
    }

    virtual QList<Row> read(const Query &query) const = 0;
    virtual int count(const Query &query) const = 0;
    virtual RecordId idOf(const Row &row) const = 0;
    // Sets the query's sortColumn for a column of the model; false when the store cannot.
    virtual bool sortBy(Query &query, int column) const = 0;
    // Rows read again by refresh(), before they replace those shown: what the read leaves out
    // and the shown rows hold can be carried over.
    virtual void keepFromShown(QList<Row> &) const { }

private:
    QList<Row> readPage(int offset, int limit) const
    {
        Query page = m_query;
        page.offset = offset;
        page.limit = limit;
        return read(page);
    }

    int countMatches() const override
    {
        Query all = m_query;
        all.offset = 0;
        all.limit = -1;
        return count(all);
    }

    Query m_query;
    const int m_pageSize;
    bool m_loaded = false;
    bool m_changingRows = false;
};

} // namespace hubreg::ui
