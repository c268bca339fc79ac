#include "ViewSettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QTableView>

#include <limits>

namespace hubreg::ui {

namespace {
// By name: a class without its own meta-object would match any child.
const QLatin1String kMemoryName("headerMemory");

// Writes a header's state to the settings whenever it changes: a width, the order, the sort.
class HeaderMemory : public QObject
{
public:
    HeaderMemory(QHeaderView *header, const QString &settingsKey)
        : QObject(header)
        , m_header(header)
        , m_settingsKey(settingsKey)
    {
        setObjectName(kMemoryName);
        connect(header, &QHeaderView::sectionResized, this, &HeaderMemory::save);
        connect(header, &QHeaderView::sectionMoved, this, &HeaderMemory::save);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &HeaderMemory::save);
    }

    void save()
    {
        m_unsaved = m_held;
        if (!m_held)
            QSettings().setValue(m_settingsKey, m_header->saveState());
    }

    // While several columns are sized at once, the state is written once at the end, if any
    // changed, not once a column: each write is a write of the settings file.
    void hold() { m_held = true; }
    void release()
    {
        m_held = false;
        if (m_unsaved)
            save();
    }

private:
    QHeaderView *m_header;
    QString m_settingsKey;
    bool m_held = false;
    bool m_unsaved = false;
};

HeaderMemory *memoryOf(QHeaderView *header)
{
    return static_cast<HeaderMemory *>(
        header->findChild<QObject *>(kMemoryName, Qt::FindDirectChildrenOnly));
}
} // namespace

bool rememberHeader(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/%1/header").arg(key);
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    new HeaderMemory(header, settingsKey);
    return restored;
}

namespace {
// Widens a column whose heading or contents no longer fit ("Canc…" once a session is
// cancelled), whenever the rows change; never narrows one.
class ColumnGuard : public QObject
{
public:
    explicit ColumnGuard(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
        watch();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show) {
            watch();
            // Just fitted to their contents: only what changed since needs measuring.
            if (!m_fitted) {
                m_dirtyFirst = 0;
                m_dirtyLast = std::numeric_limits<int>::max();
            }
            m_fitted = false;
            widen();
        }
        return QObject::eventFilter(watched, event);
    }

    // Every column was just sized to its contents.
    void fitted()
    {
        m_dirtyFirst = std::numeric_limits<int>::max();
        m_dirtyLast = -1;
        m_fitted = true;
    }

private:
    void watch()
    {
        QAbstractItemModel *model = m_table->model();
        if (!model || model == m_model)
            return;
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        // Queued: the view lays out its new rows first.
        const auto everyColumn = [this] { widenLater(0, std::numeric_limits<int>::max()); };
        connect(model, &QAbstractItemModel::modelReset, this, everyColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, everyColumn);
        connect(model, &QAbstractItemModel::rowsInserted, this, everyColumn);
        // A changed cell can only need its own column wider.
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    widenLater(topLeft.column(), bottomRight.column());
                });
    }

    void widenLater(int first, int last)
    {
        m_dirtyFirst = qMin(m_dirtyFirst, first);
        m_dirtyLast = qMax(m_dirtyLast, last);
        if (m_queued)
            return;
        m_queued = true;
        QMetaObject::invokeMethod(
            this, [this] { widen(); }, Qt::QueuedConnection);
    }

    // Measures the columns changed since the last time (none when the table was shown since).
    void widen()
    {
        m_queued = false;
        if (!m_table->isVisible() || !m_table->model())
            return;
        const int first = m_dirtyFirst;
        const int last = qMin(m_dirtyLast, m_table->model()->columnCount() - 1);
        m_dirtyFirst = std::numeric_limits<int>::max();
        m_dirtyLast = -1;
        QHeaderView *header = m_table->horizontalHeader();
        HeaderMemory *memory = memoryOf(header);
        if (memory)
            memory->hold();
        for (int column = qMax(0, first); column <= last; ++column) {
            if (m_table->isColumnHidden(column)
                || header->sectionResizeMode(column) != QHeaderView::Interactive
                || (header->stretchLastSection()
                    && header->visualIndex(column) == header->count() - 1))
                continue;
            // Up to a limit for what a column holds: a long name is cut before a heading is.
            const int needed = qMax(
                header->sectionSizeHint(column),
                qMin(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column),
                     320));
            if (header->sectionSize(column) < needed)
                header->resizeSection(column, needed);
        }
        if (memory)
            memory->release();
    }

    QTableView *m_table;
    QPointer<QAbstractItemModel> m_model;
    bool m_queued = false;
    bool m_fitted = false;
    // The columns to measure next, first to last (none while first > last).
    int m_dirtyFirst = std::numeric_limits<int>::max();
    int m_dirtyLast = -1;
};
} // namespace

namespace {
// By name: a class without its own meta-object would match any child.
const QLatin1String kGuardName("columnGuard");

ColumnGuard *guardOf(QTableView *table)
{
    return static_cast<ColumnGuard *>(
        table->findChild<QObject *>(kGuardName, Qt::FindDirectChildrenOnly));
}
} // namespace

void keepColumnsReadable(QTableView *table)
{
    if (!guardOf(table))
        (new ColumnGuard(table))->setObjectName(kGuardName);
}

void fitColumnsToContents(QTableView *table, const QList<int> &byHeadingAlone)
{
    QHeaderView *header = table->horizontalHeader();
    HeaderMemory *memory = memoryOf(header);
    if (memory)
        memory->hold();
    if (byHeadingAlone.isEmpty()) {
        table->resizeColumnsToContents();
    } else {
        // A column at a time, each as QTableView::resizeColumnsToContents() sizes it.
        for (int column = 0; column < header->count(); ++column) {
            const int contents = byHeadingAlone.contains(column)
                ? 0
                : static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
            header->resizeSection(column,
                                  qBound(header->minimumSectionSize(),
                                         qMax(contents, header->sectionSizeHint(column)),
                                         header->maximumSectionSize()));
        }
    }
    if (memory)
        memory->release();
    if (ColumnGuard *guard = guardOf(table))
        guard->fitted();
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setTabKeyNavigation(false);
    keepColumnsReadable(table);
}

namespace {
// Columns are measured when the table is shown (a hidden view measures nothing) and again
// whenever its model is reset.
class ColumnFitter : public QObject
{
public:
    enum class When { Always, Once };

    ColumnFitter(QTableView *table, When when)
        : QObject(table)
        , m_table(table)
        , m_when(when)
    {
        table->installEventFilter(this);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (!m_table->isVisible() || (m_when == When::Once && m_table->model()->rowCount() == 0))
            return;
        HeaderMemory *memory = memoryOf(m_table->horizontalHeader());
        if (memory)
            memory->hold();
        m_table->resizeColumnsToContents();
        // A long note or name should not push everything else off the screen.
        for (int column = 0; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
        if (memory)
            memory->release();
        if (m_when == When::Once)
            deleteLater();
    }

    QTableView *m_table;
    When m_when;
};
} // namespace

void fitColumnsOnReset(QTableView *table)
{
    new ColumnFitter(table, ColumnFitter::When::Always);
}

void rememberOrFitColumns(QTableView *table, const QString &key)
{
    if (!rememberHeader(table->horizontalHeader(), key))
        new ColumnFitter(table, ColumnFitter::When::Once);
}

} // namespace hubreg::ui
