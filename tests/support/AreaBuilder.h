#pragma once

#include "database/Entity.h"
#include "domain/AcademicYear.h"
#include "domain/Attendance.h"
#include "domain/WorkGroup.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubreg::test {

// Header-only, so tests include it without a build change. Builds a hub's area to order for
// engagement and completion tests: schools with GIAS fields, links, Work Groups with held, planned
// and cancelled sessions, and registers.
class AreaBuilder
{
public:
    AreaBuilder(Database &db, const QStringList &localAuthorities);

    RecordId hubId() const { return m_hubId; }

    RecordId school(int urn, const QString &name, const QString &laCode, const QString &phase,
                    const QString &status = QStringLiteral("Open"),
                    const QString &typeGroup
                    = QStringLiteral("Local authority maintained schools"));
    // GIAS's row on the newer URN's side: `successor` has `predecessor` as its predecessor.
    void link(int successor, int predecessor, const QString &type = QStringLiteral("Predecessor"));

    // A Work Group of the hub with `held` held sessions, then `planned` planned ones, then
    // `cancelled` cancelled ones, a month apart from 1 October of the year.
    RecordId workGroup(const QString &code, const QString &programme, const QString &year,
                       WorkGroupStatus status, int held, int planned = 0, int cancelled = 0);
    QList<RecordId> sessions(RecordId workGroupId) const { return m_sessions.value(workGroupId); }

    // Enrols the school with one participant, who gets `marks` at the held sessions in order
    // (Present for as many as `attended` when `marks` is empty, Apologies for the rest).
    RecordId enrol(RecordId workGroupId, RecordId schoolId, int attended,
                   const QList<AttendanceMark> &marks = {});
    // Another participant of an enrolled school, with marks at the held sessions in order.
    RecordId addParticipant(RecordId workGroupId, RecordId schoolId,
                            const QList<AttendanceMark> &marks);
    void withdraw(RecordId workGroupId, RecordId schoolId, const QDate &on);

private:
    QList<RecordId> heldSessions(RecordId workGroupId) const;

    Database &m_db;
    RecordId m_hubId = 0;
    int m_people = 0;
    QHash<RecordId, QList<RecordId>> m_sessions;
};

inline AreaBuilder::AreaBuilder(Database &db, const QStringList &localAuthorities)
    : m_db(db)
{
    Hub hub;
    hub.name = QStringLiteral("Area Test Hub");
    HubStore(db).add(hub);
    m_hubId = hub.id;
    HubStore(db).setLocalAuthorities(hub.id, localAuthorities);
}

inline RecordId AreaBuilder::school(int urn, const QString &name, const QString &laCode,
                                    const QString &phase, const QString &status,
                                    const QString &typeGroup)
{
    School s;
    s.urn = *Urn::fromInt(urn);
    s.name = name;
    s.laCode = laCode;
    s.laName = QStringLiteral("LA ") + laCode;
    s.phase = phase;
    s.status = status;
    s.typeGroup = typeGroup;
    SchoolStore(m_db).add(s);
    return s.id;
}

inline void AreaBuilder::link(int successor, int predecessor, const QString &type)
{
    SchoolLink l;
    l.urn = *Urn::fromInt(successor);
    l.linkedUrn = *Urn::fromInt(predecessor);
    l.linkType = type;
    SchoolStore(m_db).upsertLink(l);
}

inline RecordId AreaBuilder::workGroup(const QString &code, const QString &programme,
                                       const QString &year, WorkGroupStatus status, int held,
                                       int planned, int cancelled)
{
    WorkGroup wg;
    wg.hubId = m_hubId;
    wg.programmeId = ProgrammeStore(m_db).findByCode(programme)->id;
    wg.academicYearId = AcademicYearStore(m_db).ensure(year).id;
    wg.code = code;
    wg.status = status;
    WorkGroupStore(m_db).add(wg);
    const QDate start = AcademicYear::startOf(year).addMonths(1);
    SessionStore sessions(m_db);
    int index = 0;
    for (const auto &[count, state] :
         QList<QPair<int, SessionStatus>> { { held, SessionStatus::Held },
                                            { planned, SessionStatus::Planned },
                                            { cancelled, SessionStatus::Cancelled } }) {
        for (int i = 0; i < count; ++i, ++index) {
            Session s;
            s.workGroupId = wg.id;
            s.date = start.addMonths(index);
            s.status = state;
            sessions.add(s);
            m_sessions[wg.id] << s.id;
        }
    }
    return wg.id;
}

inline QList<RecordId> AreaBuilder::heldSessions(RecordId workGroupId) const
{
    QList<RecordId> held;
    SessionStore sessions(m_db);
    for (RecordId id : m_sessions.value(workGroupId)) {
        if (sessions.find(id)->status == SessionStatus::Held)
            held << id;
    }
    return held;
}

inline RecordId AreaBuilder::enrol(RecordId workGroupId, RecordId schoolId, int attended,
                                   const QList<AttendanceMark> &marks)
{
    SchoolEnrolment e;
    e.workGroupId = workGroupId;
    e.schoolId = schoolId;
    const RecordId id = WorkGroupStore(m_db).enrolSchool(e).id;
    QList<AttendanceMark> marksToGive = marks;
    if (marksToGive.isEmpty()) {
        const int held = int(heldSessions(workGroupId).size());
        for (int i = 0; i < held; ++i)
            marksToGive << (i < attended ? AttendanceMark::Present : AttendanceMark::Apologies);
    }
    addParticipant(workGroupId, schoolId, marksToGive);
    return id;
}

inline RecordId AreaBuilder::addParticipant(RecordId workGroupId, RecordId schoolId,
                                            const QList<AttendanceMark> &marks)
{
    Person p;
    p.firstName = QStringLiteral("Participant");
    p.lastName = QString::number(++m_people);
    p.email = QStringLiteral("p%1@example.org").arg(m_people);
    p.schoolId = schoolId;
    PersonStore(m_db).add(p);
    ParticipantEnrolment pe;
    pe.workGroupId = workGroupId;
    pe.personId = p.id;
    pe.schoolId = schoolId;
    const RecordId participant = WorkGroupStore(m_db).enrolParticipant(pe).id;
    const QList<RecordId> held = heldSessions(workGroupId);
    AttendanceStore store(m_db);
    for (int i = 0; i < marks.size() && i < held.size(); ++i) {
        AttendanceRecord r;
        r.sessionId = held.at(i);
        r.participantId = participant;
        r.mark = marks.at(i);
        if (r.mark == AttendanceMark::Substitute)
            r.substituteName = QStringLiteral("A colleague");
        store.setMark(r);
    }
    return participant;
}

inline void AreaBuilder::withdraw(RecordId workGroupId, RecordId schoolId, const QDate &on)
{
    WorkGroupStore groups(m_db);
    for (const SchoolEnrolmentListing &row : groups.schools(workGroupId)) {
        if (row.enrolment.schoolId == schoolId)
            groups.withdrawSchool(row.enrolment.id, on);
    }
}

} // namespace hubreg::test
