// The load test of a hub server: 5 administrators and 30 Work Group Leads, each on a thread and
// a connection of their own and logged in with their own role, make a fixed number of edits and
// register marks at once from a seeded random stream. Afterwards it checks on the server that
// every acknowledged write is there exactly once, that none was silently written over, and
// that every refusal was reported; then prints throughput and latency per kind of operation.
// Not timed against a goal: the figures are for docs/benchmarks.md.
// Usage: hubregister-bench-load [--server ADDRESS] [--operations N] [--seed N] [--think-ms N]
// ADDRESS (default: HUBREGISTER_TEST_PGSQL) is postgresql://user@host:port/database of a user
// who may create databases and roles; tests/benchmarks/load.sh starts a throwaway server.
#include "TestServer.h"
#include "access/HubUsers.h"
#include "database/Database.h"
#include "database/ServerPassword.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <random>

using namespace hubreg;

namespace {

constexpr int kAdmins = 5;
constexpr int kLeads = 30;

struct Options
{
    QString server;
    int operations = 200;
    quint32 seed = 1;
    int thinkMs = 1;
};

enum class Kind { Person, School, WorkGroup, Session, SetMark, ClearMark };
constexpr int kKinds = 6;

const char *kindName(Kind kind)
{
    static const char *names[] = { "person edit",  "school edit", "work group edit",
                                   "session edit", "mark set",    "mark cleared" };
    return names[int(kind)];
}

QString tableOf(Kind kind)
{
    static const QString tables[] = { QStringLiteral("people"), QStringLiteral("schools"),
                                      QStringLiteral("work_groups"), QStringLiteral("sessions") };
    return tables[int(kind)];
}

// The fields each kind of record edit changes; each is also the column's name.
QStringList fieldsOf(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return { QStringLiteral("phone"), QStringLiteral("notes") };
    case Kind::School:
        return { QStringLiteral("telephone"), QStringLiteral("notes") };
    case Kind::WorkGroup:
        return { QStringLiteral("title"), QStringLiteral("notes") };
    default:
        return { QStringLiteral("venue"), QStringLiteral("notes") };
    }
}

// One record edit a client saw acknowledged: the version it was based on and the one it made.
struct RecordWrite
{
    Kind kind;
    RecordId id;
    QString field;
    QString value;
    int before;
    int after;
};

// A participant's mark at a session; a null uuid is no mark.
struct MarkState
{
    QUuid uuid;
    int version = 0;
    QChar code;
    bool operator==(const MarkState &o) const { return uuid == o.uuid && version == o.version; }
};

using MarkKey = QPair<RecordId, RecordId>; // session, participant

// One mark write a client saw acknowledged: the mark it knew, and the mark it left.
struct MarkWrite
{
    MarkKey key;
    MarkState before;
    MarkState after;
};

// What one Lead may work on: their Work Group's held sessions and participants.
struct LeadPlan
{
    QString login;
    RecordId workGroupId = 0;
    QList<RecordId> sessions;
    QList<RecordId> participants; // enrolments
    QList<RecordId> people;
};

struct Plan
{
    QString address;
    QString password;
    QStringList adminLogins;
    QList<LeadPlan> leads;
    QList<RecordId> schools;
};

// What each client reports when it has finished.
struct ClientLog
{
    QList<RecordWrite> records;
    QList<MarkWrite> marks;
    std::array<int, kKinds> refused {};
    std::array<QList<double>, kKinds> latencyMs;
    QString failure;
};

// A record a client works on; its role lets it read every one it is given.
template<typename T> T required(const std::optional<T> &found)
{
    if (!found)
        throw StoreError(StoreError::Kind::NotFound,
                         QStringLiteral("A record this client works on cannot be read."));
    return *found;
}

// Sets up the hub on the server: a hub's share of generated data over one academic year, the
// first 30 Work Groups with held sessions and participants each given a Lead of their own, and
// a login for each administrator and Lead.
class HubSetUp
{
public:
    static Plan run(Database &owner, const QString &address, quint32 seed)
    {
        ScaleOptions scale;
        scale.seed = seed;
        scale.shareDivisor = 40;
        scale.years = 1;
        scale.workGroups = 40 * 60;
        // Late in the academic year, so that most sessions are held and take marks without
        // changing their session or Work Group.
        scale.today = QDate(2027, 6, 1);
        ScaleGenerator::populate(owner, scale);

        Plan plan;
        plan.address = address;
        plan.password = QString::number(QRandomGenerator::system()->generate64(), 36);
        const QString prefix = QStringLiteral("load%1_").arg(QCoreApplication::applicationPid());
        WorkGroupStore groups(owner);
        SessionStore sessions(owner);
        PersonStore people(owner);
        HubUsers users(owner);
        QSet<RecordId> schools;
        for (const WorkGroupOverview &overview : groups.overview()) {
            if (plan.leads.size() == kLeads)
                break;
            LeadPlan lead;
            lead.workGroupId = overview.workGroup.id;
            for (const Session &session : sessions.list(lead.workGroupId)) {
                if (session.status == SessionStatus::Held)
                    lead.sessions << session.id;
            }
            for (const ParticipantListing &p : groups.participants(lead.workGroupId)) {
                lead.participants << p.enrolment.id;
                lead.people << p.enrolment.personId;
                schools << p.enrolment.schoolId;
            }
            if (lead.sessions.isEmpty() || lead.participants.size() < 3)
                continue;
            const int n = int(plan.leads.size()) + 1;
            Person person;
            person.firstName = QStringLiteral("Lead");
            person.lastName = QStringLiteral("Number %1").arg(n);
            person.email = QStringLiteral("lead%1@load.example").arg(n);
            person.isWorkGroupLead = true;
            people.add(person);
            WorkGroup group = required(groups.find(lead.workGroupId));
            group.leadPersonId = person.id;
            groups.update(group);
            lead.login = prefix + QStringLiteral("lead%1").arg(n);
            users.add(lead.login, HubRole::Lead, person.id, plan.password);
            plan.leads << lead;
        }
        if (plan.leads.size() < kLeads)
            throw StoreError(StoreError::Kind::Invalid,
                             QStringLiteral("The generated hub has only %1 Work Groups to lead.")
                                 .arg(plan.leads.size()));
        for (int a = 1; a <= kAdmins; ++a) {
            plan.adminLogins << prefix + QStringLiteral("admin%1").arg(a);
            users.add(plan.adminLogins.last(), HubRole::Admin, 0, plan.password);
        }
        plan.schools = QList<RecordId>(schools.begin(), schools.end());
        std::sort(plan.schools.begin(), plan.schools.end());
        return plan;
    }

    static void tearDown(Database &owner, const Plan &plan)
    {
        HubUsers users(owner);
        for (const QString &login : plan.adminLogins)
            users.remove(login);
        for (const LeadPlan &lead : plan.leads)
            users.remove(lead.login);
    }
};

// What the server holds of the records and marks the clients work on, read as the owner.
struct Snapshot
{
    QHash<QString, QHash<RecordId, int>> versions; // table → id → version
    QHash<QString, QHash<QPair<RecordId, QString>, QString>> values; // table → (id, field)
    QHash<MarkKey, MarkState> marks;
    QHash<MarkKey, int> markRows;

    static Snapshot read(Database &db)
    {
        Snapshot s;
        for (Kind kind : { Kind::Person, Kind::School, Kind::WorkGroup, Kind::Session }) {
            const QString table = tableOf(kind);
            const QStringList fields = fieldsOf(kind);
            SqlQuery q(db,
                       QStringLiteral("SELECT id, version, %1 FROM %2")
                           .arg(fields.join(QStringLiteral(", ")), table));
            q.exec();
            while (q.next()) {
                const RecordId id = q.value(0).toLongLong();
                s.versions[table][id] = q.value(1).toInt();
                for (int f = 0; f < fields.size(); ++f)
                    s.values[table][{ id, fields.at(f) }] = q.value(2 + f).toString();
            }
        }
        SqlQuery q(db,
                   QStringLiteral("SELECT session_id, participant_id, uuid, version, mark "
                                  "FROM attendance_marks"));
        q.exec();
        while (q.next()) {
            const MarkKey key { q.value(0).toLongLong(), q.value(1).toLongLong() };
            const QString code = q.value(4).toString();
            s.marks[key] = MarkState { QUuid::fromString(q.value(2).toString()), q.value(3).toInt(),
                                       code.isEmpty() ? QChar() : code.at(0) };
            ++s.markRows[key];
        }
        return s;
    }
};

// One administrator or Lead: opens the hub as their own login on this thread, then makes
// `operations` edits and marks, as a person would: reads the record, changes a field, saves;
// told it was changed by someone else meanwhile, reads it again and tries once more.
class Client
{
public:
    Client(const Plan &plan, int index, const Options &options)
        : m_plan(plan)
        , m_index(index)
        , m_options(options)
        , m_random(options.seed * 1000u + quint32(index))
    { }

    ClientLog run(std::atomic<int> &ready, const std::atomic<bool> &go)
    {
        QString address = m_plan.address;
        address.replace(QRegularExpression(QStringLiteral("//[^@/]*@")),
                        QStringLiteral("//%1@").arg(login()));
        const ServerPassword password(address, m_plan.password);
        std::unique_ptr<Database> db;
        try {
            db = Database::open(address);
        } catch (const StoreError &error) {
            m_log.failure
                = QStringLiteral("%1 could not open the hub: %2").arg(login(), error.message());
        }
        ++ready;
        while (!go.load())
            QThread::yieldCurrentThread();
        try {
            for (int op = 0; db && op < m_options.operations && m_log.failure.isEmpty(); ++op)
                operate(*db, op);
        } catch (const StoreError &error) {
            // A read failed: the saves catch their own errors.
            m_log.failure = QStringLiteral("%1: %2").arg(login(), error.message());
        }
        return m_log;
    }

private:
    bool isAdmin() const { return m_index < kAdmins; }
    const LeadPlan &lead() const { return m_plan.leads.at(m_index - kAdmins); }
    QString login() const { return isAdmin() ? m_plan.adminLogins.at(m_index) : lead().login; }
    int below(int n) { return int(m_random() % quint32(qMax(1, n))); }
    template<typename T> T pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    // A Lead's own Work Group, or any Lead's for an administrator.
    const LeadPlan &someLead()
    {
        return isAdmin() ? m_plan.leads.at(below(int(m_plan.leads.size()))) : lead();
    }

    void operate(Database &db, int op)
    {
        const int roll = below(100);
        if (isAdmin()) {
            if (roll < 25)
                editRecord(db, Kind::Person, pick(someLead().people), op);
            else if (roll < 40)
                editRecord(db, Kind::School, pick(m_plan.schools), op);
            else if (roll < 55)
                editRecord(db, Kind::WorkGroup, someLead().workGroupId, op);
            else if (roll < 70)
                editRecord(db, Kind::Session, pick(someLead().sessions), op);
            else
                mark(db, someLead());
        } else if (roll < 65) {
            mark(db, lead());
        } else {
            // Not a session's own fields: saving a held session also asks to start its Work
            // Group (WorkGroupStore::startOnceHeld), an UPDATE of work_groups that a Lead's
            // role may not run, so the server refuses every such save by a Lead.
            editRecord(db, Kind::Person, pick(lead().people), op);
        }
    }

    // A value no other write makes, so that the one stored tells which write it was.
    QString valueFor(const QString &field, int op, int attempt) const
    {
        if (field == QLatin1String("phone") || field == QLatin1String("telephone"))
            return QStringLiteral("01632 %1%2")
                .arg(m_index, 2, 10, QLatin1Char('0'))
                .arg(op * 2 + attempt, 4, 10, QLatin1Char('0'));
        return QStringLiteral("%1 c%2 o%3.%4").arg(field).arg(m_index).arg(op).arg(attempt);
    }

    void think() const
    {
        if (m_options.thinkMs > 0)
            QThread::msleep(ulong(m_options.thinkMs));
    }

    // Reads the record and returns the save of `field` changed to `value`, with the version
    // the change is based on.
    std::function<int()> prepare(Database &db, Kind kind, RecordId id, const QString &field,
                                 const QString &value, int *before)
    {
        auto set = [&](QString &target) { target = value; };
        switch (kind) {
        case Kind::Person: {
            auto r = std::make_shared<Person>(required(PersonStore(db).find(id)));
            set(field == QLatin1String("phone") ? r->phone : r->notes);
            *before = r->version;
            return [&db, r] {
                PersonStore(db).update(*r);
                return r->version;
            };
        }
        case Kind::School: {
            auto r = std::make_shared<School>(required(SchoolStore(db).find(id)));
            set(field == QLatin1String("telephone") ? r->telephone : r->notes);
            *before = r->version;
            return [&db, r] {
                SchoolStore(db).update(*r);
                return r->version;
            };
        }
        case Kind::WorkGroup: {
            auto r = std::make_shared<WorkGroup>(required(WorkGroupStore(db).find(id)));
            set(field == QLatin1String("title") ? r->title : r->notes);
            *before = r->version;
            return [&db, r] {
                WorkGroupStore(db).update(*r);
                return r->version;
            };
        }
        default: {
            auto r = std::make_shared<Session>(required(SessionStore(db).find(id)));
            set(field == QLatin1String("venue") ? r->venue : r->notes);
            *before = r->version;
            return [&db, r] {
                SessionStore(db).update(*r);
                return r->version;
            };
        }
        }
    }

    void editRecord(Database &db, Kind kind, RecordId id, int op)
    {
        const QString field = pick(fieldsOf(kind));
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QString value = valueFor(field, op, attempt);
            int before = 0;
            const std::function<int()> save = prepare(db, kind, id, field, value, &before);
            think();
            if (timed(kind, [&] {
                    m_log.records << RecordWrite { kind, id, field, value, before, save() };
                }))
                return;
        }
    }

    // Sets, changes or clears a participant's mark, stating the mark this client last read,
    // as an undo does (replaceMark), so that a mark someone else made meanwhile is refused, not
    // replaced.
    void mark(Database &db, const LeadPlan &group)
    {
        // Mostly the register of the latest session, where a Lead and an administrator
        // correcting it meet.
        const RecordId session = below(100) < 80 ? group.sessions.last() : pick(group.sessions);
        const MarkKey key { session, pick(group.participants) };
        static const AttendanceMark kMarks[]
            = { AttendanceMark::Present,    AttendanceMark::Present,   AttendanceMark::Late,
                AttendanceMark::LeftEarly,  AttendanceMark::Apologies, AttendanceMark::Absent,
                AttendanceMark::NotExpected };
        const bool wantsClear = below(100) < 25;
        const AttendanceMark chosen = kMarks[below(int(std::size(kMarks)))];
        AttendanceStore marks(db);
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto found = marks.find(key.first, key.second);
            const KnownMark known = KnownMark::of(found);
            const MarkState before { known.uuid, known.version,
                                     found ? codeOf(found->mark) : QChar() };
            const bool clear = wantsClear && found;
            think();
            MarkState after;
            const bool saved = timed(clear ? Kind::ClearMark : Kind::SetMark, [&] {
                // As an undo or redo writes a mark: AttendanceStore::replaceMark, stating it.
                std::optional<AttendanceRecord> record;
                if (!clear) {
                    record.emplace();
                    record->mark = chosen;
                    record->recordedBy = login();
                }
                const auto made = marks.replaceMark(key.first, key.second, known, record);
                if (made)
                    after = MarkState { made->uuid, made->version, codeOf(made->mark) };
                m_log.marks << MarkWrite { key, before, after };
            });
            if (saved)
                return;
        }
    }

    // Runs one save and notes its latency. Returns whether it was saved; a refusal because of
    // someone else's change (Stale, or a mark made meanwhile by someone else: Duplicate) is
    // counted as reported; any other error ends the client's run as a failure.
    template<typename Save> bool timed(Kind kind, Save save)
    {
        QElapsedTimer timer;
        timer.start();
        try {
            save();
            m_log.latencyMs[int(kind)] << timer.nsecsElapsed() / 1e6;
            return true;
        } catch (const StoreError &error) {
            m_log.latencyMs[int(kind)] << timer.nsecsElapsed() / 1e6;
            const bool marking = kind == Kind::SetMark || kind == Kind::ClearMark;
            if (error.kind() == StoreError::Kind::Stale
                || (marking && error.kind() == StoreError::Kind::Duplicate)) {
                ++m_log.refused[size_t(kind)];
                return false;
            }
            m_log.failure = QStringLiteral("%1, %2: %3")
                                .arg(login(), QLatin1String(kindName(kind)), error.message());
            return true;
        }
    }

    const Plan &m_plan;
    int m_index;
    Options m_options;
    std::mt19937 m_random;
    ClientLog m_log;
};

// Compares what the clients were told with what the server holds. Each finding is a sentence.
class Verifier
{
public:
    Verifier(const Snapshot &start, const Snapshot &end)
        : m_start(start)
        , m_end(end)
    { }

    QStringList check(const QList<RecordWrite> &records, const QList<MarkWrite> &marks)
    {
        checkRecords(records);
        checkMarks(marks);
        return m_problems;
    }

private:
    void checkRecords(const QList<RecordWrite> &writes)
    {
        QHash<QString, QHash<RecordId, QList<RecordWrite>>> byRecord;
        for (const RecordWrite &w : writes)
            byRecord[tableOf(w.kind)][w.id] << w;
        for (auto table = m_start.versions.cbegin(); table != m_start.versions.cend(); ++table) {
            for (auto row = table->cbegin(); row != table->cend(); ++row) {
                QList<RecordWrite> list = byRecord.value(table.key()).value(row.key());
                const int start = row.value();
                const int expected = start + int(list.size());
                const int stored = m_end.versions.value(table.key()).value(row.key(), -1);
                if (stored != expected)
                    problem(QStringLiteral("%1 %2: version %3, but %4 acknowledged writes from %5")
                                .arg(table.key())
                                .arg(row.key())
                                .arg(stored)
                                .arg(list.size())
                                .arg(start));
                std::sort(list.begin(), list.end(), [](const RecordWrite &a, const RecordWrite &b) {
                    return a.after < b.after;
                });
                // The version chain: each write based on the one before it, none twice, no gap.
                for (int i = 0; i < list.size(); ++i) {
                    if (list.at(i).before != start + i || list.at(i).after != start + i + 1)
                        problem(QStringLiteral("%1 %2: a write acknowledged from version %3 to "
                                               "%4 where the chain needs %5 to %6")
                                    .arg(table.key())
                                    .arg(row.key())
                                    .arg(list.at(i).before)
                                    .arg(list.at(i).after)
                                    .arg(start + i)
                                    .arg(start + i + 1));
                }
                // Each field holds the last acknowledged value written to it.
                QHash<QString, QString> last;
                for (const RecordWrite &w : std::as_const(list))
                    last[w.field] = w.value;
                for (auto field = last.cbegin(); field != last.cend(); ++field) {
                    const QString storedValue
                        = m_end.values.value(table.key()).value({ row.key(), field.key() });
                    if (storedValue != field.value())
                        problem(QStringLiteral("%1 %2: %3 is not the last value acknowledged")
                                    .arg(table.key())
                                    .arg(row.key())
                                    .arg(field.key()));
                }
            }
        }
    }

    void checkMarks(const QList<MarkWrite> &writes)
    {
        QHash<MarkKey, QList<MarkWrite>> byKey;
        for (const MarkWrite &w : writes)
            byKey[w.key] << w;
        QSet<MarkKey> keys(m_start.marks.keyBegin(), m_start.marks.keyEnd());
        keys.unite(QSet<MarkKey>(m_end.marks.keyBegin(), m_end.marks.keyEnd()));
        keys.unite(QSet<MarkKey>(byKey.keyBegin(), byKey.keyEnd()));
        for (const MarkKey &key : std::as_const(keys)) {
            const QString where = QStringLiteral("mark of participant %1 at session %2")
                                      .arg(key.second)
                                      .arg(key.first);
            if (m_end.markRows.value(key) > 1)
                problem(where + QStringLiteral(": %1 rows").arg(m_end.markRows.value(key)));
            // Every mark that existed (at the start, or made by an acknowledged write) is the
            // base of at most one acknowledged write; the one that is nobody's base is the one
            // stored, or none is left when every one was.
            QList<MarkState> states;
            if (m_start.marks.contains(key))
                states << m_start.marks.value(key);
            QHash<QPair<QUuid, int>, int> based;
            for (const MarkWrite &w : byKey.value(key)) {
                // Stated as no mark, yet it left a mark's second version or later: it changed
                // a mark someone else made after this client looked.
                if (w.before.uuid.isNull() && w.after.version > 1)
                    problem(where
                            + QStringLiteral(": a write stated as made over no mark changed "
                                             "version %1 of one made meanwhile")
                                  .arg(w.after.version - 1));
                if (!w.after.uuid.isNull())
                    states << w.after;
                if (!w.before.uuid.isNull())
                    ++based[{ w.before.uuid, w.before.version }];
            }
            QSet<QPair<QUuid, int>> seen;
            QList<MarkState> open;
            for (const MarkState &state : std::as_const(states)) {
                const QPair<QUuid, int> id { state.uuid, state.version };
                if (seen.contains(id))
                    problem(where
                            + QStringLiteral(": version %1 acknowledged twice").arg(state.version));
                seen.insert(id);
                const int uses = based.value(id);
                if (uses > 1)
                    problem(
                        where
                        + QStringLiteral(": %1 acknowledged writes based on one mark").arg(uses));
                if (uses == 0)
                    open << state;
            }
            for (auto b = based.cbegin(); b != based.cend(); ++b) {
                if (!seen.contains(b.key()))
                    problem(where + QStringLiteral(": a write based on a mark never made"));
            }
            const bool stored = m_end.marks.contains(key);
            if (open.size() > 1)
                problem(where + QStringLiteral(": %1 marks left unreplaced").arg(open.size()));
            else if (open.isEmpty() && stored)
                problem(where + QStringLiteral(": stored although its last write cleared it"));
            else if (open.size() == 1
                     && (!stored || !(m_end.marks.value(key) == open.first())
                         || m_end.marks.value(key).code != open.first().code))
                problem(where + QStringLiteral(": not the mark last acknowledged"));
        }
    }

    void problem(const QString &text)
    {
        if (m_problems.size() < 20)
            m_problems << text;
        else if (m_problems.size() == 20)
            m_problems << QStringLiteral("…");
    }

    const Snapshot &m_start;
    const Snapshot &m_end;
    QStringList m_problems;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = qMin(int(values.size()) - 1, int(p * double(values.size())));
    return values.at(index);
}

QString memory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QString first = QString::fromLatin1(meminfo.readLine()).simplified();
    return QStringLiteral("%1 GiB").arg(first.section(QLatin1Char(' '), 1, 1).toDouble() / 1048576,
                                        0, 'f', 0);
}

std::optional<Options> parse(const QStringList &args)
{
    Options options;
    options.server = qEnvironmentVariable("HUBREGISTER_TEST_PGSQL");
    for (int i = 1; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        bool ok = true;
        if (args.at(i) == QLatin1String("--server"))
            options.server = value;
        else if (args.at(i) == QLatin1String("--operations"))
            options.operations = value.toInt(&ok);
        else if (args.at(i) == QLatin1String("--seed"))
            options.seed = value.toUInt(&ok);
        else if (args.at(i) == QLatin1String("--think-ms"))
            options.thinkMs = value.toInt(&ok);
        else
            return std::nullopt;
        if (!ok || value.isEmpty())
            return std::nullopt;
        ++i;
    }
    if (options.server.isEmpty() || options.operations < 1 || options.thinkMs < 0)
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parse(app.arguments());
    if (!options) {
        std::fputs("Usage: hubregister-bench-load [--server ADDRESS] [--operations N] [--seed N] "
                   "[--think-ms N]\n(ADDRESS defaults to HUBREGISTER_TEST_PGSQL)\n",
                   stderr);
        return 64;
    }
    // The test support makes and drops the hub's database through this address.
    qputenv("HUBREGISTER_TEST_PGSQL", options->server.toUtf8());
    const QString address = test::testserver::createDatabase();
    int status = 0;
    try {
        std::unique_ptr<Database> owner = Database::open(address);
        {
            SqlQuery version(*owner, QStringLiteral("SELECT current_setting('server_version')"));
            std::printf("machine: %d cores, %s; PostgreSQL %s\n", QThread::idealThreadCount(),
                        qPrintable(memory()), qPrintable(version.scalar().toString()));
        }
        QElapsedTimer setUpTimer;
        setUpTimer.start();
        const Plan plan = HubSetUp::run(*owner, address, options->seed);
        const Snapshot start = Snapshot::read(*owner);
        std::printf("hub: %lld people, %lld schools, %lld Work Groups, %lld sessions, %lld marks; "
                    "%d administrators and %d Leads logged in with their roles; set up in %.1f s\n",
                    qint64(start.versions.value(QStringLiteral("people")).size()),
                    qint64(start.versions.value(QStringLiteral("schools")).size()),
                    qint64(start.versions.value(QStringLiteral("work_groups")).size()),
                    qint64(start.versions.value(QStringLiteral("sessions")).size()),
                    qint64(start.marks.size()), kAdmins, kLeads, setUpTimer.elapsed() / 1000.0);

        const int clients = kAdmins + kLeads;
        std::atomic<int> ready { 0 };
        std::atomic<bool> go { false };
        std::vector<ClientLog> logs(size_t(clients), ClientLog {});
        std::vector<std::unique_ptr<QThread>> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back(QThread::create(
                [&, c] { logs[size_t(c)] = Client(plan, c, *options).run(ready, go); }));
            threads.back()->start();
        }
        while (ready.load() < clients)
            QThread::msleep(5);
        QElapsedTimer wall;
        wall.start();
        go = true;
        for (auto &thread : threads)
            thread->wait();
        const double seconds = wall.nsecsElapsed() / 1e9;

        QList<RecordWrite> records;
        QList<MarkWrite> marks;
        std::array<int, kKinds> refusedOf {};
        std::array<QList<double>, kKinds> latency;
        QStringList failures;
        for (const ClientLog &log : logs) {
            records << log.records;
            marks << log.marks;
            for (int k = 0; k < kKinds; ++k) {
                latency[size_t(k)] << log.latencyMs[size_t(k)];
                refusedOf[size_t(k)] += log.refused[size_t(k)];
            }
            if (!log.failure.isEmpty())
                failures << log.failure;
        }
        const Snapshot end = Snapshot::read(*owner);
        const QStringList problems = Verifier(start, end).check(records, marks);
        HubSetUp::tearDown(*owner, plan);

        const qint64 acknowledged = records.size() + marks.size();
        int refused = 0;
        for (int count : refusedOf)
            refused += count;
        const qint64 attempts = acknowledged + refused;
        std::printf("clients: %d administrators and %d Leads, %d operations each (seed %u, "
                    "think %d ms)\n",
                    kAdmins, kLeads, options->operations, options->seed, options->thinkMs);
        std::printf("writes: %lld acknowledged (%lld record edits, %lld marks); %d refused as "
                    "changed by someone else since they were read, each reported to its client\n",
                    acknowledged, qint64(records.size()), qint64(marks.size()), refused);
        const qint64 operations = qint64(clients) * options->operations;
        std::printf("throughput: %.0f operations a second (%lld operations, %lld saves with the "
                    "retries, in %.2f s)\n",
                    operations / seconds, operations, attempts, seconds);
        for (int k = 0; k < kKinds; ++k) {
            const QList<double> &values = latency[size_t(k)];
            std::printf("latency, %s: p50 %.1f ms, p95 %.1f ms (%lld saves, %d refused)\n",
                        kindName(Kind(k)), percentile(values, 0.5), percentile(values, 0.95),
                        qint64(values.size()), refusedOf[size_t(k)]);
        }
        for (const QString &failure : failures)
            std::printf("error: %s\n", qPrintable(failure));
        for (const QString &problem : problems)
            std::printf("lost or duplicated: %s\n", qPrintable(problem));
        const bool passed = failures.isEmpty() && problems.isEmpty();
        std::printf("%s: every acknowledged write present exactly once, no lost update, every "
                    "conflict reported\n",
                    passed ? "PASS" : "FAIL");
        status = passed ? 0 : 1;
    } catch (const StoreError &error) {
        std::fprintf(stderr, "The load test could not run: %s\n", qPrintable(error.message()));
        status = 2;
    }
    test::testserver::dropDatabase(address);
    return status;
}
