#include "WorkGroupStore.h"

#include "PersonStore.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "figures/AttendanceRules.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::WorkGroupStore)
};

const QString kSelect = QStringLiteral("SELECT id, uuid, created_at, updated_at, version, hub_id, "
                                       "programme_id, academic_year_id, code, title, "
                                       "lead_person_id, status, capacity, notes FROM work_groups");

WorkGroup readWorkGroup(const SqlQuery &q)
{
    WorkGroup wg;
    recordio::read(q, wg);
    wg.hubId = q.value("hub_id").toLongLong();
    wg.programmeId = q.value("programme_id").toLongLong();
    wg.academicYearId = q.value("academic_year_id").toLongLong();
    wg.code = q.value("code").toString();
    wg.title = q.value("title").toString();
    wg.leadPersonId = q.value("lead_person_id").toLongLong();
    wg.status = workGroupStatusFromStorage(q.value("status").toString());
    wg.capacity = q.value("capacity").toInt();
    wg.notes = q.value("notes").toString();
    return wg;
}

void bindWorkGroup(SqlQuery &q, const WorkGroup &wg)
{
    q.bind(QStringLiteral(":hub"), wg.hubId)
        .bind(QStringLiteral(":programme"), wg.programmeId)
        .bind(QStringLiteral(":year"), wg.academicYearId)
        .bind(QStringLiteral(":code"), wg.code.trimmed())
        .bind(QStringLiteral(":title"), wg.title.trimmed())
        .bind(QStringLiteral(":lead"), nullableId(wg.leadPersonId))
        .bind(QStringLiteral(":status"), toStorage(wg.status))
        .bind(QStringLiteral(":capacity"), wg.capacity)
        .bind(QStringLiteral(":notes"), wg.notes);
}

const QString kSchoolEnrolmentColumns
    = QStringLiteral("e.id, e.uuid, e.created_at, e.updated_at, e.version, e.work_group_id, "
                     "e.school_id, e.joined_on, "
                     "e.withdrawn_on, e.head_commitment, e.eligibility_override, e.notes");

SchoolEnrolment readSchoolEnrolment(const SqlQuery &q)
{
    SchoolEnrolment e;
    recordio::read(q, e);
    e.workGroupId = q.value("work_group_id").toLongLong();
    e.schoolId = q.value("school_id").toLongLong();
    e.joinedOn = dateFrom(q.value("joined_on"));
    e.withdrawnOn = dateFrom(q.value("withdrawn_on"));
    e.headCommitment = q.value("head_commitment").toInt() != 0;
    e.eligibilityOverride = q.value("eligibility_override").toString();
    e.notes = q.value("notes").toString();
    return e;
}

const QString kParticipantColumns
    = QStringLiteral("p.id, p.uuid, p.created_at, p.updated_at, p.version, p.work_group_id, "
                     "p.person_id, p.school_id, "
                     "p.is_lead_participant, p.role, p.joined_on, p.left_on");

ParticipantEnrolment readParticipant(const SqlQuery &q)
{
    ParticipantEnrolment e;
    recordio::read(q, e);
    e.workGroupId = q.value("work_group_id").toLongLong();
    e.personId = q.value("person_id").toLongLong();
    e.schoolId = q.value("school_id").toLongLong();
    e.isLeadParticipant = q.value("is_lead_participant").toInt() != 0;
    e.role = q.value("role").toString();
    e.joinedOn = dateFrom(q.value("joined_on"));
    e.leftOn = dateFrom(q.value("left_on"));
    return e;
}
} // namespace

QString WorkGroupStore::describe(RecordId workGroupId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT code FROM work_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), workGroupId);
    const QVariant code = q.scalar();
    return code.isValid() ? Tr::tr("Work Group %1").arg(code.toString()) : Tr::tr("The Work Group");
}

void WorkGroupStore::validate(const WorkGroup &wg) const
{
    const QString record = Tr::tr("Work Group “%1”").arg(wg.code);
    auto fail = [&](StoreError::Kind kind, const QString &message, const char *field) {
        throw StoreError(kind, message, record, QLatin1String(field));
    };
    if (wg.code.trimmed().isEmpty())
        fail(StoreError::Kind::Invalid,
             Tr::tr("A Work Group needs a code, such as NCP 24-11 WG03."), "code");
    if (wg.capacity < 1 || wg.capacity > 200)
        fail(StoreError::Kind::Invalid,
             Tr::tr("A Work Group's capacity is between 1 and 200 schools."), "capacity");
    if (wg.hubId <= 0)
        fail(StoreError::Kind::Invalid, Tr::tr("A Work Group belongs to a hub."), "hubId");
    if (wg.programmeId <= 0)
        fail(StoreError::Kind::Invalid, Tr::tr("Choose the Work Group's programme."),
             "programmeId");
    if (wg.academicYearId <= 0)
        fail(StoreError::Kind::Invalid, Tr::tr("Choose the Work Group's academic year."),
             "academicYearId");
    recordio::requireRow(m_db, QStringLiteral("hubs"), wg.hubId, Tr::tr("The hub"));
    recordio::requireRow(m_db, QStringLiteral("programmes"), wg.programmeId,
                         Tr::tr("The programme"));
    recordio::requireRow(m_db, QStringLiteral("academic_years"), wg.academicYearId,
                         Tr::tr("The academic year"));
    if (wg.leadPersonId > 0)
        recordio::requireRow(m_db, QStringLiteral("people"), wg.leadPersonId,
                             Tr::tr("The Work Group Lead"));
    const auto other = findByCode(wg.code);
    if (other && other->id != wg.id)
        fail(StoreError::Kind::Duplicate,
             Tr::tr("There is already a Work Group with the code “%1”.").arg(wg.code.trimmed()),
             "code");
}

void WorkGroupStore::add(WorkGroup &workGroup)
{
    validate(workGroup);
    WorkGroup stored = workGroup;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO work_groups (uuid, hub_id, programme_id, academic_year_id, code, title, "
            "lead_person_id, status, capacity, notes, created_at, updated_at) VALUES (:uuid, :hub, "
            ":programme, :year, :code, :title, :lead, :status, :capacity, :notes, :created_at, "
            ":updated_at)"));
    recordio::bindNew(query, stored);
    bindWorkGroup(query, stored);
    query.exec();
    stored.id = query.lastInsertId();
    workGroup = stored;
    m_db.noteChange(Entity::WorkGroup, stored.id);
}

void WorkGroupStore::update(WorkGroup &workGroup)
{
    validate(workGroup);
    WorkGroup stored = workGroup;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        recordio::updateSql(
            QStringLiteral("work_groups"),
            QStringLiteral("hub_id = :hub, programme_id = :programme, academic_year_id = :year, "
                           "code = :code, title = :title, lead_person_id = :lead, status = "
                           ":status, capacity = :capacity, notes = :notes")));
    recordio::bindUpdate(query, stored);
    bindWorkGroup(query, stored);
    recordio::writeUpdate(m_db, query, QStringLiteral("work_groups"), stored,
                          Tr::tr("The Work Group no longer exists."),
                          Tr::tr("Work Group “%1”").arg(workGroup.code));
    workGroup = stored;
    m_db.noteChange(Entity::WorkGroup, workGroup.id);
}

void WorkGroupStore::remove(RecordId id)
{
    const QString what = describe(id);
    const qint64 marks = recordio::count(
        m_db,
        QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN sessions s ON s.id = "
                       "m.session_id WHERE s.work_group_id = :id"),
        id);
    if (marks > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("%1 has attendance recorded, so it is kept; set its status to "
                                "cancelled instead.")
                             .arg(what),
                         what);
    Transaction transaction(m_db);
    recordio::removeRow(m_db, QStringLiteral("work_groups"), id, Entity::WorkGroup, what);
    transaction.commit();
    m_db.noteChange(Entity::SchoolEnrolment);
    m_db.noteChange(Entity::ParticipantEnrolment);
    m_db.noteChange(Entity::Session);
}

std::optional<WorkGroup> WorkGroupStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readWorkGroup(query);
}

std::optional<WorkGroup> WorkGroupStore::findByCode(const QString &code) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE code = :code COLLATE NOCASE"));
    query.bind(QStringLiteral(":code"), code.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readWorkGroup(query);
}

namespace {
struct Filter
{
    QString where;
    QList<QPair<QString, QVariant>> bindings;
};

Filter filterFor(const WorkGroupQuery &query, const SqlDialect &dialect)
{
    Filter filter;
    QStringList conditions;
    if (query.academicYearId > 0) {
        conditions << QStringLiteral("w.academic_year_id = :year");
        filter.bindings << qMakePair(QStringLiteral(":year"), QVariant(query.academicYearId));
    }
    if (query.programmeId > 0) {
        conditions << QStringLiteral("w.programme_id = :programme");
        filter.bindings << qMakePair(QStringLiteral(":programme"), QVariant(query.programmeId));
    }
    if (query.leadPersonId > 0) {
        conditions << QStringLiteral("w.lead_person_id = :lead");
        filter.bindings << qMakePair(QStringLiteral(":lead"), QVariant(query.leadPersonId));
    }
    if (query.status) {
        conditions << QStringLiteral("w.status = :status");
        filter.bindings << qMakePair(QStringLiteral(":status"), QVariant(toStorage(*query.status)));
    }
    if (!query.text.trimmed().isEmpty()) {
        conditions << QStringLiteral("(w.code %1 :text ESCAPE '\\' OR w.title %1 :text ESCAPE '\\' "
                                     "OR pr.code %1 :text "
                                     "ESCAPE '\\' OR pr.title %1 :text ESCAPE '\\' OR "
                                     "(l.first_name || ' ' || l.last_name) "
                                     "%1 :text ESCAPE '\\')")
                          .arg(dialect.likeIgnoringCase());
        filter.bindings << qMakePair(
            QStringLiteral(":text"),
            QVariant(QLatin1Char('%') + likeEscaped(query.text.trimmed()) + QLatin1Char('%')));
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

const QString kJoins
    = QStringLiteral(" FROM work_groups w JOIN programmes pr ON pr.id = w.programme_id"
                     " JOIN academic_years y ON y.id = w.academic_year_id"
                     " LEFT JOIN people l ON l.id = w.lead_person_id");

const QString kSchoolsCount = QStringLiteral("(SELECT count(*) FROM work_group_schools e WHERE "
                                             "e.work_group_id = w.id AND e.withdrawn_on IS NULL)");
const QString kParticipantsCount
    = QStringLiteral("(SELECT count(*) FROM work_group_participants p WHERE p.work_group_id = w.id "
                     "AND p.left_on IS NULL)");
const QString kHeldCount = QStringLiteral(
    "(SELECT count(*) FROM sessions s WHERE s.work_group_id = w.id AND s.status = 'held')");

// An ORDER BY valid wherever w, pr, y and l are joined; the id breaks ties so pages are stable.
QString orderFor(const WorkGroupQuery &query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.sortColumn) {
    case WorkGroupQuery::SortColumn::Default:
        return QStringLiteral(" ORDER BY y.start_date DESC, w.code COLLATE NOCASE, w.id");
    case WorkGroupQuery::SortColumn::Code:
        key = QStringLiteral("w.code COLLATE NOCASE");
        break;
    case WorkGroupQuery::SortColumn::Title:
        key = QStringLiteral("w.title COLLATE NOCASE");
        break;
    case WorkGroupQuery::SortColumn::Programme:
        key = QStringLiteral("pr.code COLLATE NOCASE");
        break;
    case WorkGroupQuery::SortColumn::Year:
        key = QStringLiteral("y.start_date");
        break;
    case WorkGroupQuery::SortColumn::Lead: {
        // A Work Group without a Lead sorts as the smallest, as SQLite orders NULL.
        const QString nulls
            = query.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        return QStringLiteral(" ORDER BY l.last_name COLLATE NOCASE") + dir + nulls
            + QStringLiteral(", l.first_name COLLATE NOCASE") + dir + nulls
            + QStringLiteral(", w.id") + dir;
    }
    case WorkGroupQuery::SortColumn::Status:
        key = QStringLiteral(
            "CASE w.status WHEN 'planned' THEN 0 WHEN 'recruiting' THEN 1 WHEN 'running' "
            "THEN 2 WHEN 'completed' THEN 3 ELSE 4 END");
        break;
    case WorkGroupQuery::SortColumn::Schools:
        key = kSchoolsCount;
        break;
    case WorkGroupQuery::SortColumn::Participants:
        key = kParticipantsCount;
        break;
    case WorkGroupQuery::SortColumn::Sessions:
        key = kHeldCount;
        break;
    case WorkGroupQuery::SortColumn::Attendance:
        key = QStringLiteral("CASE WHEN coalesce(mk.expected, 0) > 0 THEN mk.attended * 1.0 / "
                             "mk.expected ELSE -1 END");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", w.id") + dir;
}

// The programme and year of a Work Group always exist (foreign keys that may not be null, and
// neither can be deleted from under it) and its Lead is an outer join, so the joins change no
// count: they are made only when the search or the order reads them. Counting a national year
// (3,000 Work Groups) through them cost eight times as much.
QString joinsFor(const WorkGroupQuery &query, bool withOrder)
{
    using Sort = WorkGroupQuery::SortColumn;
    const bool ordered = withOrder
        && (query.sortColumn == Sort::Default || query.sortColumn == Sort::Programme
            || query.sortColumn == Sort::Year || query.sortColumn == Sort::Lead);
    return ordered || !query.text.trimmed().isEmpty() ? kJoins
                                                      : QStringLiteral(" FROM work_groups w");
}

QString pageFor(const WorkGroupQuery &query)
{
    return query.limit >= 0
        ? QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset))
        : QString();
}
} // namespace

QList<WorkGroupOverview> WorkGroupStore::overview(const WorkGroupQuery &query) const
{
    const Filter filter = filterFor(query, m_db.dialect());
    const QString order = orderFor(query);
    // Attendance is known only once computed, so sorting by it pages after computing; every
    // other order pages first and computes attendance for the page alone, or not at all.
    const bool byAttendance = query.sortColumn == WorkGroupQuery::SortColumn::Attendance;
    const bool withAttendance = query.withAttendance || byAttendance;
    const QString chosen = QStringLiteral("chosen AS (SELECT w.id AS id")
        + joinsFor(query, !byAttendance) + filter.where
        + (byAttendance ? QString() : order + pageFor(query)) + QStringLiteral(")");
    const QString marks = withAttendance ? QStringLiteral(", ")
            + rules::participantSessionsCte(QStringLiteral(
                "AND h.work_group_id IN (SELECT id FROM chosen)"))
            + QStringLiteral(", marks AS (SELECT work_group_id, sum(expected) AS expected, "
                             "sum(attended) AS attended FROM participant_sessions GROUP BY "
                             "work_group_id)")
                                         : QString();

    SqlQuery sql(
        m_db,
        QStringLiteral("WITH ") + chosen + marks + QStringLiteral(" SELECT ")
            + recordio::columns(QStringLiteral("w"))
            + QStringLiteral(
                ", w.hub_id, w.programme_id, w.academic_year_id, w.code, w.title, "
                "w.lead_person_id, "
                "w.status, w.capacity, w.notes, pr.code AS programme_code, pr.title AS "
                "programme_title, y.label AS academic_year, "
                "trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')) AS "
                "lead_name, ")
            + kSchoolsCount + QStringLiteral(" AS schools, ") + kParticipantsCount
            + QStringLiteral(" AS participants, ") + kHeldCount
            + QStringLiteral(" AS sessions_held, (SELECT count(*) FROM sessions s WHERE "
                             "s.work_group_id = w.id AND s.status <> 'cancelled') AS "
                             "sessions_planned, ")
            + (withAttendance ? QStringLiteral("coalesce(mk.expected, 0) AS marks_expected, "
                                               "coalesce(mk.attended, 0) AS marks_attended")
                              : QStringLiteral("0 AS marks_expected, 0 AS marks_attended"))
            + kJoins + QStringLiteral(" JOIN chosen c ON c.id = w.id")
            + (withAttendance ? QStringLiteral(" LEFT JOIN marks mk ON mk.work_group_id = w.id")
                              : QString())
            + order + (byAttendance ? pageFor(query) : QString()));
    for (const auto &binding : filter.bindings)
        sql.bind(binding.first, binding.second);
    sql.exec();
    QList<WorkGroupOverview> rows;
    while (sql.next()) {
        WorkGroupOverview row;
        row.workGroup = readWorkGroup(sql);
        row.programmeCode = sql.value("programme_code").toString();
        row.programmeTitle = sql.value("programme_title").toString();
        row.academicYear = sql.value("academic_year").toString();
        row.leadName = sql.value("lead_name").toString();
        row.schools = sql.value("schools").toInt();
        row.participants = sql.value("participants").toInt();
        row.sessionsHeld = sql.value("sessions_held").toInt();
        row.sessionsPlanned = sql.value("sessions_planned").toInt();
        row.marksExpected = sql.value("marks_expected").toInt();
        row.marksAttended = sql.value("marks_attended").toInt();
        row.attendanceCounted = withAttendance;
        rows << row;
    }
    return rows;
}

QHash<RecordId, WorkGroupAttendance>
WorkGroupStore::attendance(const QList<RecordId> &workGroupIds) const
{
    QHash<RecordId, WorkGroupAttendance> result;
    if (workGroupIds.isEmpty())
        return result;
    // Ids are numbers, so they are written into the statement: a page is a hundred of them.
    QStringList ids;
    ids.reserve(workGroupIds.size());
    for (const RecordId id : workGroupIds)
        ids << QString::number(id);
    SqlQuery sql(
        m_db,
        QStringLiteral("WITH ")
            + rules::participantSessionsCte(
                QStringLiteral("AND h.work_group_id IN (%1)").arg(ids.join(QLatin1Char(','))))
            + QStringLiteral(" SELECT work_group_id, sum(expected) AS expected, "
                             "sum(attended) AS attended FROM participant_sessions "
                             "GROUP BY work_group_id"));
    sql.exec();
    while (sql.next()) {
        WorkGroupAttendance counted;
        counted.expected = sql.value("expected").toInt();
        counted.attended = sql.value("attended").toInt();
        result.insert(sql.value("work_group_id").toLongLong(), counted);
    }
    return result;
}

int WorkGroupStore::count(const WorkGroupQuery &query) const
{
    const Filter filter = filterFor(query, m_db.dialect());
    SqlQuery sql(m_db, QStringLiteral("SELECT count(*)") + joinsFor(query, false) + filter.where);
    for (const auto &binding : filter.bindings)
        sql.bind(binding.first, binding.second);
    return sql.scalar().toInt();
}

int WorkGroupStore::count() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM work_groups"));
    return query.scalar().toInt();
}

SchoolEnrolment WorkGroupStore::enrolSchool(SchoolEnrolment enrolment)
{
    const QString what = describe(enrolment.workGroupId);
    recordio::requireRow(m_db, QStringLiteral("work_groups"), enrolment.workGroupId, what);
    recordio::requireRow(m_db, QStringLiteral("schools"), enrolment.schoolId, Tr::tr("The school"));
    if (enrolment.joinedOn.isValid() && enrolment.withdrawnOn.isValid()
        && enrolment.withdrawnOn < enrolment.joinedOn)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A school cannot withdraw before it joined."), what,
                         QStringLiteral("withdrawnOn"));
    SqlQuery existing(m_db,
                      QStringLiteral("SELECT s.name FROM work_group_schools e JOIN schools s ON "
                                     "s.id = e.school_id WHERE e.work_group_id = :wg AND "
                                     "e.school_id = :school"));
    existing.bind(QStringLiteral(":wg"), enrolment.workGroupId)
        .bind(QStringLiteral(":school"), enrolment.schoolId);
    const QVariant name = existing.scalar();
    if (name.isValid())
        throw StoreError(StoreError::Kind::Duplicate,
                         Tr::tr("%1 is already in %2.").arg(name.toString(), what), what,
                         QStringLiteral("schoolId"));
    recordio::stampNew(m_db, enrolment);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO work_group_schools (uuid, work_group_id, school_id, joined_on, "
            "withdrawn_on, "
            "head_commitment, eligibility_override, notes, created_at, updated_at) VALUES (:uuid, "
            ":wg, :school, :joined, :withdrawn, :head, :override, :notes, :created_at, "
            ":updated_at)"));
    recordio::bindNew(query, enrolment);
    query.bind(QStringLiteral(":wg"), enrolment.workGroupId)
        .bind(QStringLiteral(":school"), enrolment.schoolId)
        .bind(QStringLiteral(":joined"), nullableDate(enrolment.joinedOn))
        .bind(QStringLiteral(":withdrawn"), nullableDate(enrolment.withdrawnOn))
        .bind(QStringLiteral(":head"), enrolment.headCommitment ? 1 : 0)
        .bind(QStringLiteral(":override"), enrolment.eligibilityOverride.trimmed())
        .bind(QStringLiteral(":notes"), enrolment.notes)
        .exec();
    enrolment.id = query.lastInsertId();
    m_db.noteChange(Entity::SchoolEnrolment, enrolment.id);
    return enrolment;
}

void WorkGroupStore::updateSchoolEnrolment(SchoolEnrolment &enrolment)
{
    const QString what = describe(enrolment.workGroupId);
    if (enrolment.joinedOn.isValid() && enrolment.withdrawnOn.isValid()
        && enrolment.withdrawnOn < enrolment.joinedOn)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A school cannot withdraw before it joined."), what,
                         QStringLiteral("withdrawnOn"));
    SchoolEnrolment stored = enrolment;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        recordio::updateSql(
            QStringLiteral("work_group_schools"),
            QStringLiteral("joined_on = :joined, withdrawn_on = :withdrawn, head_commitment = "
                           ":head, eligibility_override = :override, notes = :notes")));
    recordio::bindUpdate(query, stored);
    query.bind(QStringLiteral(":joined"), nullableDate(stored.joinedOn))
        .bind(QStringLiteral(":withdrawn"), nullableDate(stored.withdrawnOn))
        .bind(QStringLiteral(":head"), stored.headCommitment ? 1 : 0)
        .bind(QStringLiteral(":override"), stored.eligibilityOverride.trimmed())
        .bind(QStringLiteral(":notes"), stored.notes);
    recordio::writeUpdate(m_db, query, QStringLiteral("work_group_schools"), stored,
                          Tr::tr("The school's enrolment no longer exists."), what);
    enrolment = stored;
    m_db.noteChange(Entity::SchoolEnrolment, enrolment.id);
}

void WorkGroupStore::withdrawSchool(RecordId enrolmentId, const QDate &on)
{
    auto enrolment = findSchoolEnrolment(enrolmentId);
    if (!enrolment)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("The school's enrolment no longer exists."));
    if (!on.isValid())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Give the date the school withdrew."),
                         describe(enrolment->workGroupId), QStringLiteral("withdrawnOn"));
    enrolment->withdrawnOn = on;
    updateSchoolEnrolment(*enrolment);
}

void WorkGroupStore::removeSchoolEnrolment(RecordId enrolmentId)
{
    const auto enrolment = findSchoolEnrolment(enrolmentId);
    if (!enrolment)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("The school's enrolment no longer exists."));
    const QString what = describe(enrolment->workGroupId);
    SqlQuery participants(m_db,
                          QStringLiteral("SELECT count(*) FROM work_group_participants WHERE "
                                         "work_group_id = :wg AND school_id = :school"));
    participants.bind(QStringLiteral(":wg"), enrolment->workGroupId)
        .bind(QStringLiteral(":school"), enrolment->schoolId);
    if (participants.scalar().toInt() > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("The school has participants in %1; record its withdrawal instead, "
                                "or remove its participants first.")
                             .arg(what),
                         what);
    SqlQuery visits(m_db,
                    QStringLiteral("SELECT count(*) FROM sessions WHERE work_group_id = :wg AND "
                                   "visit_school_id = :school"));
    visits.bind(QStringLiteral(":wg"), enrolment->workGroupId)
        .bind(QStringLiteral(":school"), enrolment->schoolId);
    if (visits.scalar().toInt() > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("%1 has visits to this school; remove them, or record the school's "
                                "withdrawal instead.")
                             .arg(what),
                         what);
    recordio::removeRow(m_db, QStringLiteral("work_group_schools"), enrolmentId,
                        Entity::SchoolEnrolment, Tr::tr("The school's enrolment"));
}

std::optional<SchoolEnrolment> WorkGroupStore::findSchoolEnrolment(RecordId enrolmentId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kSchoolEnrolmentColumns
                       + QStringLiteral(" FROM work_group_schools e WHERE e.id = :id"));
    query.bind(QStringLiteral(":id"), enrolmentId).exec();
    if (!query.next())
        return std::nullopt;
    return readSchoolEnrolment(query);
}

QList<SchoolEnrolmentListing> WorkGroupStore::schools(RecordId workGroupId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT ") + kSchoolEnrolmentColumns
            + QStringLiteral(
                ", s.urn, s.name, s.la_name, s.phase FROM work_group_schools e JOIN schools s ON "
                "s.id = "
                "e.school_id WHERE e.work_group_id = :wg ORDER BY s.name COLLATE NOCASE, e.id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SchoolEnrolmentListing> rows;
    while (query.next()) {
        SchoolEnrolmentListing row;
        row.enrolment = readSchoolEnrolment(query);
        row.urn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
        row.schoolName = query.value("name").toString();
        row.laName = query.value("la_name").toString();
        row.phase = query.value("phase").toString();
        rows << row;
    }
    return rows;
}

void WorkGroupStore::checkParticipant(const ParticipantEnrolment &e) const
{
    const QString what = describe(e.workGroupId);
    recordio::requireRow(m_db, QStringLiteral("work_groups"), e.workGroupId, what);
    if (e.schoolId <= 0)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Choose the school the participant represents."), what,
                         QStringLiteral("schoolId"));
    if (e.joinedOn.isValid() && e.leftOn.isValid() && e.leftOn < e.joinedOn)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A participant cannot leave before joining."), what,
                         QStringLiteral("leftOn"));
    SqlQuery enrolled(m_db,
                      QStringLiteral("SELECT 1 FROM work_group_schools WHERE work_group_id = "
                                     ":wg AND school_id = :school"));
    enrolled.bind(QStringLiteral(":wg"), e.workGroupId).bind(QStringLiteral(":school"), e.schoolId);
    if (!enrolled.scalar().isValid()) {
        SqlQuery school(m_db, QStringLiteral("SELECT name FROM schools WHERE id = :id"));
        school.bind(QStringLiteral(":id"), e.schoolId);
        const QVariant name = school.scalar();
        throw StoreError(
            StoreError::Kind::Conflict,
            Tr::tr("%1 is not enrolled in %2; enrol the school before its participants.")
                .arg(name.isValid() ? name.toString() : Tr::tr("The school"), what),
            what, QStringLiteral("schoolId"));
    }
}

ParticipantEnrolment WorkGroupStore::enrolParticipant(ParticipantEnrolment enrolment)
{
    SqlQuery person(m_db,
                    QStringLiteral("SELECT school_id, first_name || ' ' || last_name FROM "
                                   "people WHERE id = :id"));
    person.bind(QStringLiteral(":id"), enrolment.personId).exec();
    if (!person.next())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The person does not exist."),
                         describe(enrolment.workGroupId), QStringLiteral("personId"));
    if (enrolment.schoolId <= 0)
        enrolment.schoolId = person.value(0).toLongLong();
    const QString name = person.value(1).toString().trimmed();
    checkParticipant(enrolment);
    SqlQuery existing(m_db,
                      QStringLiteral("SELECT 1 FROM work_group_participants WHERE "
                                     "work_group_id = :wg AND person_id = :person"));
    existing.bind(QStringLiteral(":wg"), enrolment.workGroupId)
        .bind(QStringLiteral(":person"), enrolment.personId);
    if (existing.scalar().isValid())
        throw StoreError(
            StoreError::Kind::Duplicate,
            Tr::tr("%1 is already a participant of %2.").arg(name, describe(enrolment.workGroupId)),
            describe(enrolment.workGroupId), QStringLiteral("personId"));
    recordio::stampNew(m_db, enrolment);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO work_group_participants (uuid, work_group_id, person_id, school_id, "
            "is_lead_participant, role, joined_on, left_on, created_at, updated_at) VALUES (:uuid, "
            ":wg, :person, :school, :lead, :role, :joined, :left, :created_at, :updated_at)"));
    recordio::bindNew(query, enrolment);
    query.bind(QStringLiteral(":wg"), enrolment.workGroupId)
        .bind(QStringLiteral(":person"), enrolment.personId)
        .bind(QStringLiteral(":school"), enrolment.schoolId)
        .bind(QStringLiteral(":lead"), enrolment.isLeadParticipant ? 1 : 0)
        .bind(QStringLiteral(":role"), enrolment.role.trimmed())
        .bind(QStringLiteral(":joined"), nullableDate(enrolment.joinedOn))
        .bind(QStringLiteral(":left"), nullableDate(enrolment.leftOn))
        .exec();
    enrolment.id = query.lastInsertId();
    m_db.noteChange(Entity::ParticipantEnrolment, enrolment.id);
    return enrolment;
}

void WorkGroupStore::updateParticipant(ParticipantEnrolment &enrolment)
{
    checkParticipant(enrolment);
    ParticipantEnrolment stored = enrolment;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        recordio::updateSql(QStringLiteral("work_group_participants"),
                            QStringLiteral("school_id = :school, is_lead_participant = :lead, role "
                                           "= :role, joined_on = :joined, left_on = :left")));
    recordio::bindUpdate(query, stored);
    query.bind(QStringLiteral(":school"), stored.schoolId)
        .bind(QStringLiteral(":lead"), stored.isLeadParticipant ? 1 : 0)
        .bind(QStringLiteral(":role"), stored.role.trimmed())
        .bind(QStringLiteral(":joined"), nullableDate(stored.joinedOn))
        .bind(QStringLiteral(":left"), nullableDate(stored.leftOn));
    recordio::writeUpdate(m_db, query, QStringLiteral("work_group_participants"), stored,
                          Tr::tr("The participant no longer exists."),
                          describe(enrolment.workGroupId));
    enrolment = stored;
    m_db.noteChange(Entity::ParticipantEnrolment, enrolment.id);
}

void WorkGroupStore::leave(RecordId participantId, const QDate &on)
{
    auto enrolment = findParticipant(participantId);
    if (!enrolment)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The participant no longer exists."));
    if (!on.isValid())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Give the date the participant left."),
                         describe(enrolment->workGroupId), QStringLiteral("leftOn"));
    enrolment->leftOn = on;
    updateParticipant(*enrolment);
}

void WorkGroupStore::removeParticipant(RecordId participantId)
{
    const auto enrolment = findParticipant(participantId);
    if (!enrolment)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The participant no longer exists."));
    const qint64 marks = recordio::count(
        m_db, QStringLiteral("SELECT count(*) FROM attendance_marks WHERE participant_id = :id"),
        participantId);
    if (marks > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("The participant has attendance marks in %1; record the date they "
                                "left instead.")
                             .arg(describe(enrolment->workGroupId)),
                         describe(enrolment->workGroupId));
    recordio::removeRow(m_db, QStringLiteral("work_group_participants"), participantId,
                        Entity::ParticipantEnrolment, Tr::tr("The participant"));
}

std::optional<ParticipantEnrolment> WorkGroupStore::findParticipant(RecordId participantId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kParticipantColumns
                       + QStringLiteral(" FROM work_group_participants p WHERE p.id = :id"));
    query.bind(QStringLiteral(":id"), participantId).exec();
    if (!query.next())
        return std::nullopt;
    return readParticipant(query);
}

QList<ParticipantListing> WorkGroupStore::participants(RecordId workGroupId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT ") + kParticipantColumns
            + QStringLiteral(
                ", pe.first_name, pe.last_name, pe.email, s.urn, s.name FROM "
                "work_group_participants p "
                "JOIN people pe ON pe.id = p.person_id JOIN schools s ON s.id = p.school_id "
                "WHERE p.work_group_id = :wg ORDER BY s.name COLLATE NOCASE, pe.last_name COLLATE "
                "NOCASE, pe.first_name COLLATE NOCASE, p.id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<ParticipantListing> rows;
    while (query.next()) {
        ParticipantListing row;
        row.enrolment = readParticipant(query);
        row.firstName = query.value("first_name").toString();
        row.lastName = query.value("last_name").toString();
        row.email = query.value("email").toString();
        row.schoolUrn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
        row.schoolName = query.value("name").toString();
        rows << row;
    }
    return rows;
}

bool WorkGroupStore::startOnceHeld(RecordId workGroupId)
{
    SqlQuery query(
        m_db,
        QStringLiteral("UPDATE work_groups SET version = version + 1, status = 'running', "
                       "updated_at = :now WHERE id = :wg"
                       " AND status IN ('planned', 'recruiting')"
                       " AND EXISTS (SELECT 1 FROM sessions s WHERE s.work_group_id = :wg AND "
                       "s.status = 'held')"));
    query.bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()))
        .bind(QStringLiteral(":wg"), workGroupId)
        .exec();
    if (query.rowsAffected() == 0)
        return false;
    m_db.noteChange(Entity::WorkGroup, workGroupId);
    return true;
}

void WorkGroupStore::restoreBeforeStart(RecordId workGroupId, WorkGroupStatus before)
{
    if (before != WorkGroupStatus::Planned && before != WorkGroupStatus::Recruiting)
        return;
    SqlQuery query(
        m_db,
        QStringLiteral("UPDATE work_groups SET version = version + 1, status = :before, updated_at "
                       "= :now WHERE id = :wg"
                       " AND status = 'running'"
                       " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.work_group_id = :wg"
                       "  AND s.status = 'held')"));
    query.bind(QStringLiteral(":before"), toStorage(before))
        .bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()))
        .bind(QStringLiteral(":wg"), workGroupId)
        .exec();
    if (query.rowsAffected() > 0)
        m_db.noteChange(Entity::WorkGroup, workGroupId);
}

QDate WorkGroupStore::defaultJoinedOn(RecordId workGroupId) const
{
    // Adding to a Work Group of a past year, the year's last day: no later than its sessions.
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT y.end_date FROM work_groups w JOIN academic_years y ON y.id = "
            "w.academic_year_id"
            " WHERE w.id = :wg AND EXISTS (SELECT 1 FROM sessions s WHERE s.work_group_id = w.id"
            "  AND s.status = 'held')"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    if (!query.next())
        return {};
    const QDate today = m_db.clock().today();
    const QDate yearEnd = dateFrom(query.value(0));
    return yearEnd.isValid() && yearEnd < today ? yearEnd : today;
}

void WorkGroupStore::updateParticipant(ParticipantEnrolment &enrolment, Person &person)
{
    Transaction transaction(m_db);
    Person storedPerson = person;
    PersonStore(m_db).update(storedPerson);
    ParticipantEnrolment stored = enrolment;
    updateParticipant(stored);
    transaction.commit();
    person = storedPerson;
    enrolment = stored;
}

void WorkGroupStore::enrolParticipants(QList<NewParticipant> &participants)
{
    // On a copy: the ids count only once the whole block is committed.
    QList<NewParticipant> enrolled = participants;
    Transaction transaction(m_db);
    PersonStore people(m_db);
    for (NewParticipant &participant : enrolled) {
        if (participant.isNewPerson) {
            participant.person.id = 0;
            people.add(participant.person);
            participant.enrolment.personId = participant.person.id;
        }
        participant.enrolment.id = 0;
        participant.enrolment = enrolParticipant(participant.enrolment);
    }
    transaction.commit();
    participants = enrolled;
}

void WorkGroupStore::removeParticipants(const QList<RecordId> &participantIds)
{
    Transaction transaction(m_db);
    for (auto id = participantIds.crbegin(); id != participantIds.crend(); ++id)
        removeParticipant(*id);
    transaction.commit();
}

} // namespace hubreg
