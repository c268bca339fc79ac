#include "WorkGroupTableModel.h"

#include "database/Database.h"

#include <QLocale>
#include <QTimer>

namespace hubreg::ui {

WorkGroupTableModel::WorkGroupTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        switch (change.entity) {
        case Entity::WorkGroup:
        case Entity::Programme:
        case Entity::Person:
        case Entity::SchoolEnrolment:
        case Entity::AcademicYear:
            refresh(false);
            break;
        case Entity::ParticipantEnrolment:
        case Entity::Session:
        case Entity::AttendanceMark:
            refresh(true);
            break;
        default:
            break;
        }
    });
    // No load here: the owner sets the query it wants first, so a national file is read once.
}

void WorkGroupTableModel::setQuery(const WorkGroupQuery &query)
{
    m_query = query;
    reload();
}

namespace {
// About two screens; more arrive as the view scrolls. Reading and counting rows off the screen
// was the most of what a national file's list cost to open.
constexpr int kPageSize = 50;
} // namespace

void WorkGroupTableModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_total = WorkGroupStore(m_db).count(m_query);
    m_rows = page(0);
    endResetModel();
}

namespace {
bool sameRow(const WorkGroupOverview &a, const WorkGroupOverview &b)
{
    return a.workGroup.id == b.workGroup.id && a.workGroup.version == b.workGroup.version
        && a.programmeCode == b.programmeCode && a.programmeTitle == b.programmeTitle
        && a.academicYear == b.academicYear && a.leadName == b.leadName && a.schools == b.schools
        && a.participants == b.participants && a.sessionsHeld == b.sessionsHeld
        && a.sessionsPlanned == b.sessionsPlanned && a.attendanceCounted == b.attendanceCounted
        && a.marksExpected == b.marksExpected && a.marksAttended == b.marksAttended;
}
} // namespace

void WorkGroupTableModel::refresh(bool recountAttendance)
{
    if (!m_loaded)
        return;
    WorkGroupStore store(m_db);
    WorkGroupQuery onScreen = m_query;
    onScreen.offset = 0;
    onScreen.limit = int(m_rows.size());
    onScreen.withAttendance = false;
    QList<WorkGroupOverview> rows
        = m_rows.isEmpty() ? QList<WorkGroupOverview>() : store.overview(onScreen);
    bool sameOrder = store.count(m_query) == m_total && rows.size() == m_rows.size();
    QList<RecordId> ids;
    for (int row = 0; sameOrder && row < rows.size(); ++row) {
        sameOrder = rows.at(row).workGroup.id == m_rows.at(row).workGroup.id;
        if (m_rows.at(row).attendanceCounted)
            ids << rows.at(row).workGroup.id;
    }
    if (!sameOrder) {
        reload();
        return;
    }
    // Attendance counted before is counted again for the rows on screen only, in one query.
    const QHash<RecordId, WorkGroupAttendance> counted = recountAttendance && !ids.isEmpty()
        ? store.attendance(ids)
        : QHash<RecordId, WorkGroupAttendance>();
    for (int row = 0; row < rows.size(); ++row) {
        WorkGroupOverview &now = rows[row];
        const WorkGroupOverview &shown = m_rows.at(row);
        if (now.attendanceCounted) {
            // Sorted by attendance: the query counted it already.
        } else if (recountAttendance && shown.attendanceCounted) {
            const WorkGroupAttendance marks = counted.value(now.workGroup.id);
            now.marksExpected = marks.expected;
            now.marksAttended = marks.attended;
            now.attendanceCounted = true;
        } else {
            now.marksExpected = shown.marksExpected;
            now.marksAttended = shown.marksAttended;
            now.attendanceCounted = shown.attendanceCounted;
        }
        if (!sameRow(now, shown)) {
            m_rows[row] = now;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QList<WorkGroupOverview> WorkGroupTableModel::page(int offset) const
{
    WorkGroupQuery page = m_query;
    page.offset = offset;
    page.limit = kPageSize;
    page.withAttendance = false;
    return WorkGroupStore(m_db).overview(page);
}

void WorkGroupTableModel::countAttendanceSoon() const
{
    if (m_countQueued)
        return;
    m_countQueued = true;
    // After the paint that asked: the rows are on screen before their attendance is counted.
    QTimer::singleShot(0, this,
                       [this] { const_cast<WorkGroupTableModel *>(this)->countAttendance(); });
}

void WorkGroupTableModel::countAttendance()
{
    m_countQueued = false;
    QList<RecordId> ids;
    for (const WorkGroupOverview &row : std::as_const(m_rows)) {
        if (!row.attendanceCounted)
            ids << row.workGroup.id;
    }
    if (ids.isEmpty())
        return;
    const QHash<RecordId, WorkGroupAttendance> counted = WorkGroupStore(m_db).attendance(ids);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        WorkGroupOverview &overview = m_rows[row];
        if (overview.attendanceCounted)
            continue;
        const WorkGroupAttendance marks = counted.value(overview.workGroup.id);
        overview.marksExpected = marks.expected;
        overview.marksAttended = marks.attended;
        overview.attendanceCounted = true;
        first = first < 0 ? row : first;
        last = row;
    }
    emit dataChanged(index(first, Attendance), index(last, Attendance));
}

bool WorkGroupTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void WorkGroupTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<WorkGroupOverview> more = page(int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the file changed underneath: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

void WorkGroupTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = WorkGroupQuery::SortColumn;
    static const Sort byColumn[ColumnCount]
        = { Sort::Code,   Sort::Title,   Sort::Programme,    Sort::Year,     Sort::Lead,
            Sort::Status, Sort::Schools, Sort::Participants, Sort::Sessions, Sort::Attendance };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = byColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    // Before the first load the view is only telling us its initial order.
    if (m_loaded)
        reload();
}

const WorkGroupOverview *WorkGroupTableModel::workGroupAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WorkGroupTableModel::rowOf(RecordId workGroupId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).workGroup.id == workGroupId)
            return row;
    }
    return -1;
}

int WorkGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkGroupTableModel::data(const QModelIndex &index, int role) const
{
    const WorkGroupOverview *row = workGroupAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->workGroup.id;
    const double rate = row->attendanceRate();
    if (index.column() == Attendance && !row->attendanceCounted
        && (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole
            || role == Qt::AccessibleTextRole)) {
        countAttendanceSoon();
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        // A screen reader says this rather than the dots.
        return role == Qt::AccessibleTextRole ? QVariant(tr("being counted")) : QVariant();
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Code:
            return row->workGroup.code;
        case Title:
            return row->workGroup.title;
        case Programme:
            return row->programmeCode;
        case Year:
            return row->academicYear;
        case Lead:
            return row->leadName;
        case Status:
            return sort ? QVariant(int(row->workGroup.status))
                        : QVariant(displayName(row->workGroup.status));
        case Schools:
            return sort ? QVariant(row->schools)
                        : QVariant(tr("%1 of %2").arg(row->schools).arg(row->workGroup.capacity));
        case Participants:
            return row->participants;
        case Sessions:
            return sort ? QVariant(row->sessionsHeld)
                        : QVariant(tr("%1 of %2").arg(row->sessionsHeld).arg(row->sessionsPlanned));
        case Attendance:
            if (sort)
                return rate;
            return rate < 0 ? QString()
                            : QLocale().toString(rate * 100.0, 'f', 0) + QLatin1Char('%');
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Programme)
            return row->programmeTitle;
        if (index.column() == Attendance && rate >= 0)
            return tr("%1 attendances of %2 expected")
                .arg(row->marksAttended)
                .arg(row->marksExpected);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Schools)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Programme:
        return tr("Programme");
    case Year:
        return tr("Year");
    case Lead:
        return tr("Lead");
    case Status:
        return tr("Status");
    case Schools:
        return tr("Schools");
    case Participants:
        return tr("Participants");
    case Sessions:
        return tr("Sessions held");
    case Attendance:
        return tr("Attendance");
    default:
        return {};
    }
}

} // namespace hubreg::ui
