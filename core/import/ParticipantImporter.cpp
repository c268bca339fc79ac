#include "ParticipantImporter.h"

#include "HeaderIndex.h"
#include "HeldPersonFinder.h"
#include "ImportError.h"
#include "ImportFileScan.h"
#include "ImportValues.h"
#include "ParticipantFields.h"
#include "SchoolMatcher.h"
#include "csv/ControlCharacters.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "domain/Person.h"
#include "eligibility/EligibleEnrolment.h"
#include "eligibility/EnrolmentCheck.h"
#include "records/ImportMappingStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <variant>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ParticipantImporter)
};

using participantfields::key;

// The columns of the file for each mapped field.
class ParticipantColumns
{
public:
    ParticipantColumns(ImportFileScan &scan, const ImportMapping &mapping)
        : m_index(scan.header())
    {
        const QString fileName = scan.fileName();
        QStringList read;
        for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
            if (participantfields::fromKey(it.key()) && !it.value().trimmed().isEmpty())
                read << it.value();
        }
        scan.refuseHeadingsNamedTwice(read);
        for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
            const auto field = participantfields::fromKey(it.key());
            if (!field || it.value().trimmed().isEmpty())
                continue;
            const int column = m_index.column(it.value());
            if (column < 0)
                throw ImportError(fileName, { 1, 0 },
                                  Tr::tr("the column mapping reads “%1” from a column “%2”, which "
                                         "this file does not have")
                                      .arg(participantfields::displayName(*field), it.value()));
            m_columns.insert(*field, column);
        }
        const bool named = has(ParticipantField::FullName)
            || (has(ParticipantField::FirstName) && has(ParticipantField::LastName))
            || has(ParticipantField::LastName);
        if (!named)
            throw ImportError(fileName, { 1, 0 },
                              Tr::tr("no column gives the participants' names: map a full name "
                                     "column, or first and last name columns"));
        if (!has(ParticipantField::SchoolUrn) && !has(ParticipantField::SchoolName))
            throw ImportError(fileName, { 1, 0 },
                              Tr::tr("no column gives the participants' schools: map a school URN "
                                     "or school name column"));
    }

    bool has(ParticipantField field) const { return m_columns.contains(field); }
    // The fields read, in the order of their columns in the file.
    QList<ParticipantField> fieldsInFileOrder() const
    {
        QList<ParticipantField> fields = m_columns.keys();
        std::sort(fields.begin(), fields.end(), [this](ParticipantField a, ParticipantField b) {
            return m_columns.value(a) < m_columns.value(b);
        });
        return fields;
    }
    int column(ParticipantField field) const { return m_columns.value(field, -1); }
    QString text(const CsvRow &row, ParticipantField field) const
    {
        const int c = column(field);
        return c < 0 ? QString() : row.fields.at(c).simplified();
    }
    QString heading(ParticipantField field) const
    {
        const int c = column(field);
        return c < 0 ? QString() : m_index.header().at(c).trimmed();
    }
    QStringList unused() const
    {
        QStringList names;
        const QList<int> used = m_columns.values();
        for (int i = 0; i < m_index.header().size(); ++i) {
            if (!used.contains(i))
                names << m_index.header().at(i);
        }
        return names;
    }

private:
    HeaderIndex m_index;
    QHash<ParticipantField, int> m_columns;
};

// What the check pass decided for one row, for the write pass to do.
struct PlannedRow
{
    qint64 line = 0;
    Person person; // with the id of the person held, or 0 for a new one
    bool changed = false;
    bool skip = false;
    bool lead = false;
    QString groupRole;
};

class RowChecker
{
public:
    RowChecker(Database &db, const ParticipantColumns &columns,
               const ParticipantImportOptions &options, const WorkGroup &workGroup)
        : m_db(db)
        , m_columns(columns)
        , m_options(options)
        , m_workGroup(workGroup)
        , m_schools(db)
        , m_people(db)
        , m_held(db)
    {
        for (const SchoolEnrolmentListing &s : WorkGroupStore(db).schools(workGroup.id))
            m_enrolledSchools.insert(s.enrolment.schoolId);
    }

    // The plan for the row, or the reason it is rejected.
    std::variant<PlannedRow, ImportIssue> check(const CsvRow &row)
    {
        PlannedRow plan;
        plan.line = row.start.line;
        auto reject = [&](ParticipantField field, const QString &message) -> ImportIssue {
            const int column = m_columns.column(field);
            const CsvPosition at = column >= 0 ? row.positionOf(column) : row.start;
            return ImportIssue { at.line, column >= 0 ? at.column : 0, m_columns.heading(field),
                                 message };
        };

        // A control character in a name or an address is damage, or an escape sequence aimed
        // at whatever screen shows it: the row is refused, naming where.
        for (const ParticipantField field : m_columns.fieldsInFileOrder()) {
            const QString text = m_columns.text(row, field);
            if (const qsizetype at = controlcharacters::find(text); at >= 0)
                return reject(field,
                              Tr::tr("“%1” holds a control character (%2), which no person's "
                                     "details hold; it is damage, or an attack on the screen "
                                     "that shows it")
                                  .arg(importvalues::shown(text),
                                       controlcharacters::escaped(QStringView(text).mid(at, 1))));
        }

        Person incoming;
        incoming.firstName = m_columns.text(row, ParticipantField::FirstName);
        incoming.lastName = m_columns.text(row, ParticipantField::LastName);
        if (incoming.firstName.isEmpty() && incoming.lastName.isEmpty()) {
            const QString full = m_columns.text(row, ParticipantField::FullName);
            const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
            incoming.firstName = space > 0 ? full.left(space) : QString();
            incoming.lastName = space > 0 ? full.mid(space + 1) : full;
        }
        incoming.email = m_columns.text(row, ParticipantField::Email);
        incoming.phone = m_columns.text(row, ParticipantField::Phone);
        incoming.role = m_columns.text(row, ParticipantField::JobRole);
        incoming.trn = m_columns.text(row, ParticipantField::Trn);
        incoming.yearGroup = m_columns.text(row, ParticipantField::YearGroup);
        plan.groupRole = m_columns.text(row, ParticipantField::GroupRole);

        const FieldErrors errors = PersonStore::check(incoming);
        if (!errors.isEmpty()) {
            const FieldError &e = errors.first();
            const ParticipantField field = e.field == QLatin1String("email")
                ? ParticipantField::Email
                : e.field == QLatin1String("trn")
                ? ParticipantField::Trn
                : (m_columns.has(ParticipantField::LastName) ? ParticipantField::LastName
                                                             : ParticipantField::FullName);
            return reject(field, e.message);
        }
        const QString leadText = m_columns.text(row, ParticipantField::LeadParticipant);
        if (!leadText.isEmpty()) {
            const auto lead = importvalues::yesNo(leadText);
            if (!lead)
                return reject(ParticipantField::LeadParticipant,
                              Tr::tr("“%1” is not Y or N").arg(importvalues::shown(leadText)));
            plan.lead = *lead;
        }

        // The school: chosen in the wizard, else by URN, else by name.
        RecordId schoolId = m_options.schoolChoices.value(plan.line, 0);
        if (schoolId == 0) {
            const SchoolLookup found
                = m_schools.lookUp(m_columns.text(row, ParticipantField::SchoolUrn),
                                   m_columns.text(row, ParticipantField::SchoolName),
                                   m_columns.text(row, ParticipantField::SchoolPostcode));
            if (!found.school) {
                ParticipantField field = ParticipantField::SchoolName;
                if (found.problem == SchoolLookup::Problem::BadUrn
                    || found.problem == SchoolLookup::Problem::UnknownUrn
                    || (found.problem == SchoolLookup::Problem::Missing
                        && m_columns.has(ParticipantField::SchoolUrn)))
                    field = ParticipantField::SchoolUrn;
                ImportIssue issue = reject(field, found.message);
                for (const SchoolCandidate &c : found.candidates)
                    issue.choices << ImportChoice { c.id, c.describe() };
                return issue;
            }
            schoolId = found.school->id;
        }
        incoming.schoolId = schoolId;

        // A person already held: same email address, or same name at the same school.
        const std::optional<HeldMatch> match = m_held.find(incoming, schoolId);
        const std::optional<Person> held
            = match ? std::optional<Person>(match->person) : std::nullopt;
        const QString why = match && match->byEmail ? Tr::tr("same email address")
                                                    : Tr::tr("same name at the same school");

        // The same person twice in the file: the same record held, the same email address, or
        // the same name at the same school where either row has no email address.
        const QString nameKey
            = QStringLiteral("%1|%2|%3")
                  .arg(schoolId)
                  .arg(incoming.firstName.toCaseFolded(), incoming.lastName.toCaseFolded());
        const QString emailKey = incoming.email.toCaseFolded();
        qint64 earlier = held ? m_heldLines.value(held->id, 0) : 0;
        if (earlier == 0 && !emailKey.isEmpty())
            earlier = m_emailLines.value(emailKey, 0);
        if (earlier == 0 && m_nameLines.contains(nameKey)) {
            const auto [line, hadEmail] = m_nameLines.value(nameKey);
            if (!hadEmail || emailKey.isEmpty())
                earlier = line;
        }
        if (earlier > 0)
            return reject(m_columns.has(ParticipantField::Email) ? ParticipantField::Email
                                                                 : ParticipantField::SchoolName,
                          Tr::tr("the same person is already on line %1").arg(earlier));
        if (held)
            m_heldLines.insert(held->id, plan.line);
        if (!emailKey.isEmpty())
            m_emailLines.insert(emailKey, plan.line);
        if (!m_nameLines.contains(nameKey))
            m_nameLines.insert(nameKey, { plan.line, !emailKey.isEmpty() });

        const DuplicateAction action = !match
            ? DuplicateAction::Update
            : m_options.duplicateChoices.value(
                plan.line, match->byEmail ? m_options.onDuplicate : m_options.onNameMatch);
        if (match && action == DuplicateAction::Skip) {
            plan.person = *held;
            plan.skip = true;
            note(plan.line, *match, Tr::tr("already held (%1): left out").arg(why));
            return plan;
        }

        if (!held) {
            plan.person = incoming;
            plan.changed = true;
        } else {
            plan.person = *held;
            if (action == DuplicateAction::Update) {
                Person merged = *held;
                auto take = [](QString &target, const QString &value) {
                    if (!value.isEmpty())
                        target = value;
                };
                take(merged.firstName, incoming.firstName);
                take(merged.lastName, incoming.lastName);
                take(merged.email, incoming.email);
                take(merged.phone, incoming.phone);
                take(merged.role, incoming.role);
                take(merged.trn, incoming.trn);
                take(merged.yearGroup, incoming.yearGroup);
                merged.schoolId = schoolId;
                plan.changed = merged.firstName != held->firstName
                    || merged.lastName != held->lastName || merged.email != held->email
                    || merged.phone != held->phone || merged.role != held->role
                    || merged.trn != held->trn || merged.yearGroup != held->yearGroup
                    || merged.schoolId != held->schoolId;
                // An email address that belongs to someone else cannot be given to this person.
                if (const auto owner = m_people.findByEmail(merged.email);
                    owner && owner->id != held->id)
                    return reject(ParticipantField::Email,
                                  Tr::tr("this email address belongs to another person held"));
                plan.person = merged;
            }
            // The participant represents the school of this row, whatever the held record says.
            plan.person.schoolId = schoolId;
        }

        if (auto refusal = checkNewSchool(schoolId, plan.line))
            return reject(m_columns.has(ParticipantField::SchoolName) ? ParticipantField::SchoolName
                                                                      : ParticipantField::SchoolUrn,
                          *refusal);
        if (match)
            note(plan.line, *match,
                 action == DuplicateAction::Update
                     ? Tr::tr("already held (%1): details brought up to date").arg(why)
                     : Tr::tr("already held (%1): details kept").arg(why));
        return plan;
    }

    QList<ImportIssue> takeNotes() { return std::exchange(m_notes, {}); }
    QList<NewSchoolEnrolment> newSchools() const { return m_newSchools; }
    QString reasonFor(RecordId schoolId) const
    {
        for (const NewSchoolEnrolment &school : m_newSchools) {
            if (school.schoolId == schoolId)
                return school.reason;
        }
        return {};
    }

private:
    void note(qint64 line, const HeldMatch &match, const QString &message)
    {
        ImportIssue issue { line, 0, {}, message };
        issue.heldId = match.person.id;
        issue.heldByEmail = match.byEmail;
        m_notes << issue;
    }

    // Why a school not yet in the Work Group cannot join with this row, if it cannot: the Enrol
    // dialog's warnings stand and no reason was given for it.
    std::optional<QString> checkNewSchool(RecordId schoolId, qint64 line)
    {
        if (m_enrolledSchools.contains(schoolId))
            return std::nullopt;
        for (const NewSchoolEnrolment &school : std::as_const(m_newSchools)) {
            if (school.schoolId == schoolId)
                return school.enrolled ? std::nullopt : std::optional<QString>(refusal(school));
        }
        const auto school = SchoolStore(m_db).find(schoolId);
        if (!school)
            return Tr::tr("the school is no longer in the register");
        NewSchoolEnrolment joining;
        joining.schoolId = schoolId;
        joining.school = Tr::tr("%1 (URN %2)")
                             .arg(school->town.isEmpty()
                                      ? school->name
                                      : QStringLiteral("%1, %2").arg(school->name, school->town),
                                  school->urn.toString());
        joining.firstLine = line;
        joining.warnings = EnrolmentCheck(m_db).warnings(*school, m_workGroup, m_joining);
        joining.reason = m_options.enrolReasons.value(schoolId, m_options.enrolReason).trimmed();
        joining.enrolled = joining.warnings.isEmpty() || !joining.reason.isEmpty();
        if (joining.warnings.isEmpty())
            joining.reason.clear();
        m_newSchools << joining;
        if (joining.enrolled) {
            ++m_joining;
            return std::nullopt;
        }
        return refusal(joining);
    }

    QString refusal(const NewSchoolEnrolment &school) const
    {
        return Tr::tr("%1 is not in %2 yet, and can join it only with a reason to go ahead: %3")
            .arg(school.school, m_workGroup.code, school.warnings.join(QLatin1Char(' ')));
    }

    Database &m_db;
    const ParticipantColumns &m_columns;
    const ParticipantImportOptions &m_options;
    const WorkGroup m_workGroup;
    SchoolMatcher m_schools;
    PersonStore m_people;
    HeldPersonFinder m_held;
    QSet<RecordId> m_enrolledSchools;
    QList<NewSchoolEnrolment> m_newSchools;
    int m_joining = 0; // new schools accepted so far, for the capacity
    QHash<RecordId, qint64> m_heldLines;
    QHash<QString, qint64> m_emailLines;
    QHash<QString, std::pair<qint64, bool>> m_nameLines; // line, and whether it had an email
    QList<ImportIssue> m_notes;
};

} // namespace

ImportMapping ParticipantImporter::mappingFor(const QStringList &header) const
{
    if (auto saved = ImportMappingStore(m_db).findByHeader(participantfields::kMappingKind, header))
        return *saved;
    return participantfields::guess(header);
}

ImportReport ParticipantImporter::run(const QString &path, const ParticipantImportOptions &options,
                                      const ImportControl &control)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    try {
        ImportFileScan check(path, options.csv);
        report.fileName = check.fileName();
        WorkGroupStore groups(m_db);
        const auto workGroup = groups.findByCode(options.workGroupCode);
        if (!workGroup)
            throw ImportError(
                check.fileName(), {},
                Tr::tr("there is no Work Group with the code “%1”").arg(options.workGroupCode));
        ImportMapping mapping
            = options.mapping.columns.isEmpty() ? mappingFor(check.header()) : options.mapping;
        const ParticipantColumns columns(check, mapping);
        report.unusedColumns = columns.unused();

        RowChecker checker(m_db, columns, options, *workGroup);
        QList<PlannedRow> plans;
        check.run(
            ImportStage::Checking, control,
            [&](const CsvRow &row) {
                ++report.rows;
                auto result = checker.check(row);
                if (auto *issue = std::get_if<ImportIssue>(&result))
                    report.rejected << *issue;
                else
                    plans << std::get<PlannedRow>(result);
            },
            [&](const ImportIssue &issue) {
                ++report.rows;
                report.rejected << issue;
            });
        report.notes = checker.takeNotes();
        report.newSchools = checker.newSchools();
        if (options.onRejection == OnRejection::ImportNothing && !report.rejected.isEmpty())
            return report;

        Transaction transaction(m_db);
        PersonStore people(m_db);
        QSet<RecordId> enrolledSchools;
        for (const SchoolEnrolmentListing &s : groups.schools(workGroup->id))
            enrolledSchools.insert(s.enrolment.schoolId);
        QSet<RecordId> enrolledPeople;
        for (const ParticipantListing &p : groups.participants(workGroup->id))
            enrolledPeople.insert(p.enrolment.personId);
        // Joining a Work Group already under way: the sessions held before are not theirs.
        const QDate joinedOn
            = options.joinedOn.isValid() ? options.joinedOn : groups.defaultJoinedOn(workGroup->id);
        qint64 done = 0;
        for (PlannedRow &plan : plans) {
            if (++done % 64 == 0) {
                checkCancel(control);
                if (control.progress)
                    control.progress(ImportStage::Writing, done, plans.size());
            }
            if (plan.skip) {
                ++report.skipped;
                continue;
            }
            if (!plan.person.isStored()) {
                people.add(plan.person);
                ++report.added;
            } else if (plan.changed) {
                people.update(plan.person);
                ++report.updated;
            } else {
                ++report.unchanged;
            }
            if (!enrolledSchools.contains(plan.person.schoolId)) {
                SchoolEnrolment school;
                school.workGroupId = workGroup->id;
                school.schoolId = plan.person.schoolId;
                school.joinedOn = joinedOn;
                // The warnings were checked with the rows; this keeps the reason given.
                EligibleEnrolment::enrol(m_db, school, checker.reasonFor(plan.person.schoolId));
                enrolledSchools.insert(plan.person.schoolId);
                ++report.schoolsEnrolled;
            }
            if (!enrolledPeople.contains(plan.person.id)) {
                ParticipantEnrolment enrolment;
                enrolment.workGroupId = workGroup->id;
                enrolment.personId = plan.person.id;
                enrolment.schoolId = plan.person.schoolId;
                enrolment.isLeadParticipant = plan.lead;
                enrolment.role = plan.groupRole;
                enrolment.joinedOn = joinedOn;
                groups.enrolParticipant(enrolment);
                enrolledPeople.insert(plan.person.id);
                ++report.participantsEnrolled;
            }
        }
        if (control.progress)
            control.progress(ImportStage::Writing, plans.size(), plans.size());
        checkCancel(control);
        if (!options.saveMappingAs.trimmed().isEmpty()) {
            mapping.kind = participantfields::kMappingKind;
            mapping.name = options.saveMappingAs;
            mapping.headerKey = ImportMappingStore::headerKey(check.header());
            ImportMappingStore(m_db).save(mapping);
        }
        if (options.dryRun) {
            transaction.rollback();
        } else {
            transaction.commit();
            report.committed = true;
        }
    } catch (const ImportCancelled &) {
        report.cancelled = true;
        report.added = report.updated = report.unchanged = report.skipped = 0;
        report.schoolsEnrolled = report.participantsEnrolled = 0;
    }
    return report;
}

} // namespace hubreg
