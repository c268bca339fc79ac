#include "WorkGroupTableModel.h"

#include "database/Database.h"

#include <QLocale>
#include <QTimer>

namespace hubreg::ui {

namespace {
// About two screens; more arrive as the view scrolls. Reading and counting rows off the screen
// was the most of what a national file's list cost to open.
constexpr int kPageSize = 50;
} // namespace

WorkGroupTableModel::WorkGroupTableModel(Database &db, QObject *parent)
    : PagedSqlTableModel(kPageSize, parent)
    , m_db(db)
{
    using Row = WorkGroupOverview;
    setColumns({
        { tr("Code"), [](const Row &row) { return row.workGroup.code; } },
        { tr("Title"), [](const Row &row) { return row.workGroup.title; } },
        { tr("Programme"),
          [](const Row &row) { return row.programmeCode; },
          {},
          [](const Row &row) { return row.programmeTitle; } },
        { tr("Year"), [](const Row &row) { return row.academicYear; } },
        { tr("Lead"), [](const Row &row) { return row.leadName; } },
        { tr("Status"), [](const Row &row) { return displayName(row.workGroup.status); } },
        { tr("Schools"),
          [](const Row &row) {
              return tr("%1 of %2").arg(row.schools).arg(row.workGroup.capacity);
          },
          kNumber },
        { tr("Participants"), [](const Row &row) { return row.participants; }, kNumber },
        { tr("Sessions held"),
          [](const Row &row) {
              return tr("%1 of %2").arg(row.sessionsHeld).arg(row.sessionsPlanned);
          },
          kNumber },
        { tr("Attendance"),
          [this](const Row &row) {
              if (!row.attendanceCounted) {
                  countAttendanceSoon();
                  return QStringLiteral("…");
              }
              const double rate = row.attendanceRate();
              return rate < 0 ? QString()
                              : QLocale().toString(rate * 100.0, 'f', 0) + QLatin1Char('%');
          },
          kNumber,
          [](const Row &row) {
              if (!row.attendanceCounted || row.attendanceRate() < 0)
                  return QVariant();
              return QVariant(tr("%1 attendances of %2 expected")
                                  .arg(row.marksAttended)
                                  .arg(row.marksExpected));
          } },
    });
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

QList<WorkGroupOverview> WorkGroupTableModel::read(const WorkGroupQuery &query) const
{
    WorkGroupQuery page = query;
    page.withAttendance = false;
    return WorkGroupStore(m_db).overview(page);
}

int WorkGroupTableModel::count(const WorkGroupQuery &query) const
{
    return WorkGroupStore(m_db).count(query);
}

bool WorkGroupTableModel::sortBy(WorkGroupQuery &query, int column) const
{
    using Sort = WorkGroupQuery::SortColumn;
    static const Sort byColumn[ColumnCount]
        = { Sort::Code,   Sort::Title,   Sort::Programme,    Sort::Year,     Sort::Lead,
            Sort::Status, Sort::Schools, Sort::Participants, Sort::Sessions, Sort::Attendance };
    if (column < 0 || column >= ColumnCount)
        return false;
    query.sortColumn = byColumn[column];
    return true;
}

void WorkGroupTableModel::refresh(bool recountAttendance)
{
    m_recountAttendance = recountAttendance;
    const QScopedValueRollback comparing(m_comparing, true);
    PagedSqlTableModel::refresh();
}

void WorkGroupTableModel::keepFromShown(QList<WorkGroupOverview> &fresh) const
{
    QHash<RecordId, const WorkGroupOverview *> shown;
    for (const WorkGroupOverview &row : rows())
        shown.insert(row.workGroup.id, &row);
    QList<RecordId> ids;
    for (const WorkGroupOverview &row : std::as_const(fresh)) {
        const WorkGroupOverview *before = shown.value(row.workGroup.id);
        if (before && before->attendanceCounted)
            ids << row.workGroup.id;
    }
    // Attendance counted before is counted again for the rows on screen only, in one query.
    const QHash<RecordId, WorkGroupAttendance> counted = m_recountAttendance && !ids.isEmpty()
        ? WorkGroupStore(m_db).attendance(ids)
        : QHash<RecordId, WorkGroupAttendance>();
    for (WorkGroupOverview &now : fresh) {
        const WorkGroupOverview *before = shown.value(now.workGroup.id);
        if (now.attendanceCounted || !before) {
            // Sorted by attendance, the query counted it already; a row new to the list is
            // counted once a view asks.
        } else if (m_recountAttendance && before->attendanceCounted) {
            const WorkGroupAttendance marks = counted.value(now.workGroup.id);
            now.marksExpected = marks.expected;
            now.marksAttended = marks.attended;
            now.attendanceCounted = true;
        } else {
            now.marksExpected = before->marksExpected;
            now.marksAttended = before->marksAttended;
            now.attendanceCounted = before->attendanceCounted;
        }
    }
}

void WorkGroupTableModel::countAttendanceSoon() const
{
    if (m_countQueued || m_comparing)
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
    for (const WorkGroupOverview &row : rows()) {
        if (!row.attendanceCounted)
            ids << row.workGroup.id;
    }
    if (ids.isEmpty())
        return;
    const QHash<RecordId, WorkGroupAttendance> counted = WorkGroupStore(m_db).attendance(ids);
    int first = -1;
    int last = -1;
    for (int row = 0; row < rowCount(); ++row) {
        WorkGroupOverview &overview = *mutableRowAt(row);
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

QVariant WorkGroupTableModel::cellData(const WorkGroupOverview &row, int column, int role) const
{
    if (role == IdRole)
        return row.workGroup.id;
    if (column == Attendance && !row.attendanceCounted
        && (role == SortRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
        countAttendanceSoon();
        // A screen reader says this rather than the dots.
        return role == Qt::AccessibleTextRole ? QVariant(tr("being counted")) : QVariant();
    }
    if (role != SortRole)
        return {};
    switch (column) {
    case Status:
        return int(row.workGroup.status);
    case Schools:
        return row.schools;
    case Sessions:
        return row.sessionsHeld;
    case Attendance:
        return row.attendanceRate();
    default:
        return textOf(row, column);
    }
}

} // namespace hubreg::ui
