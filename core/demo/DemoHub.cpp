#include "DemoHub.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::DemoHub)
};

struct LocalAuthority
{
    const char *code;
    const char *name;
    const char *postcodeArea;
    QList<const char *> towns;
};

const QList<LocalAuthority> kAreas = {
    { "901", "Northbrook", "NB", { "Northbrook", "Ashby Cross", "Kelderton", "Millbeck" } },
    { "902", "Wexcombe", "WX", { "Wexcombe", "Harrowfield", "Stanmoor" } },
    { "903", "Calder Vale", "CV", { "Calderbridge", "Oxley", "Fenwick Green", "Lowther End" } },
};

const QList<const char *> kPrimaryStems = {
    "Oakfield",     "Hillside",          "St Mary's C of E",
    "Brookside",    "Meadowbank",        "Holy Family Catholic",
    "Westfield",    "Larkrise",          "Greenacres",
    "Thornhill",    "St Peter's C of E", "Beechwood",
    "Riverside",    "Moorlands",         "Ashgrove",
    "Sandal Park",  "Kingsway",          "Orchard",
    "Fieldhead",    "Elmwood",           "St Anne's Catholic",
    "Lime Tree",    "Heathfield",        "Willowbrook",
    "Northgate",    "Castle Hill",       "Springwell",
    "Rosewood",     "Highfield",         "Bramley",
    "Churchfields", "Foxhill",           "Hawthorn",
    "Newlands",     "Park Lane",         "Redbrook",
    "Stonebridge",  "Woodside",          "Valley View",
    "Millfield",    "Parkside",          "Clover Hill",
    "Oak Tree",     "Blackthorn",        "Copper Beech",
    "Wildflower",
};

const QList<const char *> kSecondaryStems = {
    "Northbrook Academy",
    "Wexcombe High School",
    "Calder Vale School",
    "St Aidan's Catholic High School",
    "Harrowfield Community College",
    "Oxley Park Academy",
    "Kelderton Grammar School",
    "Stanmoor School",
    "Millbeck High School",
    "Fenwick Green Academy",
};

const QList<const char *> kFirstNames = {
    "Aisha",  "Ben",     "Chloe",  "Daniel", "Emma",     "Faisal",  "Grace",  "Harry",
    "Imogen", "Jack",    "Katie",  "Liam",   "Megan",    "Nathan",  "Olivia", "Priya",
    "Rachel", "Samuel",  "Tom",    "Usha",   "Victoria", "William", "Yasmin", "Zoe",
    "Amir",   "Bethany", "Callum", "Dev",    "Eleanor",  "Fiona",   "Gareth", "Hannah",
    "Isaac",  "Jasmine", "Kieran", "Lucy",   "Mohammed", "Niamh",   "Owen",   "Poppy",
};

const QList<const char *> kLastNames = {
    "Ahmed",    "Bailey",   "Clarke", "Davies", "Evans",     "Fletcher", "Green",   "Hughes",
    "Iqbal",    "Jackson",  "Khan",   "Lewis",  "Mitchell",  "Noble",    "O'Brien", "Patel",
    "Quinn",    "Robinson", "Shaw",   "Turner", "Underwood", "Vaughan",  "Walker",  "Young",
    "Atkinson", "Begum",    "Cooper", "Dawson", "Ellis",     "Foster",   "Gill",    "Harrison",
    "Ingram",   "Jones",    "Kaur",   "Lawson", "Marsh",     "Nolan",    "Owens",   "Parker",
};

const QString kHeadTitles[] = { QStringLiteral("Mrs"), QStringLiteral("Mr"), QStringLiteral("Ms"),
                                QStringLiteral("Dr"), QStringLiteral("Miss") };

// The demo's own source of randomness: one generator, drawn from in a fixed order.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    { }
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    QRandomGenerator m_random;
};

class Builder
{
public:
    Builder(Database &db, const QDate &today, quint32 seed)
        : m_db(db)
        , m_today(today)
        , m_dice(seed)
        , m_schools(db)
        , m_people(db)
        , m_groups(db)
        , m_sessions(db)
        , m_marks(db)
    { }

    DemoSummary build();

private:
    struct DemoSchool
    {
        RecordId id = 0;
        Urn urn;
        bool primary = true;
        bool open = true;
        QString domain;
    };

    void buildSchools();
    School makeSchool(const QString &name, bool primary, const LocalAuthority &area, int index);
    void convertToAcademy(int index, const QDate &on);
    void mergeInfantAndJunior(const QDate &on);
    RecordId addPerson(const DemoSchool &school, const QString &role, bool lead = false);
    RecordId addWorkGroup(const QString &code, const QString &title, const QString &programme,
                          const AcademicYear &year, RecordId lead, const QList<int> &schools,
                          int participantsPerSchool, bool visits);
    void takeRegisters(RecordId workGroupId, const QList<Session> &sessions);
    QList<int> chooseSchools(bool primary, int count, QSet<int> &used, const QList<int> &from = {});

    Database &m_db;
    QDate m_today;
    Dice m_dice;
    SchoolStore m_schools;
    PersonStore m_people;
    WorkGroupStore m_groups;
    SessionStore m_sessions;
    AttendanceStore m_marks;
    RecordId m_hubId = 0;
    QList<DemoSchool> m_demoSchools;
    QSet<QString> m_emails;
    int m_nextUrn = 139000;
    DemoSummary m_summary;
};

QString postcode(Dice &dice, const char *area)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    return QStringLiteral("%1%2 %3%4%5")
        .arg(QLatin1String(area))
        .arg(1 + dice.below(19))
        .arg(dice.below(10))
        .arg(letters.at(dice.below(int(letters.size()))))
        .arg(letters.at(dice.below(int(letters.size()))));
}

QString domainFor(const QString &name)
{
    QString slug;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
    }
    return slug.left(24) + QStringLiteral(".sch.uk");
}

School Builder::makeSchool(const QString &name, bool primary, const LocalAuthority &area, int index)
{
    School s;
    s.urn = *Urn::fromInt(m_nextUrn);
    m_nextUrn += 1 + m_dice.below(37);
    s.name = name;
    s.laCode = QLatin1String(area.code);
    s.laName = QLatin1String(area.name);
    const bool academy = m_dice.chance(40);
    s.establishmentType = academy ? QStringLiteral("Academy converter")
                                  : (index % 5 == 0 ? QStringLiteral("Voluntary aided school")
                                                    : QStringLiteral("Community school"));
    s.typeGroup = academy ? QStringLiteral("Academies")
                          : QStringLiteral("Local authority maintained schools");
    s.phase = primary ? QStringLiteral("Primary") : QStringLiteral("Secondary");
    s.status = QStringLiteral("Open");
    s.street = QStringLiteral("%1 %2")
                   .arg(1 + m_dice.below(120))
                   .arg(m_dice.pick(QList<QString> {
                       QStringLiteral("School Lane"), QStringLiteral("Church Street"),
                       QStringLiteral("Park Road"), QStringLiteral("Mill Way"),
                       QStringLiteral("Station Road"), QStringLiteral("Green Lane") }));
    s.town = QLatin1String(area.towns.at(index % area.towns.size()));
    s.postcode = postcode(m_dice, area.postcodeArea);
    s.trustName = academy
        ? m_dice.pick(QList<QString> { QStringLiteral("Pennine Learning Trust"),
                                       QStringLiteral("Three Rivers Academy Trust"),
                                       QStringLiteral("Bright Futures Multi-Academy Trust") })
        : QString();
    s.headTitle = kHeadTitles[m_dice.below(5)];
    s.headFirstName = QLatin1String(m_dice.pick(kFirstNames));
    s.headLastName = QLatin1String(m_dice.pick(kLastNames));
    s.telephone = QStringLiteral("01%1%2 %3")
                      .arg(m_dice.below(10))
                      .arg(m_dice.below(100), 2, 10, QLatin1Char('0'))
                      .arg(100000 + m_dice.below(900000));
    s.openDate = academy ? QDate(2012 + m_dice.below(10), 9, 1) : QDate();
    s.statutoryLowAge = primary ? (m_dice.chance(70) ? 3 : 4) : 11;
    s.statutoryHighAge = primary ? 11 : (m_dice.chance(60) ? 18 : 16);
    s.pupils = primary ? 120 + m_dice.below(420) : 600 + m_dice.below(1100);
    return s;
}

void Builder::buildSchools()
{
    int index = 0;
    for (const char *stem : kPrimaryStems) {
        const LocalAuthority &area = kAreas.at(index % kAreas.size());
        const QString suffix = m_dice.chance(25) ? QStringLiteral(" Primary Academy")
                                                 : QStringLiteral(" Primary School");
        School s = makeSchool(QLatin1String(stem) + suffix, true, area, index);
        m_schools.add(s);
        m_demoSchools << DemoSchool { s.id, s.urn, true, true, domainFor(s.name) };
        ++index;
    }
    for (const char *stem : kSecondaryStems) {
        const LocalAuthority &area = kAreas.at(index % kAreas.size());
        School s = makeSchool(QLatin1String(stem), false, area, index);
        m_schools.add(s);
        m_demoSchools << DemoSchool { s.id, s.urn, false, true, domainFor(s.name) };
        ++index;
    }
}

// The school closes and reopens under a new URN as an academy; GIAS links the two.
void Builder::convertToAcademy(int index, const QDate &on)
{
    DemoSchool &old = m_demoSchools[index];
    School closed = *m_schools.find(old.id);
    School academy = closed;
    academy.id = 0;
    academy.uuid = QUuid();
    academy.urn = *Urn::fromInt(m_nextUrn);
    m_nextUrn += 7;
    academy.name = closed.name;
    academy.name.replace(QStringLiteral(" School"), QStringLiteral(" Academy"));
    academy.establishmentType = QStringLiteral("Academy converter");
    academy.typeGroup = QStringLiteral("Academies");
    academy.trustName = QStringLiteral("Three Rivers Academy Trust");
    academy.openDate = on;
    m_schools.add(academy);

    closed.status = QStringLiteral("Closed");
    closed.closeDate = on.addDays(-1);
    m_schools.update(closed);

    SchoolLink forward;
    forward.urn = closed.urn;
    forward.linkedUrn = academy.urn;
    forward.linkType = QStringLiteral("Successor");
    forward.linkedName = academy.name;
    forward.establishedOn = on;
    m_schools.upsertLink(forward);
    SchoolLink back;
    back.urn = academy.urn;
    back.linkedUrn = closed.urn;
    back.linkType = QStringLiteral("Predecessor");
    back.linkedName = closed.name;
    back.establishedOn = on;
    m_schools.upsertLink(back);

    old.open = false;
    m_demoSchools << DemoSchool { academy.id, academy.urn, old.primary, true, old.domain };
}

// An infant and a junior school merge into one new primary school.
void Builder::mergeInfantAndJunior(const QDate &on)
{
    const LocalAuthority &area = kAreas.at(1);
    School infant = makeSchool(QStringLiteral("Harrowfield Infant School"), true, area, 1);
    infant.statutoryHighAge = 7;
    infant.status = QStringLiteral("Closed");
    infant.closeDate = on.addDays(-1);
    m_schools.add(infant);
    School junior = makeSchool(QStringLiteral("Harrowfield Junior School"), true, area, 1);
    junior.statutoryLowAge = 7;
    junior.status = QStringLiteral("Closed");
    junior.closeDate = on.addDays(-1);
    m_schools.add(junior);
    School merged = makeSchool(QStringLiteral("Harrowfield Primary School"), true, area, 1);
    merged.openDate = on;
    m_schools.add(merged);
    for (const School &old : { infant, junior }) {
        SchoolLink forward;
        forward.urn = old.urn;
        forward.linkedUrn = merged.urn;
        forward.linkType = QStringLiteral("Successor - merged");
        forward.linkedName = merged.name;
        forward.establishedOn = on;
        m_schools.upsertLink(forward);
        SchoolLink back;
        back.urn = merged.urn;
        back.linkedUrn = old.urn;
        back.linkType = QStringLiteral("Predecessor - merged");
        back.linkedName = old.name;
        back.establishedOn = on;
        m_schools.upsertLink(back);
    }
    m_demoSchools << DemoSchool { infant.id, infant.urn, true, false, domainFor(infant.name) };
    m_demoSchools << DemoSchool { junior.id, junior.urn, true, false, domainFor(junior.name) };
    m_demoSchools << DemoSchool { merged.id, merged.urn, true, true, domainFor(merged.name) };
}

RecordId Builder::addPerson(const DemoSchool &school, const QString &role, bool lead)
{
    Person p;
    QString email;
    do {
        p.firstName = QLatin1String(m_dice.pick(kFirstNames));
        p.lastName = QLatin1String(m_dice.pick(kLastNames));
        QString local = (p.firstName.left(1) + p.lastName).toLower();
        local.remove(QLatin1Char('\''));
        email = local + QLatin1Char('@') + school.domain;
    } while (m_emails.contains(email));
    m_emails.insert(email);
    p.email = email;
    p.role = role;
    p.schoolId = school.id;
    p.isWorkGroupLead = lead;
    p.isMasterySpecialist = lead;
    if (m_dice.chance(30))
        p.trn = QString::number(1000000 + m_dice.below(8999999));
    m_people.add(p);
    ++m_summary.people;
    return p.id;
}

QList<int> Builder::chooseSchools(bool primary, int count, QSet<int> &used, const QList<int> &from)
{
    QList<int> pool;
    if (from.isEmpty()) {
        for (int i = 0; i < m_demoSchools.size(); ++i) {
            if (m_demoSchools.at(i).primary == primary && m_demoSchools.at(i).open
                && !used.contains(i))
                pool << i;
        }
    } else {
        for (int i : from) {
            if (!used.contains(i))
                pool << i;
        }
    }
    QList<int> chosen;
    while (chosen.size() < count && !pool.isEmpty()) {
        const int at = m_dice.below(int(pool.size()));
        chosen << pool.takeAt(at);
    }
    for (int i : chosen)
        used.insert(i);
    return chosen;
}

RecordId Builder::addWorkGroup(const QString &code, const QString &title,
                               const QString &programmeCode, const AcademicYear &year,
                               RecordId lead, const QList<int> &schools, int participantsPerSchool,
                               bool visits)
{
    const auto programme = ProgrammeStore(m_db).findByCode(programmeCode);
    WorkGroup wg;
    wg.hubId = m_hubId;
    wg.programmeId = programme->id;
    wg.academicYearId = year.id;
    wg.code = code;
    wg.title = title;
    wg.leadPersonId = lead;
    wg.capacity = 7;
    wg.status = year.endDate < m_today
        ? WorkGroupStatus::Completed
        : (year.startDate.addDays(21) > m_today ? WorkGroupStatus::Recruiting
                                                : WorkGroupStatus::Running);
    m_groups.add(wg);
    ++m_summary.workGroups;

    static const QStringList mnRoles
        = { Tr::tr("Reception Lead Teacher"), Tr::tr("Year 1 Lead Teacher"),
            Tr::tr("Year 2 Lead Teacher") };
    for (int index : schools) {
        const DemoSchool &school = m_demoSchools.at(index);
        SchoolEnrolment enrolment;
        enrolment.workGroupId = wg.id;
        enrolment.schoolId = school.id;
        enrolment.joinedOn = year.startDate.addDays(14 + m_dice.below(10));
        enrolment.headCommitment = m_dice.chance(90);
        m_groups.enrolSchool(enrolment);
        for (int n = 0; n < participantsPerSchool; ++n) {
            const QString role = programmeCode == QLatin1String("MN")
                ? mnRoles.value(n)
                : (n == 0 ? Tr::tr("Maths lead") : Tr::tr("Class teacher"));
            ParticipantEnrolment participant;
            participant.workGroupId = wg.id;
            participant.personId = addPerson(school, role);
            participant.isLeadParticipant = n == 0;
            participant.role = role;
            participant.joinedOn = enrolment.joinedOn;
            m_groups.enrolParticipant(participant);
        }
    }

    SessionSeriesPlan plan;
    plan.count = programme->defaultSessions;
    plan.rhythm = SessionSeriesPlan::Rhythm::OnePerHalfTerm;
    plan.startTime = QTime(13, 15);
    plan.endTime = QTime(16, 0);
    plan.mode = SessionMode::InPerson;
    plan.venue = m_demoSchools.at(schools.value(0)).primary
        ? Tr::tr("Northbrook Teaching Hub, Mill Lane")
        : Tr::tr("Wexcombe Professional Centre");
    plan.firstDate = AcademicYearStore(m_db).halfTerms(year.id).value(0).startDate.addDays(
        22 + m_dice.below(3));
    QList<Session> sessions = m_sessions.createSeries(wg.id, plan);
    if (sessions.size() > 2) {
        Session &online = sessions[2];
        online.mode = SessionMode::Online;
        online.venue = Tr::tr("Online (Teams)");
        m_sessions.update(online);
    }
    if (visits) {
        for (int index : schools) {
            Session visit;
            visit.workGroupId = wg.id;
            visit.kind = SessionKind::SchoolVisit;
            visit.visitSchoolId = m_demoSchools.at(index).id;
            visit.title = Tr::tr("School visit");
            visit.date = year.startDate.addDays(75 + m_dice.below(150));
            visit.startTime = QTime(9, 0);
            visit.endTime = QTime(12, 0);
            m_sessions.add(visit);
            sessions << visit;
        }
    }
    m_summary.sessions += int(sessions.size());
    takeRegisters(wg.id, sessions);
    return wg.id;
}

void Builder::takeRegisters(RecordId workGroupId, const QList<Session> &sessions)
{
    const QList<ParticipantListing> participants = m_groups.participants(workGroupId);
    // Some schools struggle to release staff: they attend less, so completion varies.
    QHash<RecordId, int> schoolReliability;
    for (const ParticipantListing &p : participants) {
        if (!schoolReliability.contains(p.enrolment.schoolId))
            schoolReliability.insert(p.enrolment.schoolId, m_dice.chance(20) ? 55 : 92);
    }
    bool cancelledOne = false;
    for (const Session &session : sessions) {
        if (!session.date.isValid() || session.date >= m_today)
            continue;
        if (!cancelledOne && session.kind == SessionKind::Workshop && session.number == 4
            && m_dice.chance(30)) {
            m_sessions.setStatus(session.id, SessionStatus::Cancelled);
            cancelledOne = true;
            continue;
        }
        for (const ParticipantListing &p : participants) {
            if (session.kind == SessionKind::SchoolVisit
                && session.visitSchoolId != p.enrolment.schoolId)
                continue;
            AttendanceRecord mark;
            mark.sessionId = session.id;
            mark.participantId = p.enrolment.id;
            mark.recordedBy = Tr::tr("Demo Lead");
            const int roll = m_dice.below(100);
            const int reliable = schoolReliability.value(p.enrolment.schoolId);
            if (roll < reliable - 10)
                mark.mark = AttendanceMark::Present;
            else if (roll < reliable - 5)
                mark.mark = AttendanceMark::Late;
            else if (roll < reliable - 2)
                mark.mark = AttendanceMark::LeftEarly;
            else if (roll < reliable) {
                mark.mark = AttendanceMark::Substitute;
                mark.substituteName
                    = QStringLiteral("%1 %2").arg(QLatin1String(m_dice.pick(kFirstNames)),
                                                  QLatin1String(m_dice.pick(kLastNames)));
            } else if (roll < reliable + (100 - reliable) * 2 / 3) {
                mark.mark = AttendanceMark::Apologies;
                mark.note = Tr::tr("Cover could not be arranged");
            } else {
                mark.mark = AttendanceMark::Absent;
            }
            m_marks.setMark(mark);
            ++m_summary.marks;
        }
        if (session.status != SessionStatus::Held)
            m_sessions.setStatus(session.id, SessionStatus::Held);
    }
}

DemoSummary Builder::build()
{
    Hub hub;
    hub.name = Tr::tr("Northbrook and Calder Maths Hub (demo)");
    hub.contactName = Tr::tr("Hub administrator");
    hub.contactEmail = QStringLiteral("admin@northbrookmathshub.example");
    hub.phone = QStringLiteral("01632 960123");
    hub.website = QStringLiteral("https://northbrookmathshub.example");
    HubStore hubs(m_db);
    hubs.add(hub);
    m_hubId = hub.id;
    QStringList areaCodes;
    for (const LocalAuthority &area : kAreas)
        areaCodes << QLatin1String(area.code);
    hubs.setLocalAuthorities(hub.id, areaCodes);

    AcademicYearStore years(m_db);
    const QString currentLabel = AcademicYear::labelFor(m_today);
    const AcademicYear previous = years.ensure(AcademicYear::previous(currentLabel));
    const AcademicYear current = years.ensure(currentLabel);

    buildSchools();
    mergeInfantAndJunior(previous.startDate);

    // Work Group Leads: Mastery Specialists teaching at six of the primary schools.
    QList<RecordId> leads;
    for (int i = 0; i < 6; ++i)
        leads << addPerson(m_demoSchools.at(i * 5), Tr::tr("Primary Mastery Specialist"), true);
    const RecordId secondaryLead = addPerson(m_demoSchools.at(int(kPrimaryStems.size()) + 1),
                                             Tr::tr("Local Leader of Mathematics Education"), true);
    for (int i = 0; i < 6; ++i) {
        School school = *m_schools.find(m_demoSchools.at(i * 5).id);
        school.hasMasterySpecialist = true;
        m_schools.update(school);
    }

    const QString p = previous.label.left(4).right(2);
    const QString c = current.label.left(4).right(2);
    QSet<int> usedPrevious;
    const QList<int> devA = chooseSchools(true, 7, usedPrevious);
    const QList<int> devB = chooseSchools(true, 6, usedPrevious);
    addWorkGroup(QStringLiteral("TFM-DEV %1-01").arg(p),
                 Tr::tr("Primary Development Work Group: Northbrook"), QStringLiteral("TFM-DEV"),
                 previous, leads.at(0), devA, 2, false);
    addWorkGroup(QStringLiteral("TFM-DEV %1-02").arg(p),
                 Tr::tr("Primary Development Work Group: Calder Vale"), QStringLiteral("TFM-DEV"),
                 previous, leads.at(1), devB, 2, false);
    addWorkGroup(QStringLiteral("TFM-EMB %1-01").arg(p), Tr::tr("Embedding Work Group: Wexcombe"),
                 QStringLiteral("TFM-EMB"), previous, leads.at(2),
                 chooseSchools(true, 6, usedPrevious), 2, true);
    addWorkGroup(QStringLiteral("NCP %1-11 WG1").arg(p),
                 Tr::tr("Sustaining Work Group (NCP %1-11)").arg(p), QStringLiteral("TFM-SUS"),
                 previous, leads.at(3), chooseSchools(true, 6, usedPrevious), 1, false);
    addWorkGroup(QStringLiteral("MN %1-01").arg(p), Tr::tr("Mastering Number: Northbrook"),
                 QStringLiteral("MN"), previous, leads.at(4), chooseSchools(true, 7, usedPrevious),
                 3, false);
    addWorkGroup(QStringLiteral("SKTM-P %1-01").arg(p), Tr::tr("SKTM Primary Teachers"),
                 QStringLiteral("SKTM-P"), previous, leads.at(5),
                 chooseSchools(true, 6, usedPrevious), 1, false);

    // Two of last year's Development schools become academies this September: their new URNs
    // inherit the history through GIAS links and are eligible for Embedding.
    convertToAcademy(devA.at(0), current.startDate);
    convertToAcademy(devB.at(0), current.startDate);
    QList<int> embeddingPool;
    for (int i : devA + devB) {
        if (m_demoSchools.at(i).open)
            embeddingPool << i;
    }
    embeddingPool << int(m_demoSchools.size()) - 1 << int(m_demoSchools.size()) - 2;

    QSet<int> usedCurrent;
    addWorkGroup(QStringLiteral("TFM-EMB %1-01").arg(c), Tr::tr("Embedding Work Group: Northbrook"),
                 QStringLiteral("TFM-EMB"), current, leads.at(0),
                 chooseSchools(true, 6, usedCurrent, embeddingPool), 2, true);
    addWorkGroup(QStringLiteral("TFM-EMB %1-02").arg(c),
                 Tr::tr("Embedding Work Group: Calder Vale"), QStringLiteral("TFM-EMB"), current,
                 leads.at(1), chooseSchools(true, 6, usedCurrent, embeddingPool), 2, true);
    QSet<int> notYetDeveloped = usedPrevious;
    addWorkGroup(QStringLiteral("TFM-DEV %1-01").arg(c),
                 Tr::tr("Primary Development Work Group: Wexcombe"), QStringLiteral("TFM-DEV"),
                 current, leads.at(2), chooseSchools(true, 7, notYetDeveloped), 2, false);
    addWorkGroup(QStringLiteral("NCP %1-11 WG1").arg(c),
                 Tr::tr("Sustaining Work Group (NCP %1-11)").arg(c), QStringLiteral("TFM-SUS"),
                 current, leads.at(3), chooseSchools(true, 6, usedCurrent), 1, false);
    QSet<int> mnUsed = usedPrevious;
    addWorkGroup(QStringLiteral("MN %1-01").arg(c), Tr::tr("Mastering Number: Calder Vale"),
                 QStringLiteral("MN"), current, leads.at(4), chooseSchools(true, 7, mnUsed), 3,
                 false);
    QSet<int> secondaryUsed;
    addWorkGroup(QStringLiteral("S-TFM-DEV %1-01").arg(c),
                 Tr::tr("Secondary Development Work Group"), QStringLiteral("S-TFM-DEV"), current,
                 secondaryLead, chooseSchools(false, 6, secondaryUsed), 2, false);

    m_summary.schools = int(m_demoSchools.size());
    return m_summary;
}

} // namespace

bool DemoHub::isEmpty(const Database &db)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM "
                                  "people) + (SELECT count(*) FROM work_groups)"));
    return query.scalar().toInt() == 0;
}

DemoSummary DemoHub::create(Database &db, const QDate &today, quint32 seed)
{
    if (!isEmpty(db))
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("The demo hub can only be loaded into an empty database; this one "
                                "already holds schools, people or Work Groups."));
    Transaction transaction(db);
    const DemoSummary summary = Builder(db, today, seed).build();
    transaction.commit();
    return summary;
}

} // namespace hubreg
