#include "Erasure.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "history/AuditTrail.h"
#include "records/PersonStore.h"

#include <QCoreApplication>
#include <QSet>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Erasure)
};

// The places listed by name in a confirmation; more are counted.
constexpr int kPlacesListed = 5;

qint64 countFor(const Database &db, const QString &sql, RecordId id)
{
    SqlQuery query(db, sql);
    query.bind(QStringLiteral(":id"), id);
    return query.scalar().toLongLong();
}

} // namespace

int ErasurePlan::substituteNames() const
{
    int count = 0;
    for (const Mention &mention : mentions)
        count += mention.isSubstituteName() ? 1 : 0;
    return count;
}

int ErasurePlan::enrolments() const
{
    int count = 0;
    for (const ErasureSubject &person : people)
        count += person.enrolments;
    return count;
}

int ErasurePlan::marks() const
{
    int count = 0;
    for (const ErasureSubject &person : people)
        count += person.marks;
    return count;
}

QStringList ErasurePlan::goes() const
{
    QStringList lines;
    const int n = int(people.size());
    int notes = 0;
    int removed = 0;
    for (const ErasureSubject &person : people) {
        notes += person.notesOnMarks;
        removed += person.removedEntirely ? 1 : 0;
    }
    if (n == 1)
        lines << Tr::tr("Their name, email, phone, TRN, job role, year group and notes.");
    else
        lines << Tr::tr("The names, emails, phones, TRNs, job roles, year groups and notes of "
                        "%n people.",
                        nullptr, n);
    if (enrolments() > 0)
        lines << Tr::tr("Their role in each Work Group they take part in.");
    if (notes > 0)
        lines << Tr::tr("The notes on %n of their attendance mark(s).", nullptr, notes);
    const int substitutes = substituteNames();
    if (substitutes > 0)
        lines << Tr::tr("Their name as the substitute on %n colleague's mark(s), replaced by "
                        "their new label.",
                        nullptr, substitutes);
    const int others = int(mentions.size()) - substitutes;
    if (others > 0) {
        QStringList places;
        for (int i = 0; i < mentions.size() && places.size() < kPlacesListed; ++i) {
            if (!mentions.at(i).isSubstituteName())
                places << mentionPlaces.value(i);
        }
        QString line = Tr::tr("Their name, email or TRN in %n other place(s), replaced by their "
                              "new label: %1",
                              nullptr, others)
                           .arg(places.join(QStringLiteral("; ")));
        if (others > places.size())
            line += Tr::tr("; and %n more", nullptr, others - int(places.size()));
        lines << line + QLatin1Char('.');
    }
    if (removed == 1 && n == 1)
        lines << Tr::tr("Their record itself: they hold no place in a Work Group and lead none, "
                        "so no figure needs it.");
    else if (removed > 0)
        lines << Tr::tr("The records of %n of them, who hold no place in a Work Group and lead "
                        "none, so no figure needs them.",
                        nullptr, removed);
    return lines;
}

QStringList ErasurePlan::stays() const
{
    QStringList lines;
    if (people.size() == 1) {
        const ErasureSubject &person = people.first();
        if (person.removedEntirely)
            return { Tr::tr("Nothing of theirs: no figure or return counts them.") };
        const QString who = person.school.isEmpty()
            ? Tr::tr("“%1”").arg(person.label)
            : Tr::tr("“%1” of %2").arg(person.label, person.school);
        if (person.enrolments > 0)
            lines << Tr::tr("Their %n place(s) in Work Groups", nullptr, person.enrolments)
                    + QLatin1Char(' ')
                    + Tr::tr("and %n attendance mark(s), as %1, so attendance, completion, "
                             "engagement and every return stay as they are.",
                             nullptr, person.marks)
                          .arg(who);
        if (!person.workGroupsLed.isEmpty())
            lines << Tr::tr("The Work Groups they lead (%1) keep working, with “%2” as their "
                            "Lead until you choose another.")
                         .arg(person.workGroupsLed.join(QStringLiteral(", ")), person.label);
    } else {
        int led = 0;
        for (const ErasureSubject &person : people)
            led += int(person.workGroupsLed.size());
        lines << Tr::tr("Their %n place(s) in Work Groups", nullptr, enrolments())
                + QLatin1Char(' ')
                + Tr::tr("and %n attendance mark(s), each person as “Erased participant N” of "
                         "their school, so attendance, completion, engagement and every return "
                         "stay as they are.",
                         nullptr, marks());
        if (led > 0)
            lines << Tr::tr("The %n Work Group(s) they lead keep working, with the erased "
                            "record as Lead until you choose another.",
                            nullptr, led);
    }
    lines << Tr::tr("Their school, and whether they are a Work Group Lead or a Mastery "
                    "Specialist: the figures and eligibility checks count these, and alone they "
                    "name nobody.");
    lines << Tr::tr("Copies made before now are not changed here: backups (see below), returns "
                    "and exports already saved, and copies of this file on other computers.");
    return lines;
}

QString Erasure::participantLabel(int number)
{
    return Tr::tr("Erased participant %1").arg(number);
}

QString Erasure::leadLabel(int number)
{
    return Tr::tr("Erased Lead %1").arg(number);
}

ErasurePlan Erasure::plan(const QList<RecordId> &people) const
{
    return planWith(people, {});
}

ErasurePlan Erasure::planWith(const QList<RecordId> &ids,
                              const QHash<RecordId, QString> &labels) const
{
    ErasurePlan plan;
    PersonStore store(m_db);
    SqlQuery erased(m_db,
                    QStringLiteral("SELECT count(*) FROM people WHERE erased_at IS NOT NULL"));
    int next = erased.scalar().toInt() + 1;
    QSet<RecordId> seen;
    TextMatcher matcher;
    for (RecordId id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto person = store.find(id);
        if (!person)
            throw StoreError(StoreError::Kind::NotFound,
                             Tr::tr("The person to erase is no longer in this file."));
        if (person->isErased())
            throw StoreError(
                StoreError::Kind::Conflict,
                Tr::tr("%1 was erased on %2 already.")
                    .arg(person->fullName(),
                         person->erasedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))),
                person->fullName());
        ErasureSubject subject;
        subject.personId = id;
        subject.uuid = person->uuid;
        subject.name = person->fullName();
        subject.email = person->email;
        subject.texts = PersonalTexts::of(*person);
        subject.enrolments = int(countFor(
            m_db,
            QStringLiteral("SELECT count(*) FROM work_group_participants WHERE person_id = :id"),
            id));
        subject.marks
            = int(countFor(m_db,
                           QStringLiteral("SELECT count(*) FROM attendance_marks WHERE "
                                          "participant_id IN (SELECT id FROM "
                                          "work_group_participants WHERE person_id = :id)"),
                           id));
        subject.notesOnMarks = int(countFor(
            m_db,
            QStringLiteral("SELECT count(*) FROM attendance_marks WHERE note <> '' AND "
                           "participant_id IN (SELECT id FROM work_group_participants WHERE "
                           "person_id = :id)"),
            id));
        SqlQuery led(m_db,
                     QStringLiteral("SELECT code FROM work_groups WHERE lead_person_id = :id "
                                    "ORDER BY code COLLATE NOCASE"));
        led.bind(QStringLiteral(":id"), id).exec();
        while (led.next())
            subject.workGroupsLed << led.value(0).toString();
        if (person->schoolId > 0) {
            SqlQuery school(m_db, QStringLiteral("SELECT name, urn FROM schools WHERE id = :id"));
            school.bind(QStringLiteral(":id"), person->schoolId).exec();
            if (school.next())
                subject.school = Tr::tr("%1 (URN %2)")
                                     .arg(school.value(0).toString(), school.value(1).toString());
        }
        subject.removedEntirely = subject.enrolments == 0 && subject.workGroupsLed.isEmpty();
        if (labels.contains(id))
            subject.label = labels.value(id);
        else if (!subject.removedEntirely)
            subject.label = subject.enrolments == 0 ? leadLabel(next++) : participantLabel(next++);
        matcher.add(subject.texts, int(plan.people.size()));
        plan.people << subject;
    }
    plan.mentions = Mentions(m_db).find(matcher, seen);
    const Mentions describer(m_db);
    for (const Mention &mention : std::as_const(plan.mentions))
        plan.mentionPlaces << describer.describe(mention);
    return plan;
}

std::optional<ErasureOutcome> Erasure::erase(const QList<RecordId> &people,
                                             const ErasureControl &control,
                                             const QHash<RecordId, QString> &labels)
{
    if (m_db.isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         Tr::tr("The file is open read-only, so nobody can be erased from it."));
    ErasureOutcome outcome;
    outcome.plan = planWith(people, labels);
    const ErasurePlan &plan = outcome.plan;
    const QDateTime now = m_db.clock().nowUtc();
    const QString stamp = Clock::timestamp(now);
    const int total = int(plan.people.size());
    const auto cancelled
        = [&control] { return control.cancelRequested && control.cancelRequested(); };

    Transaction transaction(m_db);
    TextMatcher matcher;
    for (int i = 0; i < total; ++i)
        matcher.add(plan.people.at(i).texts, i);
    // First, while their own notes and roles still hold what the plan read: those are cleared
    // next, and must not be written back with a label in them.
    const QSet<Entity> touched = Mentions(m_db).replace(
        plan.mentions, matcher,
        [&plan](int owner) {
            const QString label = plan.people.value(owner).label;
            return label.isEmpty() ? Tr::tr("an erased person") : label;
        },
        now);
    SqlQuery anonymise(
        m_db,
        QStringLiteral("UPDATE people SET version = version + 1, first_name = '', last_name = "
                       ":label, email = '', "
                       "phone = '', role = '', year_group = '', trn = '', notes = '', "
                       "erased_at = :now, updated_at = :now WHERE id = :id"));
    SqlQuery roles(
        m_db,
        QStringLiteral("UPDATE work_group_participants SET version = version + 1, role = '', "
                       "updated_at = :now WHERE person_id = :id AND role <> ''"));
    SqlQuery notes(
        m_db,
        QStringLiteral(
            "UPDATE attendance_marks SET version = version + 1, note = '', updated_at = :now "
            "WHERE note <> '' AND participant_id IN (SELECT id FROM "
            "work_group_participants WHERE person_id = :id)"));
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM people WHERE id = :id"));
    for (int i = 0; i < total; ++i) {
        if (control.progress)
            control.progress(i, total);
        if (cancelled())
            return std::nullopt;
        const ErasureSubject &person = plan.people.at(i);
        if (person.removedEntirely) {
            remove.bind(QStringLiteral(":id"), person.personId).exec();
            continue;
        }
        anonymise.bind(QStringLiteral(":label"), person.label)
            .bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":id"), person.personId)
            .exec();
        roles.bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":id"), person.personId)
            .exec();
        notes.bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":id"), person.personId)
            .exec();
    }
    if (cancelled())
        return std::nullopt;
    // Last, so that the trail of this erasure's own changes goes too.
    QList<RecordId> ids;
    for (const ErasureSubject &person : plan.people)
        ids << person.personId;
    AuditTrail(m_db).erase(ids, matcher, [&plan](int owner) {
        const QString label = plan.people.value(owner).label;
        return label.isEmpty() ? Tr::tr("an erased person") : label;
    });

    // Index samples kept for the query planner (ANALYZE with STAT4) copy column values, names
    // among them; the planner does without them. A server keeps its statistics itself, out of
    // reach of its users, and refreshes them from the rows as they now are.
    if (!m_db.dialect().isPostgres()) {
        SqlQuery stat4(m_db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'sqlite_stat4'"));
        if (stat4.scalar().toInt() > 0)
            execSql(m_db, QStringLiteral("DELETE FROM sqlite_stat4"));
    }
    if (control.progress)
        control.progress(total, total);
    transaction.commit();

    for (Entity entity : touched)
        m_db.noteChange(entity);
    m_db.noteChange(Entity::Person);
    m_db.noteChange(Entity::ParticipantEnrolment);
    m_db.noteChange(Entity::AttendanceMark);
    m_db.noteChange(Entity::WorkGroup);

    if (!m_db.inTransaction()) {
        QList<PersonalTexts> texts;
        for (const ErasureSubject &person : plan.people)
            texts << person.texts;
        outcome.residue = FileResidue::clear(m_db, texts);
    }
    return outcome;
}

} // namespace hubreg
