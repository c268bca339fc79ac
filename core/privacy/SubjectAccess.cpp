#include "SubjectAccess.h"

#include "Mentions.h"
#include "PersonalTexts.h"
#include "Retention.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "domain/Attendance.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"
#include "history/AuditTrail.h"
#include "history/ParticipationHistory.h"
#include "records/PersonStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SubjectAccess)
};

// Words either side of a mention in its excerpt.
constexpr int kExcerptContext = 80;

QString schoolText(const QVariant &name, const QVariant &urn)
{
    if (name.isNull())
        return {};
    return Tr::tr("%1 (URN %2)").arg(name.toString(), urn.toString());
}

QDateTime timestampFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Replaces everyone else the file names, and any email address not the person's own, in the
// free text that goes into a report.
class Redactor
{
public:
    Redactor(const Database &db, const Person &subject)
    {
        const QStringList own = PersonalTexts::of(subject).inText();
        QSet<QString> ownFolded;
        for (const QString &text : own)
            ownFolded.insert(text.simplified().toLower());
        m_ownEmail = subject.email.trimmed().toLower();
        SqlQuery others(db,
                        QStringLiteral("SELECT first_name, last_name, email, trn FROM people "
                                       "WHERE id <> :id AND erased_at IS NULL"));
        others.bind(QStringLiteral(":id"), subject.id).exec();
        while (others.next()) {
            const PersonalTexts texts { others.value(0).toString().simplified(),
                                        others.value(1).toString().simplified(),
                                        others.value(2).toString().trimmed(),
                                        others.value(3).toString().trimmed() };
            for (const QString &text : texts.inText()) {
                // Someone with the same name as theirs: their name is theirs to see. Email
                // addresses are all dealt with below.
                if (!ownFolded.contains(text.simplified().toLower())
                    && !text.contains(QLatin1Char('@')))
                    m_others.add(text, 0);
            }
        }
    }

    QString apply(const QString &text) const
    {
        if (text.isEmpty())
            return text;
        QString result = m_others.replaced(text, [](int) { return SubjectAccess::redaction(); });
        static const QRegularExpression email(
            QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
        QString out;
        int from = 0;
        auto it = email.globalMatch(result);
        while (it.hasNext()) {
            const auto match = it.next();
            out += QStringView(result).mid(from, match.capturedStart() - from);
            out += match.captured().toLower() == m_ownEmail ? match.captured()
                                                            : Tr::tr("[an email address]");
            from = int(match.capturedEnd());
        }
        out += QStringView(result).mid(from);
        return out;
    }

private:
    TextMatcher m_others;
    QString m_ownEmail;
};

// Built when the first text needs it: loading everyone's names costs time in a national file.
class LazyRedactor
{
public:
    LazyRedactor(const Database &db, const Person &subject)
        : m_db(db)
        , m_subject(subject)
    { }
    QString operator()(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return text;
        if (!m_redactor)
            m_redactor = std::make_unique<Redactor>(m_db, m_subject);
        return m_redactor->apply(text);
    }

private:
    const Database &m_db;
    const Person &m_subject;
    std::unique_ptr<Redactor> m_redactor;
};

QString excerpt(const QString &text, const TextMatcher &own)
{
    const QList<TextMatcher::Match> matches = own.find(text);
    if (matches.isEmpty())
        return text.left(2 * kExcerptContext);
    const TextMatcher::Match first = matches.first();
    const int from = qMax(0, first.start - kExcerptContext);
    const int to = qMin(int(text.size()), first.start + first.length + kExcerptContext);
    QString result = text.mid(from, to - from).simplified();
    if (from > 0)
        result.prepend(QStringLiteral("…"));
    if (to < text.size())
        result.append(QStringLiteral("…"));
    return result;
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonValue stamp(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(Clock::timestamp(value.toUTC())) : QJsonValue();
}

QString kindName(BackupCopy::Kind kind)
{
    switch (kind) {
    case BackupCopy::Kind::Daily:
        return QStringLiteral("daily");
    case BackupCopy::Kind::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    case BackupCopy::Kind::Taken:
        return QStringLiteral("taken");
    case BackupCopy::Kind::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

} // namespace

QString SubjectAccess::redaction()
{
    return Tr::tr("[another person]");
}

int SubjectAccessReport::markCount() const
{
    int count = 0;
    for (const Enrolment &enrolment : enrolments)
        count += int(enrolment.marks.size());
    return count;
}

SubjectAccessReport SubjectAccess::gather(RecordId personId) const
{
    const auto person = PersonStore(m_db).find(personId);
    if (!person)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("The person is no longer in this file."));
    if (person->isErased())
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("%1's personal data was erased, so the file holds none to report.")
                             .arg(person->fullName()),
                         person->fullName());
    LazyRedactor redact(m_db, *person);
    SubjectAccessReport report;
    report.generatedAt = m_db.clock().nowUtc();
    report.fileName = QFileInfo(m_db.path()).fileName();
    report.person = *person;
    report.person.notes = redact(person->notes);

    SqlQuery hubs(m_db, QStringLiteral("SELECT name FROM hubs ORDER BY name COLLATE NOCASE"));
    hubs.exec();
    while (hubs.next())
        report.hubs << hubs.value(0).toString();
    if (person->schoolId > 0) {
        SqlQuery school(m_db, QStringLiteral("SELECT name, urn FROM schools WHERE id = :id"));
        school.bind(QStringLiteral(":id"), person->schoolId).exec();
        if (school.next())
            report.school = schoolText(school.value(0), school.value(1));
    }
    report.keptUntil = Retention(m_db).keptUntil(personId);

    SqlQuery led(m_db,
                 QStringLiteral("SELECT w.code, w.title, pr.title AS programme_title, y.label, "
                                "w.status FROM "
                                "work_groups w JOIN programmes pr ON pr.id = w.programme_id "
                                "JOIN academic_years y ON y.id = w.academic_year_id WHERE "
                                "w.lead_person_id = :id ORDER BY y.start_date, w.code "
                                "COLLATE NOCASE"));
    led.bind(QStringLiteral(":id"), personId).exec();
    while (led.next())
        report.led.append(
            { led.value("code").toString(), redact(led.value("title").toString()),
              led.value("programme_title").toString(), led.value("label").toString(),
              displayName(workGroupStatusFromStorage(led.value("status").toString())) });

    QSet<RecordId> ownEnrolments;
    QList<PersonParticipation> places = ParticipationHistory(m_db).forPerson(personId);
    // Oldest year first, as a person reads their own history.
    std::stable_sort(places.begin(), places.end(),
                     [](const PersonParticipation &a, const PersonParticipation &b) {
                         return a.academicYear != b.academicYear
                             ? a.academicYear < b.academicYear
                             : a.workGroupCode.compare(b.workGroupCode, Qt::CaseInsensitive) < 0;
                     });
    SqlQuery details(m_db,
                     QStringLiteral("SELECT w.title, h.name, p.created_at, p.updated_at FROM "
                                    "work_group_participants p JOIN work_groups w ON w.id = "
                                    "p.work_group_id JOIN hubs h ON h.id = w.hub_id WHERE "
                                    "p.id = :id"));
    SqlQuery marks(m_db,
                   QStringLiteral("SELECT s.number, s.title, s.held_on, s.start_time, s.end_time, "
                                  "s.kind, s.mode, s.venue, s.status, m.mark, m.note, "
                                  "m.recorded_at FROM attendance_marks m JOIN sessions s ON s.id = "
                                  "m.session_id WHERE m.participant_id = :id ORDER BY s.held_on "
                                  "NULLS LAST, s.number"));
    for (const PersonParticipation &place : std::as_const(places)) {
        ownEnrolments.insert(place.participantId);
        SubjectAccessReport::Enrolment enrolment;
        enrolment.workGroupCode = place.workGroupCode;
        enrolment.programmeCode = place.programmeCode;
        enrolment.programmeTitle = place.programmeTitle;
        enrolment.academicYear = place.academicYear;
        enrolment.school = Tr::tr("%1 (URN %2)").arg(place.schoolName, place.schoolUrn.toString());
        enrolment.role = place.role;
        enrolment.leadParticipant = place.isLeadParticipant;
        enrolment.joinedOn = place.joinedOn;
        enrolment.leftOn = place.leftOn;
        enrolment.expected = place.expected;
        enrolment.attended = place.attended;
        enrolment.completed = place.completed;
        details.bind(QStringLiteral(":id"), place.participantId).exec();
        if (details.next()) {
            enrolment.workGroupTitle = redact(details.value("title").toString());
            enrolment.hub = details.value("name").toString();
            enrolment.createdAt = timestampFrom(details.value("created_at"));
            enrolment.updatedAt = timestampFrom(details.value("updated_at"));
        }
        marks.bind(QStringLiteral(":id"), place.participantId).exec();
        while (marks.next()) {
            SubjectAccessReport::Mark mark;
            mark.sessionNumber = marks.value("number").toInt();
            mark.sessionTitle = redact(marks.value("title").toString());
            mark.date = dateFrom(marks.value("held_on"));
            mark.start = timeFrom(marks.value("start_time"));
            mark.end = timeFrom(marks.value("end_time"));
            mark.kind = displayName(sessionKindFromStorage(marks.value("kind").toString()));
            mark.mode = displayName(sessionModeFromStorage(marks.value("mode").toString()));
            mark.venue = redact(marks.value("venue").toString());
            mark.status = displayName(sessionStatusFromStorage(marks.value("status").toString()));
            mark.code = marks.value("mark").toString();
            const auto code = markFromCode(mark.code.isEmpty() ? QChar() : mark.code.at(0));
            mark.meaning = code ? displayName(*code) : mark.code;
            mark.substituteCame = code == AttendanceMark::Substitute;
            mark.note = redact(marks.value("note").toString());
            mark.recordedAt = timestampFrom(marks.value("recorded_at"));
            enrolment.marks << mark;
        }
        report.enrolments << enrolment;
    }

    // Everywhere else the file names them: a colleague's substitute, notes, titles, settings.
    TextMatcher own;
    own.add(PersonalTexts::of(*person), 0);
    const Mentions mentions(m_db);
    for (const Mention &mention : mentions.find(own, { personId })) {
        if (mention.where.table == QLatin1String("attendance_marks")) {
            SqlQuery where(
                m_db,
                QStringLiteral("SELECT m.participant_id, w.code AS work_group_code, s.number, "
                               "s.held_on, sc.name AS school_name, sc.urn FROM attendance_marks "
                               "m JOIN sessions s ON "
                               "s.id = m.session_id JOIN work_groups w ON w.id = "
                               "s.work_group_id JOIN work_group_participants p ON p.id = "
                               "m.participant_id JOIN schools sc ON sc.id = p.school_id "
                               "WHERE m.id = :id"));
            where.bind(QStringLiteral(":id"), mention.key.value(0)).exec();
            if (!where.next() || ownEnrolments.contains(where.value("participant_id").toLongLong()))
                continue; // their own marks are reported with them
            if (mention.isSubstituteName()) {
                report.substituteFor.append(
                    { where.value("work_group_code").toString(), where.value("number").toInt(),
                      dateFrom(where.value("held_on")),
                      schoolText(where.value("school_name"), where.value("urn")) });
                continue;
            }
        }
        if (mention.where.table == QLatin1String("work_group_participants")
            && ownEnrolments.contains(mention.key.value(0).toLongLong()))
            continue;
        report.mentions.append(
            { redact(mentions.describe(mention)), excerpt(redact(mention.text), own) });
    }

    // What the audit trail keeps of changes to their own records.
    const AuditTrail trail(m_db);
    const auto addChanges = [&](Entity entity, RecordId id, const QString &record) {
        for (const AuditEntry &entry : trail.history(entity, id))
            report.changes.append({ entry.at, record, AuditEntry::actionName(entry.action),
                                    redact(entry.describeChanges()) });
    };
    addChanges(Entity::Person, personId, Tr::tr("Your details"));
    for (const PersonParticipation &place : std::as_const(places))
        addChanges(Entity::ParticipantEnrolment, place.participantId,
                   Tr::tr("Your place in Work Group %1").arg(place.workGroupCode));
    std::stable_sort(report.changes.begin(), report.changes.end(),
                     [](const SubjectAccessReport::Change &a,
                        const SubjectAccessReport::Change &b) { return a.at > b.at; });

    report.backups = BackupCopies::holding(m_db, { person->uuid });
    report.notHeld
        << Tr::tr("Who looked at an entry is not recorded. Changes to your records are, in the "
                  "audit trail, for as long as the hub keeps personal data; they are listed "
                  "above without the names of those who made them, which are their data.")
        << Tr::tr("Files imported (participant lists, GIAS extracts) are read and not kept; "
                  "only the layout of their columns is remembered, and it is searched above.")
        << Tr::tr("Returns and other exports already saved are files of their own, outside this "
                  "one, and are not listed here.")
        << Tr::tr("Who recorded each mark, the Work Groups' Leads and colleagues who came in "
                  "their place are other people's data, so they are not named here.");
    return report;
}

QJsonObject SubjectAccessReport::toJson() const
{
    QJsonObject personObject {
        { QStringLiteral("uuid"), person.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("firstName"), person.firstName },
        { QStringLiteral("lastName"), person.lastName },
        { QStringLiteral("email"), person.email },
        { QStringLiteral("phone"), person.phone },
        { QStringLiteral("jobRole"), person.role },
        { QStringLiteral("yearGroup"), person.yearGroup },
        { QStringLiteral("trn"), person.trn },
        { QStringLiteral("school"), school },
        { QStringLiteral("workGroupLead"), person.isWorkGroupLead },
        { QStringLiteral("masterySpecialist"), person.isMasterySpecialist },
        { QStringLiteral("notes"), person.notes },
        { QStringLiteral("createdAt"), stamp(person.createdAt) },
        { QStringLiteral("updatedAt"), stamp(person.updatedAt) },
    };
    QJsonArray ledArray;
    for (const Led &group : led)
        ledArray.append(QJsonObject { { QStringLiteral("workGroup"), group.workGroupCode },
                                      { QStringLiteral("title"), group.workGroupTitle },
                                      { QStringLiteral("programme"), group.programmeTitle },
                                      { QStringLiteral("academicYear"), group.academicYear },
                                      { QStringLiteral("status"), group.status } });
    QJsonArray enrolmentArray;
    for (const Enrolment &enrolment : enrolments) {
        QJsonArray markArray;
        for (const Mark &mark : enrolment.marks)
            markArray.append(QJsonObject {
                { QStringLiteral("session"), mark.sessionNumber },
                { QStringLiteral("sessionTitle"), mark.sessionTitle },
                { QStringLiteral("date"), date(mark.date) },
                { QStringLiteral("start"), time(mark.start) },
                { QStringLiteral("end"), time(mark.end) },
                { QStringLiteral("kind"), mark.kind },
                { QStringLiteral("mode"), mark.mode },
                { QStringLiteral("venue"), mark.venue },
                { QStringLiteral("sessionStatus"), mark.status },
                { QStringLiteral("mark"), mark.code },
                { QStringLiteral("meaning"), mark.meaning },
                { QStringLiteral("substituteCame"), mark.substituteCame },
                { QStringLiteral("note"), mark.note },
                { QStringLiteral("recordedAt"), stamp(mark.recordedAt) },
            });
        enrolmentArray.append(QJsonObject {
            { QStringLiteral("workGroup"), enrolment.workGroupCode },
            { QStringLiteral("title"), enrolment.workGroupTitle },
            { QStringLiteral("programmeCode"), enrolment.programmeCode },
            { QStringLiteral("programme"), enrolment.programmeTitle },
            { QStringLiteral("academicYear"), enrolment.academicYear },
            { QStringLiteral("hub"), enrolment.hub },
            { QStringLiteral("school"), enrolment.school },
            { QStringLiteral("role"), enrolment.role },
            { QStringLiteral("leadParticipant"), enrolment.leadParticipant },
            { QStringLiteral("joinedOn"), date(enrolment.joinedOn) },
            { QStringLiteral("leftOn"), date(enrolment.leftOn) },
            { QStringLiteral("sessionsExpected"), enrolment.expected },
            { QStringLiteral("sessionsAttended"), enrolment.attended },
            { QStringLiteral("completed"), enrolment.completed },
            { QStringLiteral("createdAt"), stamp(enrolment.createdAt) },
            { QStringLiteral("updatedAt"), stamp(enrolment.updatedAt) },
            { QStringLiteral("marks"), markArray },
        });
    }
    QJsonArray substituteArray;
    for (const Substitution &substitution : substituteFor)
        substituteArray.append(
            QJsonObject { { QStringLiteral("workGroup"), substitution.workGroupCode },
                          { QStringLiteral("session"), substitution.sessionNumber },
                          { QStringLiteral("date"), date(substitution.date) },
                          { QStringLiteral("school"), substitution.school } });
    QJsonArray mentionArray;
    for (const Place &place : mentions)
        mentionArray.append(QJsonObject { { QStringLiteral("place"), place.place },
                                          { QStringLiteral("excerpt"), place.excerpt } });
    QJsonArray changeArray;
    for (const Change &change : changes)
        changeArray.append(QJsonObject { { QStringLiteral("at"), stamp(change.at) },
                                         { QStringLiteral("record"), change.record },
                                         { QStringLiteral("action"), change.action },
                                         { QStringLiteral("fields"), change.fields } });
    QJsonArray backupArray;
    for (const BackupCopy &copy : backups)
        backupArray.append(QJsonObject { { QStringLiteral("file"), copy.fileName() },
                                         { QStringLiteral("kind"), kindName(copy.kind) },
                                         { QStringLiteral("taken"), stamp(copy.taken) },
                                         { QStringLiteral("searched"), copy.searched },
                                         { QStringLiteral("goneBy"), date(copy.goneBy) } });
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("hubregister-subject-access") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("generatedAt"), stamp(generatedAt) },
        { QStringLiteral("file"), fileName },
        { QStringLiteral("hubs"), QJsonArray::fromStringList(hubs) },
        { QStringLiteral("person"), personObject },
        { QStringLiteral("keptUntil"), date(keptUntil) },
        { QStringLiteral("workGroupsLed"), ledArray },
        { QStringLiteral("workGroups"), enrolmentArray },
        { QStringLiteral("substituteFor"), substituteArray },
        { QStringLiteral("mentionedIn"), mentionArray },
        { QStringLiteral("changes"), changeArray },
        { QStringLiteral("backupsHoldingThem"), backupArray },
        { QStringLiteral("notKept"), QJsonArray::fromStringList(notHeld) },
    };
}

} // namespace hubreg
