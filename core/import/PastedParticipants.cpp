#include "PastedParticipants.h"

#include "ImportValues.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PastedParticipants)
};

QChar separatorOf(const QString &line)
{
    if (line.contains(QLatin1Char('\t')))
        return QLatin1Char('\t');
    if (line.contains(QLatin1Char(';')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString unquoted(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
        cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return cell.simplified();
}

bool allDigits(const QString &cell)
{
    return !cell.isEmpty()
        && std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
}

// A heading row names fields and holds no value a person's row would.
bool looksLikeHeader(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (cell.contains(QLatin1Char('@')) || allDigits(cell))
            return false;
    }
    return !participantfields::guess(cells).columns.isEmpty();
}

QStringList numberedHeader(int columns)
{
    QStringList header;
    for (int i = 0; i < columns; ++i)
        header << Tr::tr("Column %1").arg(i + 1);
    return header;
}

// Whether most of `cells` (blank ones aside) pass `test`.
template<typename Test> bool mostly(const QStringList &cells, Test test)
{
    int passed = 0;
    int counted = 0;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        ++counted;
        passed += test(cell) ? 1 : 0;
    }
    return counted > 0 && passed * 2 > counted;
}
} // namespace

PastedBlock PastedBlock::parse(const QString &text)
{
    PastedBlock block;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    int width = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells;
        for (const QString &raw : line.split(separatorOf(line)))
            cells << unquoted(raw);
        // Spreadsheets copy trailing empty cells of a selection; they say nothing.
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        if (cells.isEmpty())
            continue;
        width = qMax(width, int(cells.size()));
        block.m_allRows << cells;
        block.m_allLines << i + 1;
    }
    for (QStringList &cells : block.m_allRows) {
        while (cells.size() < width)
            cells << QString();
    }
    return block.withHeader(!block.m_allRows.isEmpty() && looksLikeHeader(block.m_allRows.first()));
}

PastedBlock PastedBlock::withHeader(bool firstLineIsHeader) const
{
    PastedBlock block = *this;
    const int width = m_allRows.isEmpty() ? 0 : int(m_allRows.first().size());
    block.hasHeader = firstLineIsHeader && !m_allRows.isEmpty();
    block.header = block.hasHeader ? m_allRows.first() : numberedHeader(width);
    block.rows = block.hasHeader ? m_allRows.mid(1) : m_allRows;
    block.lines = block.hasHeader ? m_allLines.mid(1) : m_allLines;
    return block;
}

PastedParticipantReader::PastedParticipantReader(Database &db, RecordId workGroupId)
    : m_db(db)
    , m_workGroupId(workGroupId)
{ }

PastedParticipantReader::Columns
PastedParticipantReader::guessColumns(const PastedBlock &block) const
{
    Columns columns;
    if (block.hasHeader) {
        const ImportMapping mapping = participantfields::guess(block.header);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            const auto field = participantfields::fromKey(it.key());
            const int column = int(block.header.indexOf(it.value()));
            if (field && column >= 0)
                columns.insert(column, *field);
        }
        return columns;
    }

    static const QRegularExpression postcode(
        QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{10,}$"));
    const SchoolMatcher schools(m_db);
    QSet<ParticipantField> taken;
    auto take = [&](int column, ParticipantField field) {
        if (taken.contains(field))
            return false;
        taken.insert(field);
        columns.insert(column, field);
        return true;
    };
    QList<int> text;
    for (int column = 0; column < block.columnCount(); ++column) {
        QStringList cells;
        for (const QStringList &row : block.rows.mid(0, 20))
            cells << row.value(column);
        if (mostly(cells, [](const QString &c) { return c.contains(QLatin1Char('@')); })) {
            take(column, ParticipantField::Email);
        } else if (mostly(cells, [](const QString &c) { return allDigits(c) && c.size() == 6; })) {
            take(column, ParticipantField::SchoolUrn);
        } else if (mostly(cells, [](const QString &c) { return allDigits(c) && c.size() == 7; })) {
            take(column, ParticipantField::Trn);
        } else if (mostly(cells,
                          [](const QString &c) { return importvalues::yesNo(c).has_value(); })) {
            take(column, ParticipantField::LeadParticipant);
        } else if (mostly(cells, [](const QString &c) { return postcode.match(c).hasMatch(); })) {
            take(column, ParticipantField::SchoolPostcode);
        } else if (mostly(cells, [](const QString &c) { return phone.match(c).hasMatch(); })) {
            take(column, ParticipantField::Phone);
        } else if (mostly(cells.mid(0, 5), [&](const QString &c) {
                       // One look-up a cell: a school of the register with exactly this name.
                       const QList<SchoolCandidate> found = schools.candidates(c, {}, 1);
                       return !found.isEmpty() && found.first().exactName;
                   })) {
            take(column, ParticipantField::SchoolName);
        } else if (mostly(cells, [](const QString &) { return true; })) {
            text << column;
        }
    }
    // The name first, then the job title; the role in the Work Group only from a heading.
    if (!text.isEmpty()) {
        QStringList first;
        for (const QStringList &row : block.rows.mid(0, 20))
            first << row.value(text.first());
        const bool fullNames
            = mostly(first, [](const QString &c) { return c.contains(QLatin1Char(' ')); });
        if (fullNames || text.size() == 1) {
            take(text.takeFirst(), ParticipantField::FullName);
        } else {
            take(text.takeFirst(), ParticipantField::FirstName);
            take(text.takeFirst(), ParticipantField::LastName);
        }
        if (!text.isEmpty())
            take(text.takeFirst(), ParticipantField::JobRole);
    }
    return columns;
}

QList<PastedParticipant>
PastedParticipantReader::read(const PastedBlock &block, const Columns &columns,
                              const QHash<int, RecordId> &schoolChoices) const
{
    QHash<ParticipantField, int> columnOf;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!columnOf.contains(it.value()))
            columnOf.insert(it.value(), it.key());
    }
    QSet<RecordId> groupSchools;
    for (const SchoolEnrolmentListing &school : WorkGroupStore(m_db).schools(m_workGroupId)) {
        if (!school.enrolment.isWithdrawn())
            groupSchools.insert(school.enrolment.schoolId);
    }
    QSet<RecordId> participants;
    for (const ParticipantListing &participant : WorkGroupStore(m_db).participants(m_workGroupId))
        participants.insert(participant.enrolment.personId);

    const SchoolMatcher schools(m_db);
    HeldPersonFinder heldFinder(m_db);
    QHash<QString, int> emailLines;
    QHash<RecordId, int> heldLines;
    QList<PastedParticipant> result;
    for (int i = 0; i < block.rows.size(); ++i) {
        const QStringList &cells = block.rows.at(i);
        auto text = [&](ParticipantField field) {
            const int column = columnOf.value(field, -1);
            return column >= 0 ? cells.value(column).simplified() : QString();
        };
        PastedParticipant row;
        row.line = block.lines.value(i);
        Person &person = row.person;
        person.firstName = text(ParticipantField::FirstName);
        person.lastName = text(ParticipantField::LastName);
        if (person.firstName.isEmpty() && person.lastName.isEmpty()) {
            const QString full = text(ParticipantField::FullName);
            const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
            person.firstName = space > 0 ? full.left(space) : QString();
            person.lastName = space > 0 ? full.mid(space + 1) : full;
        }
        person.email = text(ParticipantField::Email);
        person.phone = text(ParticipantField::Phone);
        person.role = text(ParticipantField::JobRole);
        person.trn = text(ParticipantField::Trn);
        person.yearGroup = text(ParticipantField::YearGroup);
        row.groupRole = text(ParticipantField::GroupRole);

        auto leaveOut = [&](PastedParticipant::Outcome outcome, const QString &message) {
            row.outcome = outcome;
            row.message = message;
            result << row;
        };
        const FieldErrors errors = PersonStore::check(person);
        if (!errors.isEmpty()) {
            leaveOut(PastedParticipant::Outcome::Invalid, errors.first().message);
            continue;
        }
        const QString lead = text(ParticipantField::LeadParticipant);
        if (!lead.isEmpty()) {
            const auto yes = importvalues::yesNo(lead);
            if (!yes) {
                leaveOut(PastedParticipant::Outcome::Invalid,
                         Tr::tr("“%1” is not Y or N").arg(importvalues::shown(lead)));
                continue;
            }
            row.leadParticipant = *yes;
        }

        const QString urn = text(ParticipantField::SchoolUrn);
        const QString schoolName = text(ParticipantField::SchoolName);
        const QString postcode = text(ParticipantField::SchoolPostcode);
        // Read again at every choice made in the preview, and many rows name one school.
        const QString lookUpKey
            = urn + QLatin1Char('\x1f') + schoolName + QLatin1Char('\x1f') + postcode;
        if (!m_lookUps.contains(lookUpKey))
            m_lookUps.insert(lookUpKey, schools.lookUp(urn, schoolName, postcode));
        row.school = m_lookUps.value(lookUpKey);
        if (const RecordId chosen = schoolChoices.value(row.line, 0); chosen > 0) {
            if (const auto school = SchoolStore(m_db).find(chosen)) {
                SchoolCandidate candidate;
                candidate.id = school->id;
                candidate.urn = school->urn;
                candidate.name = school->name;
                candidate.town = school->town;
                candidate.postcode = school->postcode;
                candidate.status = school->status;
                row.school.school = candidate;
                row.schoolChosen = true;
            }
        }
        if (!row.school.school) {
            leaveOut(PastedParticipant::Outcome::NeedsSchool,
                     row.school.problem == SchoolLookup::Problem::Missing
                         ? Tr::tr("the row names no school: choose it")
                         : row.school.message);
            continue;
        }
        person.schoolId = row.school.school->id;
        if (!groupSchools.contains(person.schoolId)) {
            leaveOut(PastedParticipant::Outcome::SchoolNotInGroup,
                     Tr::tr("%1 is not in this Work Group: enrol it on the Schools tab first, "
                            "or choose another school")
                         .arg(row.school.school->describe()));
            continue;
        }

        row.held = heldFinder.find(person, person.schoolId);
        if (row.held && participants.contains(row.held->person.id)) {
            leaveOut(PastedParticipant::Outcome::AlreadyParticipant,
                     Tr::tr("%1 is already a participant").arg(row.held->person.fullName()));
            continue;
        }
        const QString emailKey = person.email.toCaseFolded();
        int earlier = row.held ? heldLines.value(row.held->person.id, 0) : 0;
        if (earlier == 0 && !emailKey.isEmpty())
            earlier = emailLines.value(emailKey, 0);
        if (earlier > 0) {
            leaveOut(PastedParticipant::Outcome::Repeated,
                     Tr::tr("the same person is already on line %1").arg(earlier));
            continue;
        }
        if (row.held)
            heldLines.insert(row.held->person.id, row.line);
        if (!emailKey.isEmpty())
            emailLines.insert(emailKey, row.line);
        if (row.held)
            row.message = row.held->byEmail
                ? Tr::tr("already held (same email address): joins with the details held")
                : Tr::tr("already held (same name at the same school): joins with the details "
                         "held");
        result << row;
    }
    return result;
}

} // namespace hubreg
