#include "AttendanceStore.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::AttendanceStore)
};

const QString kColumns = QStringLiteral(
    "m.id, m.uuid, m.created_at, m.updated_at, m.version, m.session_id, m.participant_id, m.mark, "
    "m.substitute_name, m.note, m.recorded_by, m.recorded_at");

AttendanceRecord readMark(const SqlQuery &q)
{
    AttendanceRecord r;
    recordio::read(q, r);
    r.sessionId = q.value("session_id").toLongLong();
    r.participantId = q.value("participant_id").toLongLong();
    const QString code = q.value("mark").toString();
    r.mark = markFromCode(code.isEmpty() ? QChar() : code.at(0)).value_or(AttendanceMark::Present);
    r.substituteName = q.value("substitute_name").toString();
    r.note = q.value("note").toString();
    r.recordedBy = q.value("recorded_by").toString();
    r.recordedAt = QDateTime::fromString(q.value("recorded_at").toString(), Qt::ISODateWithMs);
    return r;
}
} // namespace

AttendanceRecord AttendanceStore::setMark(AttendanceRecord record)
{
    return putMark(std::move(record), false);
}

AttendanceRecord AttendanceStore::putMark(AttendanceRecord record, bool mustBeNew)
{
    SqlQuery check(
        m_db,
        QStringLiteral(
            "SELECT s.status, s.work_group_id AS session_group, p.work_group_id AS "
            "participant_group, "
            "s.number, w.code FROM sessions s "
            "JOIN work_groups w ON w.id = s.work_group_id "
            "LEFT JOIN work_group_participants p ON p.id = :participant WHERE s.id = :session"));
    check.bind(QStringLiteral(":participant"), record.participantId)
        .bind(QStringLiteral(":session"), record.sessionId)
        .exec();
    if (!check.next())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The session does not exist."),
                         Tr::tr("Attendance mark"));
    const QString what = Tr::tr("Session %1 of Work Group %2")
                             .arg(check.value("number").toInt())
                             .arg(check.value("code").toString());
    if (check.value("participant_group").isNull())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The participant does not exist."),
                         what, QStringLiteral("participantId"));
    if (check.value("session_group").toLongLong() != check.value("participant_group").toLongLong())
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("The participant is not in the session's Work Group."), what,
                         QStringLiteral("participantId"));
    const QString status = check.value("status").toString();
    if (status == QLatin1String("cancelled"))
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("%1 was cancelled, so it takes no attendance marks.").arg(what),
                         what, QStringLiteral("sessionId"));
    if (record.mark != AttendanceMark::Substitute)
        record.substituteName.clear();

    Transaction transaction(m_db);
    // A mark stated as made over none is inserted, never found and updated: one someone else
    // committed since the writer looked is then refused by the unique key, not written over.
    const auto existing = mustBeNew ? std::nullopt : find(record.sessionId, record.participantId);
    const QDateTime now = m_db.clock().nowUtc();
    record.recordedAt = now;
    if (existing) {
        record.id = existing->id;
        record.uuid = existing->uuid;
        record.createdAt = existing->createdAt;
        record.updatedAt = now;
        record.version = existing->version;
        SqlQuery update(
            m_db,
            recordio::updateSql(QStringLiteral("attendance_marks"),
                                QStringLiteral("mark = :mark, substitute_name = :sub, note = "
                                               ":note, recorded_by = :by, recorded_at = :at")));
        recordio::bindUpdate(update, record);
        update.bind(QStringLiteral(":mark"), QString(codeOf(record.mark)))
            .bind(QStringLiteral(":sub"), record.substituteName.trimmed())
            .bind(QStringLiteral(":note"), record.note)
            .bind(QStringLiteral(":by"), record.recordedBy)
            .bind(QStringLiteral(":at"), Clock::timestamp(now));
        recordio::writeUpdate(m_db, update, QStringLiteral("attendance_marks"), record,
                              Tr::tr("The mark no longer exists."), Tr::tr("The mark"));
    } else {
        recordio::stampNew(m_db, record);
        SqlQuery insert(
            m_db,
            QStringLiteral(
                "INSERT INTO attendance_marks (uuid, session_id, participant_id, mark, "
                "substitute_name, "
                "note, recorded_by, recorded_at, created_at, updated_at) VALUES (:uuid, :session, "
                ":participant, :mark, :sub, :note, :by, :at, :created_at, :updated_at)"));
        recordio::bindNew(insert, record);
        insert.bind(QStringLiteral(":session"), record.sessionId)
            .bind(QStringLiteral(":participant"), record.participantId)
            .bind(QStringLiteral(":mark"), QString(codeOf(record.mark)))
            .bind(QStringLiteral(":sub"), record.substituteName.trimmed())
            .bind(QStringLiteral(":note"), record.note)
            .bind(QStringLiteral(":by"), record.recordedBy)
            .bind(QStringLiteral(":at"), Clock::timestamp(now))
            .exec();
        record.id = insert.lastInsertId();
    }
    if (status == QLatin1String("planned")) {
        // A register is being taken, so the session took place, and its Work Group has started.
        SessionStore(m_db).markHeld(record.sessionId);
        WorkGroupStore(m_db).startOnceHeld(check.value("session_group").toLongLong());
    }
    transaction.commit();
    m_db.noteChange(Entity::AttendanceMark, record.id);
    return record;
}

std::optional<AttendanceRecord> AttendanceStore::clearMark(RecordId sessionId,
                                                           RecordId participantId)
{
    const auto existing = find(sessionId, participantId);
    if (!existing)
        return std::nullopt;
    recordio::removeRow(m_db, QStringLiteral("attendance_marks"), existing->id,
                        Entity::AttendanceMark, Tr::tr("The attendance mark"));
    return existing;
}

std::optional<AttendanceRecord> AttendanceStore::find(RecordId sessionId,
                                                      RecordId participantId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM attendance_marks m WHERE m.session_id = :session "
                                        "AND m.participant_id = :participant"));
    query.bind(QStringLiteral(":session"), sessionId)
        .bind(QStringLiteral(":participant"), participantId)
        .exec();
    if (!query.next())
        return std::nullopt;
    return readMark(query);
}

void AttendanceStore::requireMark(RecordId sessionId, RecordId participantId,
                                  const KnownMark &known)
{
    bool asKnown = false;
    if (known.uuid.isNull()) {
        // A mark made meanwhile by someone else is refused here, or by the unique key when
        // it is committed after this look.
        SqlQuery any(m_db,
                     QStringLiteral("SELECT 1 FROM attendance_marks WHERE session_id = "
                                    ":session AND participant_id = :participant"));
        any.bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":participant"), participantId);
        asKnown = !any.scalar().isValid();
    } else {
        // A write that changes nothing: it checks the version and, on a server, locks the
        // mark against anyone else's change until this transaction ends.
        SqlQuery same(m_db,
                      QStringLiteral("UPDATE attendance_marks SET version = version WHERE "
                                     "session_id = :session AND participant_id = :participant "
                                     "AND uuid = :uuid AND version = :version"));
        same.bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":participant"), participantId)
            .bind(QStringLiteral(":uuid"), known.uuid.toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":version"), known.version)
            .exec();
        asKnown = same.rowsAffected() == 1;
    }
    if (!asKnown)
        throw staleMark();
}

StoreError AttendanceStore::staleMark()
{
    return StoreError(StoreError::Kind::Stale,
                      Tr::tr("This participant's mark has been changed by someone else since, so "
                             "it was left as they made it."),
                      Tr::tr("Attendance mark"));
}

QList<AttendanceRecord> AttendanceStore::marksForSession(RecordId sessionId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM attendance_marks m WHERE m.session_id = :session "
                                        "ORDER BY m.participant_id"));
    query.bind(QStringLiteral(":session"), sessionId).exec();
    QList<AttendanceRecord> marks;
    while (query.next())
        marks << readMark(query);
    return marks;
}

QList<AttendanceRecord> AttendanceStore::marksForWorkGroup(RecordId workGroupId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM attendance_marks m JOIN sessions s ON s.id = "
                                        "m.session_id WHERE s.work_group_id = :wg "
                                        "ORDER BY s.number, m.participant_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<AttendanceRecord> marks;
    while (query.next())
        marks << readMark(query);
    return marks;
}

QList<AttendanceRecord> AttendanceStore::markAllPresent(RecordId sessionId,
                                                        const QString &recordedBy)
{
    SqlQuery pending(
        m_db,
        QStringLiteral(
            "SELECT p.id FROM sessions s JOIN work_group_participants p ON p.work_group_id = "
            "s.work_group_id "
            " AND (s.kind <> 'school_visit' OR s.visit_school_id = p.school_id) "
            "LEFT JOIN work_group_schools e ON e.work_group_id = p.work_group_id AND e.school_id = "
            "p.school_id "
            "LEFT JOIN attendance_marks m ON m.session_id = s.id AND m.participant_id = p.id "
            "WHERE s.id = :session AND m.id IS NULL "
            " AND (p.joined_on IS NULL OR s.held_on IS NULL OR s.held_on >= p.joined_on) "
            " AND (p.left_on IS NULL OR s.held_on IS NULL OR s.held_on <= p.left_on) "
            " AND (e.joined_on IS NULL OR s.held_on IS NULL OR s.held_on >= e.joined_on) "
            " AND (e.withdrawn_on IS NULL OR s.held_on IS NULL OR s.held_on <= e.withdrawn_on) "
            "ORDER BY p.id"));
    pending.bind(QStringLiteral(":session"), sessionId).exec();
    QList<RecordId> participants;
    while (pending.next())
        participants << pending.value(0).toLongLong();

    Transaction transaction(m_db);
    QList<AttendanceRecord> made;
    for (RecordId participant : participants) {
        AttendanceRecord record;
        record.sessionId = sessionId;
        record.participantId = participant;
        record.mark = AttendanceMark::Present;
        record.recordedBy = recordedBy;
        made << setMark(record);
    }
    transaction.commit();
    return made;
}

std::optional<AttendanceRecord> AttendanceStore::replaceMark(RecordId sessionId,
                                                             RecordId participantId,
                                                             const std::optional<KnownMark> &known,
                                                             std::optional<AttendanceRecord> mark)
{
    Transaction transaction(m_db);
    if (known)
        requireMark(sessionId, participantId, *known);
    if (mark) {
        mark->id = 0;
        mark->sessionId = sessionId;
        mark->participantId = participantId;
        try {
            mark = putMark(*mark, known && known->uuid.isNull());
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Duplicate)
                throw;
            throw staleMark();
        }
    } else {
        clearMark(sessionId, participantId);
    }
    transaction.commit();
    return mark;
}

std::optional<AttendanceRecord> AttendanceStore::takeBackMark(RecordId sessionId,
                                                              RecordId participantId,
                                                              const std::optional<KnownMark> &known,
                                                              std::optional<AttendanceRecord> mark,
                                                              const StatusBefore &before)
{
    Transaction transaction(m_db);
    mark = replaceMark(sessionId, participantId, known, std::move(mark));
    restorePlanned(sessionId, before);
    transaction.commit();
    return mark;
}

QList<AttendanceRecord>
AttendanceStore::markPresentAgain(RecordId sessionId,
                                  const QList<std::pair<RecordId, std::optional<KnownMark>>> &marks,
                                  const QString &recordedBy)
{
    Transaction transaction(m_db);
    QList<AttendanceRecord> made;
    for (const auto &[participant, known] : marks) {
        AttendanceRecord present;
        present.mark = AttendanceMark::Present;
        present.recordedBy = recordedBy;
        made << *replaceMark(sessionId, participant, known, present);
    }
    transaction.commit();
    return made;
}

void AttendanceStore::takeBackMarks(
    RecordId sessionId, const QList<std::pair<RecordId, std::optional<KnownMark>>> &marks,
    const StatusBefore &before)
{
    Transaction transaction(m_db);
    for (const auto &[participant, known] : marks)
        replaceMark(sessionId, participant, known, std::nullopt);
    restorePlanned(sessionId, before);
    transaction.commit();
}

void AttendanceStore::restorePlanned(RecordId sessionId, const StatusBefore &before)
{
    if (before.session != SessionStatus::Planned)
        return;
    SessionStore sessions(m_db);
    const auto session = sessions.find(sessionId);
    if (!session)
        return;
    if (session->status == SessionStatus::Held && marksForSession(sessionId).isEmpty())
        sessions.setStatus(sessionId, SessionStatus::Planned);
    WorkGroupStore(m_db).restoreBeforeStart(session->workGroupId, before.workGroup);
}

} // namespace hubreg
