#pragma once

#include "TestSupport.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

namespace hubreg::test {

// The small Work Group of buildSmallWorkGroup with everything the returns show, worked out by
// hand in tests/data/exports/README.md. Header-only so it needs no build change.
//
// Marks (S4 cancelled):   S1  S2  S3      Alder (100001, Leeds 383): Ann Ash, Amy Aspen
//   Ann Ash (lead part.)  P   L   P       Birch (100002, Bradford 380): Ben Beech
//   Amy Aspen             A   X   N
//   Ben Beech             P   A   P
// More schools for the hub's area (LAs 383 and 380): Cedar (383, Primary, maintained),
// Damson (380, Secondary, academy), Elm (closed), Fir (independent), Gorse (LA 999),
// Hazel (383, All-through, academy).
inline SmallWorkGroup buildHandCheckedHub(Database &db)
{
    SmallWorkGroup w = buildSmallWorkGroup(db);
    SchoolStore schools(db);
    School a = *schools.find(w.schoolA);
    a.laCode = QStringLiteral("383");
    a.laName = QStringLiteral("Leeds");
    a.typeGroup = QStringLiteral("Academies");
    schools.update(a);
    School b = *schools.find(w.schoolB);
    b.name = QStringLiteral("Birch, Zoë’s Primary School");
    b.laCode = QStringLiteral("380");
    b.laName = QStringLiteral("Bradford");
    b.typeGroup = QStringLiteral("Local authority maintained schools");
    schools.update(b);
    auto add = [&](int urn, const char *name, const char *la, const char *phase, const char *status,
                   const char *group) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = QString::fromUtf8(name);
        s.laCode = QLatin1String(la);
        s.phase = QLatin1String(phase);
        s.status = QLatin1String(status);
        s.typeGroup = QLatin1String(group);
        schools.add(s);
    };
    add(100003, "Cedar Primary School", "383", "Primary", "Open",
        "Local authority maintained schools");
    add(100004, "Damson Academy", "380", "Secondary", "Open", "Academies");
    add(100005, "Elm Primary School", "383", "Primary", "Closed",
        "Local authority maintained schools");
    add(100006, "Fir Preparatory School", "383", "Primary", "Open", "Independent schools");
    add(100007, "Gorse Primary School", "999", "Primary", "Open", "Academies");
    add(100008, "Hazel All-through Academy", "383", "All-through", "Open", "Academies");
    HubStore(db).setLocalAuthorities(w.hubId, { QStringLiteral("383"), QStringLiteral("380") });

    PersonStore people(db);
    Person lead;
    lead.firstName = QStringLiteral("Lee");
    lead.lastName = QStringLiteral("Lead");
    lead.isWorkGroupLead = true;
    people.add(lead);
    Person ann = *people.find(w.personA1);
    ann.trn = QStringLiteral("1234567");
    people.update(ann);

    WorkGroupStore groups(db);
    WorkGroup wg = *groups.find(w.workGroupId);
    wg.leadPersonId = lead.id;
    groups.update(wg);
    ParticipantEnrolment a1 = *groups.findParticipant(w.participantA1);
    a1.isLeadParticipant = true;
    a1.role = QStringLiteral("Year 2 teacher");
    groups.updateParticipant(a1);
    // Free text that a spreadsheet would run as a formula.
    ParticipantEnrolment a2 = *groups.findParticipant(w.participantA2);
    a2.role = QStringLiteral("=HYPERLINK(\"http://x\")");
    groups.updateParticipant(a2);

    SessionStore sessions(db);
    Session s1 = *sessions.find(w.sessions.at(0));
    s1.venue = QStringLiteral("Alder Primary School, Hall");
    sessions.update(s1);
    Session s2 = *sessions.find(w.sessions.at(1));
    s2.mode = SessionMode::Online;
    sessions.update(s2);

    AttendanceStore marks(db);
    auto mark = [&](int session, RecordId participant, AttendanceMark value) {
        AttendanceRecord r;
        r.sessionId = w.sessions.at(session);
        r.participantId = participant;
        r.mark = value;
        marks.setMark(r);
    };
    using M = AttendanceMark;
    mark(0, w.participantA1, M::Present);
    mark(0, w.participantA2, M::Apologies);
    mark(0, w.participantB1, M::Present);
    mark(1, w.participantA1, M::Late);
    mark(1, w.participantA2, M::Absent);
    mark(1, w.participantB1, M::Apologies);
    mark(2, w.participantA1, M::Present);
    mark(2, w.participantA2, M::NotExpected);
    mark(2, w.participantB1, M::Present);
    sessions.setStatus(w.sessions.at(3), SessionStatus::Cancelled);
    return w;
}

} // namespace hubreg::test
