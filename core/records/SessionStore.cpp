#include "SessionStore.h"

#include "AcademicYearStore.h"
#include "WorkGroupStore.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SessionStore)
};

const QString kSelect = QStringLiteral(
    "SELECT id, uuid, created_at, updated_at, version, work_group_id, number, title, held_on, "
    "start_time, "
    "end_time, mode, venue, kind, visit_school_id, status, notes, cancellation_reason FROM "
    "sessions");

Session readSession(const SqlQuery &q)
{
    Session s;
    recordio::read(q, s);
    s.workGroupId = q.value("work_group_id").toLongLong();
    s.number = q.value("number").toInt();
    s.title = q.value("title").toString();
    s.date = dateFrom(q.value("held_on"));
    s.startTime = timeFrom(q.value("start_time"));
    s.endTime = timeFrom(q.value("end_time"));
    s.mode = sessionModeFromStorage(q.value("mode").toString());
    s.venue = q.value("venue").toString();
    s.kind = sessionKindFromStorage(q.value("kind").toString());
    s.visitSchoolId = q.value("visit_school_id").toLongLong();
    s.status = sessionStatusFromStorage(q.value("status").toString());
    s.notes = q.value("notes").toString();
    s.cancellationReason = q.value("cancellation_reason").toString();
    return s;
}

void bindSession(SqlQuery &q, const Session &s)
{
    q.bind(QStringLiteral(":wg"), s.workGroupId)
        .bind(QStringLiteral(":number"), s.number)
        .bind(QStringLiteral(":title"), s.title.trimmed())
        .bind(QStringLiteral(":date"), nullableDate(s.date))
        .bind(QStringLiteral(":start"), nullableTime(s.startTime))
        .bind(QStringLiteral(":end"), nullableTime(s.endTime))
        .bind(QStringLiteral(":mode"), toStorage(s.mode))
        .bind(QStringLiteral(":venue"), s.venue.trimmed())
        .bind(QStringLiteral(":kind"), toStorage(s.kind))
        .bind(QStringLiteral(":visit"),
              s.kind == SessionKind::SchoolVisit ? nullableId(s.visitSchoolId) : QVariant())
        .bind(QStringLiteral(":status"), toStorage(s.status))
        .bind(QStringLiteral(":notes"), s.notes)
        // Only a cancelled session has a reason for it.
        .bind(QStringLiteral(":cancellation_reason"),
              s.status == SessionStatus::Cancelled ? s.cancellationReason.trimmed() : QString());
}
} // namespace

void SessionStore::validate(const Session &s) const
{
    SqlQuery wg(
        m_db,
        QStringLiteral("SELECT w.code, y.start_date, y.end_date, y.label FROM work_groups w "
                       "JOIN academic_years y ON y.id = w.academic_year_id WHERE w.id = :wg"));
    wg.bind(QStringLiteral(":wg"), s.workGroupId).exec();
    if (!wg.next())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The Work Group does not exist."),
                         Tr::tr("Session %1").arg(s.number));
    const QString record
        = Tr::tr("Session %1 of Work Group %2").arg(s.number).arg(wg.value(0).toString());
    auto fail = [&](StoreError::Kind kind, const QString &message, const char *field) {
        throw StoreError(kind, message, record, QLatin1String(field));
    };
    if (s.number < 1)
        fail(StoreError::Kind::Invalid, Tr::tr("A session number is 1 or more."), "number");
    const QDate yearStart = dateFrom(wg.value(1));
    const QDate yearEnd = dateFrom(wg.value(2));
    if (s.date.isValid() && (s.date < yearStart || s.date > yearEnd))
        fail(StoreError::Kind::Invalid,
             Tr::tr("The date %1 is outside the academic year %2.")
                 .arg(s.date.toString(QStringLiteral("dd/MM/yyyy")), wg.value(3).toString()),
             "date");
    if (s.startTime.isValid() && s.endTime.isValid() && s.endTime <= s.startTime)
        fail(StoreError::Kind::Invalid, Tr::tr("A session must end after it starts."), "endTime");
    if (s.kind == SessionKind::SchoolVisit) {
        if (s.visitSchoolId <= 0)
            fail(StoreError::Kind::Invalid, Tr::tr("Choose the school visited."), "visitSchoolId");
        SqlQuery enrolled(m_db,
                          QStringLiteral("SELECT 1 FROM work_group_schools WHERE work_group_id = "
                                         ":wg AND school_id = :school"));
        enrolled.bind(QStringLiteral(":wg"), s.workGroupId)
            .bind(QStringLiteral(":school"), s.visitSchoolId);
        if (!enrolled.scalar().isValid())
            fail(StoreError::Kind::Conflict,
                 Tr::tr("The school visited is not in this Work Group."), "visitSchoolId");
    }
    SqlQuery clash(m_db,
                   QStringLiteral("SELECT 1 FROM sessions WHERE work_group_id = :wg AND number "
                                  "= :number AND id <> :id"));
    clash.bind(QStringLiteral(":wg"), s.workGroupId)
        .bind(QStringLiteral(":number"), s.number)
        .bind(QStringLiteral(":id"), s.id);
    if (clash.scalar().isValid())
        fail(StoreError::Kind::Duplicate,
             Tr::tr("There is already a session %1 in this Work Group.").arg(s.number), "number");
}

void SessionStore::add(Session &session)
{
    Session stored = session;
    if (stored.number <= 0)
        stored.number = nextNumber(stored.workGroupId);
    if (stored.title.trimmed().isEmpty())
        stored.title = Tr::tr("Session %1").arg(stored.number);
    validate(stored);
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO sessions (uuid, work_group_id, number, title, held_on, start_time, "
            "end_time, "
            "mode, venue, kind, visit_school_id, status, notes, cancellation_reason, created_at, "
            "updated_at) VALUES (:uuid, :wg, :number, :title, :date, :start, :end, :mode, :venue, "
            ":kind, :visit, :status, :notes, :cancellation_reason, :created_at, :updated_at)"));
    recordio::bindNew(query, stored);
    bindSession(query, stored);
    query.exec();
    stored.id = query.lastInsertId();
    session = stored;
    m_db.noteChange(Entity::Session, stored.id);
}

void SessionStore::update(Session &session)
{
    validate(session);
    // Its marks would otherwise belong to participants of another Work Group.
    SqlQuery moving(
        m_db,
        QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN sessions s ON "
                       "s.id = m.session_id WHERE s.id = :id AND s.work_group_id <> :wg"));
    moving.bind(QStringLiteral(":id"), session.id).bind(QStringLiteral(":wg"), session.workGroupId);
    if (moving.scalar().toLongLong() > 0)
        throw StoreError(
            StoreError::Kind::Conflict,
            Tr::tr("Session %1 has attendance marks, so it cannot move to another Work "
                   "Group.")
                .arg(session.number),
            Tr::tr("Session %1").arg(session.number), QStringLiteral("workGroupId"));
    Session stored = session;
    recordio::stampUpdate(m_db, stored);
    Transaction transaction(m_db);
    SqlQuery query(
        m_db,
        recordio::updateSql(
            QStringLiteral("sessions"),
            QStringLiteral("work_group_id = :wg, number = :number, title = :title, held_on = "
                           ":date, start_time = :start, end_time = :end, mode = :mode, venue = "
                           ":venue, kind = :kind, visit_school_id = :visit, status = :status, "
                           "notes = :notes, cancellation_reason = :cancellation_reason")));
    recordio::bindUpdate(query, stored);
    bindSession(query, stored);
    recordio::writeUpdate(m_db, query, QStringLiteral("sessions"), stored,
                          Tr::tr("The session no longer exists."),
                          Tr::tr("Session %1").arg(session.number));
    if (stored.status == SessionStatus::Held)
        WorkGroupStore(m_db).startOnceHeld(stored.workGroupId);
    transaction.commit();
    session = stored;
    m_db.noteChange(Entity::Session, session.id);
}

void SessionStore::remove(RecordId id)
{
    const qint64 marks = recordio::count(
        m_db, QStringLiteral("SELECT count(*) FROM attendance_marks WHERE session_id = :id"), id);
    if (marks > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("The session has a register with %n mark(s); cancel it instead of "
                                "removing it.",
                                nullptr, int(marks)));
    recordio::removeRow(m_db, QStringLiteral("sessions"), id, Entity::Session,
                        Tr::tr("The session"));
}

std::optional<Session> SessionStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

QList<Session> SessionStore::list(RecordId workGroupId) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE work_group_id = :wg ORDER BY number"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<Session> sessions;
    while (query.next())
        sessions << readSession(query);
    return sessions;
}

int SessionStore::nextNumber(RecordId workGroupId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM sessions WHERE "
                                  "work_group_id = :wg"));
    query.bind(QStringLiteral(":wg"), workGroupId);
    return query.scalar().toInt();
}

void SessionStore::setStatus(RecordId id, SessionStatus status)
{
    auto session = find(id);
    if (!session)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The session no longer exists."));
    session->status = status;
    update(*session);
}

void SessionStore::markHeld(RecordId id)
{
    SqlQuery held(m_db,
                  QStringLiteral("UPDATE sessions SET version = version + 1, status = 'held', "
                                 "updated_at = :now WHERE id "
                                 "= :id AND status = 'planned'"));
    held.bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (held.rowsAffected() > 0)
        m_db.noteChange(Entity::Session, id);
}

QList<QDate> SessionStore::seriesDates(RecordId workGroupId, const SessionSeriesPlan &plan) const
{
    QList<QDate> dates;
    if (plan.count <= 0)
        return dates;
    if (plan.rhythm == SessionSeriesPlan::Rhythm::EveryKWeeks) {
        for (int i = 0; i < plan.count; ++i)
            dates << (plan.firstDate.isValid()
                          ? plan.firstDate.addDays(7 * qMax(1, plan.weeksApart) * i)
                          : QDate());
        return dates;
    }
    const auto wg = [&] {
        SqlQuery q(m_db, QStringLiteral("SELECT academic_year_id FROM work_groups WHERE id = :wg"));
        q.bind(QStringLiteral(":wg"), workGroupId);
        return q.scalar().toLongLong();
    }();
    const QList<HalfTerm> terms = AcademicYearStore(const_cast<Database &>(m_db)).halfTerms(wg);
    if (terms.isEmpty())
        return dates;
    // The first date's offset into its half term is kept in each later half term.
    int firstTerm = 0;
    qint64 offset = 14; // default: the third week of each half term
    if (plan.firstDate.isValid()) {
        for (int i = 0; i < terms.size(); ++i) {
            if (plan.firstDate >= terms.at(i).startDate && plan.firstDate <= terms.at(i).endDate) {
                firstTerm = i;
                offset = terms.at(i).startDate.daysTo(plan.firstDate);
            }
        }
    }
    for (int i = 0; i < plan.count; ++i) {
        const int index = firstTerm + i;
        if (index >= terms.size()) {
            dates << QDate(); // more sessions than half terms left: dates to be arranged
            continue;
        }
        const HalfTerm &term = terms.at(index);
        QDate date = term.startDate.addDays(offset);
        if (date > term.endDate)
            date = term.endDate;
        dates << date;
    }
    if (plan.firstDate.isValid())
        dates[0] = plan.firstDate;
    return dates;
}

QList<Session> SessionStore::createSeries(RecordId workGroupId, const SessionSeriesPlan &plan)
{
    if (plan.count < 1 || plan.count > 60)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A series has between 1 and 60 sessions."),
                         Tr::tr("Session series"), QStringLiteral("count"));
    const QList<QDate> dates = seriesDates(workGroupId, plan);
    Transaction transaction(m_db);
    QList<Session> created;
    int number = nextNumber(workGroupId);
    const QString pattern = plan.titlePattern.contains(QLatin1String("%1")) ? plan.titlePattern
                                                                            : Tr::tr("Session %1");
    for (int i = 0; i < plan.count; ++i, ++number) {
        Session session;
        session.workGroupId = workGroupId;
        session.number = number;
        session.title = QString(pattern).arg(number);
        session.date = dates.value(i);
        session.startTime = plan.startTime;
        session.endTime = plan.endTime;
        session.mode = plan.mode;
        session.venue = plan.venue;
        add(session);
        created << session;
    }
    transaction.commit();
    return created;
}

void SessionStore::addAll(QList<Session> &sessions)
{
    Transaction transaction(m_db);
    QList<Session> added = sessions;
    for (Session &session : added)
        add(session);
    transaction.commit();
    sessions = added;
}

void SessionStore::removeAll(const QList<RecordId> &ids)
{
    Transaction transaction(m_db);
    for (auto id = ids.crbegin(); id != ids.crend(); ++id)
        remove(*id);
    transaction.commit();
}

void SessionStore::putBack(Session &session, WorkGroupStatus workGroupBefore)
{
    Transaction transaction(m_db);
    update(session);
    WorkGroupStore(m_db).restoreBeforeStart(session.workGroupId, workGroupBefore);
    transaction.commit();
}

} // namespace hubreg
