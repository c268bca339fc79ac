#include "GiasEstablishmentImporter.h"

#include "HeaderIndex.h"
#include "ImportError.h"
#include "ImportFileScan.h"
#include "ImportValues.h"
#include "csv/ControlCharacters.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/DeferredIndexes.h"
#include "database/LargeCache.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "domain/School.h"
#include "history/AuditTrail.h"
#include "records/SchoolWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <bitset>
#include <future>

namespace hubreg {

namespace {

// New schools a COPY on a server: a round trip a thousand schools, and about as many as the
// reading thread checks ahead (ImportFileScan's four batches of 256), so that it has the next
// thousand ready while the server writes these. Measured on the sparse national extract: 512 a
// COPY took about as long, 2,000 and 4,000 took longer (0.75 and 0.79 s against 0.65 s).
constexpr qsizetype kSchoolsPerStatement = 1000;

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::GiasEstablishmentImporter)
};

// One GIAS column and the School field it fills: exactly one of the three members is set.
struct FieldSpec
{
    const char *heading;
    QString School::*text;
    QDate School::*date;
    int School::*number;
};

// URN is read apart; these are the rest, in GIAS's own headings, in the order of GiasField.
enum GiasField { Name, LaCode, Status = 5, Postcode = 12, CloseDate = 20 };
const FieldSpec kFields[] = {
    { "EstablishmentName", &School::name, nullptr, nullptr },
    { "LA (code)", &School::laCode, nullptr, nullptr },
    { "LA (name)", &School::laName, nullptr, nullptr },
    { "TypeOfEstablishment (name)", &School::establishmentType, nullptr, nullptr },
    { "EstablishmentTypeGroup (name)", &School::typeGroup, nullptr, nullptr },
    { "EstablishmentStatus (name)", &School::status, nullptr, nullptr },
    { "PhaseOfEducation (name)", &School::phase, nullptr, nullptr },
    { "Street", &School::street, nullptr, nullptr },
    { "Locality", &School::locality, nullptr, nullptr },
    { "Address3", &School::address3, nullptr, nullptr },
    { "Town", &School::town, nullptr, nullptr },
    { "County (name)", &School::county, nullptr, nullptr },
    { "Postcode", &School::postcode, nullptr, nullptr },
    { "Trusts (name)", &School::trustName, nullptr, nullptr },
    { "HeadTitle (name)", &School::headTitle, nullptr, nullptr },
    { "HeadFirstName", &School::headFirstName, nullptr, nullptr },
    { "HeadLastName", &School::headLastName, nullptr, nullptr },
    { "TelephoneNum", &School::telephone, nullptr, nullptr },
    { "SchoolWebsite", &School::website, nullptr, nullptr },
    { "OpenDate", nullptr, &School::openDate, nullptr },
    { "CloseDate", nullptr, &School::closeDate, nullptr },
    { "StatutoryLowAge", nullptr, nullptr, &School::statutoryLowAge },
    { "StatutoryHighAge", nullptr, nullptr, &School::statutoryHighAge },
    { "NumberOfPupils", nullptr, nullptr, &School::pupils },
};
constexpr int kFieldCount = int(std::size(kFields));
static_assert(kFieldCount == 24, "GiasField indices follow kFields");
const QLatin1String kUrnHeading("URN");

// A row of the extract read into a School, with the fields its file has.
struct GiasRow
{
    School school;
    std::bitset<kFieldCount> present;
};

// The columns of the file, found once from its header.
class GiasColumns
{
public:
    explicit GiasColumns(const QStringList &header)
        : m_index(header)
        , m_urn(m_index.column(kUrnHeading))
    {
        for (int f = 0; f < kFieldCount; ++f)
            m_columns[f] = m_index.column(QLatin1String(kFields[f].heading));
    }

    const HeaderIndex &index() const { return m_index; }
    int urn() const { return m_urn; }
    int column(int field) const { return m_columns[field]; }

    QList<int> used() const
    {
        QList<int> columns { m_urn };
        for (int column : m_columns)
            columns << column;
        return columns;
    }

    QStringList unused() const
    {
        QSet<int> used { m_urn };
        for (int column : m_columns)
            used.insert(column);
        QStringList names;
        for (int i = 0; i < m_index.header().size(); ++i) {
            if (!used.contains(i))
                names << m_index.header().at(i);
        }
        return names;
    }

private:
    HeaderIndex m_index;
    int m_urn;
    int m_columns[kFieldCount];
};

// Reads one row; returns the problems, the first of which rejects it. What is odd but can be
// stored as GIAS gives it (GIAS is the authority on schools) goes to `oddities`.
QList<ImportIssue> readRow(const GiasColumns &columns, const CsvRow &row, GiasRow &out,
                           QList<ImportIssue> *oddities = nullptr)
{
    QList<ImportIssue> problems;
    auto problem = [&](int column, const QString &heading, const QString &message) {
        const CsvPosition at = row.positionOf(column);
        problems << ImportIssue { at.line, at.column, heading, message };
    };
    const QString urnText = row.fields.at(columns.urn()).trimmed();
    if (const auto urn = Urn::parse(urnText))
        out.school.urn = *urn;
    else
        problem(columns.urn(), kUrnHeading,
                urnText.isEmpty()
                    ? Tr::tr("the URN is missing")
                    : Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(urnText)));

    for (int f = 0; f < kFieldCount; ++f) {
        const int column = columns.column(f);
        if (column < 0)
            continue;
        const FieldSpec &spec = kFields[f];
        const QLatin1String heading(spec.heading); // made text only for a problem
        const QString text = row.fields.at(column).trimmed();
        if (spec.text) {
            // An empty status says nothing; an empty address line is a real blank.
            if (text.isEmpty() && f == Status)
                continue;
            if (const qsizetype at = controlcharacters::find(text); at >= 0)
                problem(column, heading,
                        Tr::tr("“%1” holds a control character (%2), which no school's details "
                               "hold; it is damage, or an attack on the screen that shows it")
                            .arg(importvalues::shown(text),
                                 controlcharacters::escaped(QStringView(text).mid(at, 1))));
            out.school.*spec.text = f == Postcode ? text.toUpper() : text;
        } else if (spec.date) {
            const auto date = importvalues::date(text);
            if (!text.isEmpty() && !date)
                problem(column, heading,
                        Tr::tr("“%1” is not a date (dd-mm-yyyy)").arg(importvalues::shown(text)));
            out.school.*spec.date = date.value_or(QDate());
        } else {
            const auto number = importvalues::count(text);
            if (!text.isEmpty() && !number)
                problem(column, heading,
                        Tr::tr("“%1” is not a whole number").arg(importvalues::shown(text)));
            out.school.*spec.number = number.value_or(-1);
        }
        out.present.set(f);
    }
    if (out.school.name.isEmpty())
        problem(columns.column(Name) >= 0 ? columns.column(Name) : columns.urn(),
                QStringLiteral("EstablishmentName"), Tr::tr("the school's name is missing"));
    if (out.school.openDate.isValid() && out.school.closeDate.isValid()
        && out.school.closeDate < out.school.openDate && oddities) {
        const CsvPosition at = row.positionOf(columns.column(CloseDate));
        *oddities << ImportIssue { at.line, at.column, QLatin1String(kFields[CloseDate].heading),
                                   Tr::tr("the school closes (%1) before it opens (%2); stored "
                                          "as GIAS gives it")
                                       .arg(out.school.closeDate.toString(Qt::ISODate),
                                            out.school.openDate.toString(Qt::ISODate)) };
    }
    return problems;
}

bool sameField(const School &a, const School &b, int f)
{
    const FieldSpec &spec = kFields[f];
    if (spec.text)
        return a.*spec.text == b.*spec.text;
    if (spec.date)
        return a.*spec.date == b.*spec.date;
    return a.*spec.number == b.*spec.number;
}

void copyField(School &to, const School &from, int f)
{
    const FieldSpec &spec = kFields[f];
    if (spec.text)
        to.*spec.text = from.*spec.text;
    else if (spec.date)
        to.*spec.date = from.*spec.date;
    else
        to.*spec.number = from.*spec.number;
}

// The URNs already held: one scan of them spares a lookup per new school, and the first
// import of an extract adds all 50,000.
QSet<int> heldUrns(const Database &db)
{
    QSet<int> held;
    SqlQuery query(db, QStringLiteral("SELECT urn FROM schools"));
    query.exec();
    while (query.next())
        held.insert(query.value("urn").toInt());
    return held;
}

} // namespace

QStringList GiasEstablishmentImporter::requiredColumns()
{
    return { kUrnHeading, QStringLiteral("EstablishmentName") };
}

QStringList GiasEstablishmentImporter::knownColumns()
{
    QStringList names { kUrnHeading };
    for (const FieldSpec &spec : kFields)
        names << QLatin1String(spec.heading);
    return names;
}

ImportReport GiasEstablishmentImporter::run(const QString &path,
                                            const GiasEstablishmentOptions &options,
                                            const ImportControl &control)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const bool strict = options.onRejection == OnRejection::ImportNothing;
    try {
        // One pass: each row is checked and then written into a transaction kept only when the
        // whole file has been read. What is written is exactly what was checked, whatever
        // happens to the file meanwhile, and a pipe or standard input can be imported.
        ImportFileScan scan(path, options.csv, ImportFileScan::Reading::KeptColumnsFromBytes);
        report.fileName = scan.fileName();
        const GiasColumns columns(scan.header());
        const QStringList missing = columns.index().missing(requiredColumns());
        if (!missing.isEmpty())
            throw ImportError(scan.fileName(), { 1, 0 },
                              Tr::tr("this is not a GIAS establishment extract: the columns %1 are "
                                     "missing")
                                  .arg(missing.join(QStringLiteral(", "))));
        if (!options.localAuthorities.isEmpty() && columns.column(LaCode) < 0)
            throw ImportError(scan.fileName(), { 1, 0 },
                              Tr::tr("the file has no “%1” column, so it cannot be limited to the "
                                     "hub's local authorities")
                                  .arg(QLatin1String(kFields[LaCode].heading)));
        if (options.openSchoolsOnly && columns.column(Status) < 0)
            throw ImportError(scan.fileName(), { 1, 0 },
                              Tr::tr("the file has no “%1” column, so open schools cannot be told "
                                     "from closed ones")
                                  .arg(QLatin1String(kFields[Status].heading)));
        scan.refuseHeadingsNamedTwice(knownColumns());
        report.unusedColumns = columns.unused();
        // An extract has about 130 columns and the import reads 25.
        scan.keepOnlyColumns(columns.used());

        const QSet<QString> areas(options.localAuthorities.cbegin(),
                                  options.localAuthorities.cend());
        const LargeCache cache(m_db);
        Transaction transaction(m_db);
        // Public data from GIAS, fifty thousand schools at once: one entry in the trail.
        AuditTrail::Pause pause(m_db, QStringLiteral("GIAS import"), { QStringLiteral("schools") });
        SchoolWriter writer(m_db);
        writer.stampAllAt(m_db.clock().nowUtc());
        // readRow() trims each field and puts the postcode in capitals as it reads it.
        writer.takeTextAsNormalised();
        QSet<int> held = heldUrns(m_db);
        // The first import fills an empty register: its indexes are made once at the end,
        // from the rows, instead of kept up to date row by row.
        std::optional<DeferredIndexes> deferred;
        if (held.isEmpty() && DeferredIndexes::possible(m_db, QStringLiteral("schools"))) {
            deferred.emplace(m_db, QStringLiteral("schools"));
            pause.setAside(QStringLiteral("schools"));
        }
        QHash<int, qint64> firstLineOfUrn;
        QList<ImportIssue> oddities; // about the file: kept even when nothing is imported
        QList<ImportIssue> closures; // about what was written
        qint64 rowIndex = 0;
        // A refusal of the database's, said with the line of the row it refused.
        auto atLine = [&](qint64 line, const StoreError &error) {
            return StoreError(error.kind(),
                              Tr::tr("%1, line %2: %3")
                                  .arg(report.fileName, QString::number(line), error.message()),
                              error.record(), error.field());
        };
        // On a server each statement is a round trip: new schools are sent a thousand to a
        // COPY, each remembered with its line. Each thousand's rows are written on a thread of
        // their own while the thousand before is sent. A file takes them one by one, as fast.
        const bool batched = m_db.isServer();
        QList<School> newSchools;
        QList<qint64> newLines;
        struct Batch
        {
            std::future<SchoolWriter::ManyReady> ready;
            QList<qint64> lines;
        };
        std::optional<Batch> sending;
        auto send = [&](Batch &batch) {
            const SchoolWriter::ManyReady ready = batch.ready.get();
            try {
                Transaction statement(m_db);
                writer.sendMany(ready, SchoolWriter::Columns::FromGias);
                statement.commit();
            } catch (const StoreError &) {
                // Undone to before the batch: each school again alone, so that the one the
                // server refuses is named by its line.
                for (qsizetype i = 0; i < ready.schools.size(); ++i) {
                    School school = ready.schools.at(i);
                    try {
                        writer.insert(school, SchoolWriter::Columns::FromGias,
                                      SchoolWriter::Id::Skip);
                    } catch (const StoreError &error) {
                        throw atLine(batch.lines.at(i), error);
                    }
                }
            }
        };
        // Readies the schools gathered so far and sends the batch readied before; with `last`,
        // sends what it readied too.
        auto sendNewSchools = [&](bool last) {
            std::optional<Batch> next;
            if (!newSchools.isEmpty())
                next.emplace(Batch { std::async(std::launch::async,
                                                writer.readier(SchoolWriter::Columns::FromGias),
                                                std::exchange(newSchools, {})),
                                     std::exchange(newLines, {}) });
            if (sending)
                send(*sending);
            sending = std::move(next);
            if (last && sending) {
                send(*sending);
                sending.reset();
            }
        };
        auto write = [&](GiasRow &parsed, const CsvRow &row) {
            const std::optional<School> stored = held.contains(parsed.school.urn.value())
                ? writer.findByUrn(parsed.school.urn, SchoolWriter::Columns::FromGias)
                : std::nullopt;
            if (stored) {
                School merged = *stored;
                bool changed = false;
                for (int f = 0; f < kFieldCount; ++f) {
                    if (parsed.present.test(f) && !sameField(merged, parsed.school, f)) {
                        copyField(merged, parsed.school, f);
                        changed = true;
                    }
                }
                if (!changed) {
                    ++report.unchanged;
                    return;
                }
                writer.update(merged, SchoolWriter::Columns::FromGias);
                ++report.updated;
                if (stored->isOpen() && !merged.isOpen()) {
                    ++report.closed;
                    closures << ImportIssue {
                        row.start.line,
                        0,
                        {},
                        Tr::tr("URN %1 is now “%2”").arg(merged.urn.toString(), merged.status)
                    };
                }
                return;
            }
            const bool outsideArea = !areas.isEmpty() && !areas.contains(parsed.school.laCode);
            if (outsideArea || (options.openSchoolsOnly && !parsed.school.isOpen())) {
                ++report.skipped;
                return;
            }
            if (batched) {
                newSchools << std::move(parsed.school);
                newLines << row.start.line;
            } else {
                writer.insert(parsed.school, SchoolWriter::Columns::FromGias,
                              SchoolWriter::Id::Skip);
            }
            // Not added to `held`: a URN seen twice is refused before it is written.
            ++report.added;
        };
        // Each row's checks, a URN seen twice among them, made on the thread that reads the
        // file; the writing on this one, in the file's order.
        struct Checked
        {
            GiasRow parsed;
            QList<ImportIssue> problems;
            QList<ImportIssue> odd;
        };
        scan.run<Checked>(
            ImportStage::Checking, control,
            [&columns, &firstLineOfUrn, batched](const CsvRow &row, Checked &checked) {
                checked = Checked();
                checked.problems = readRow(columns, row, checked.parsed, &checked.odd);
                // The rows come here one at a time in the file's order, so a URN seen twice is
                // found here too; `firstLineOfUrn` is this thread's alone.
                if (checked.problems.isEmpty()) {
                    const int urn = checked.parsed.school.urn.value();
                    if (const qint64 first = firstLineOfUrn.value(urn, 0); first > 0)
                        checked.problems
                            << ImportIssue { row.start.line, row.positionOf(columns.urn()).column,
                                             kUrnHeading,
                                             Tr::tr("URN %1 appears twice; it was first on line %2")
                                                 .arg(urn)
                                                 .arg(first) };
                    else
                        firstLineOfUrn.insert(urn, row.start.line);
                }
                // A new school's uuid, should it be one, from the system's randomness: on a
                // file made here, a cost the writing need not wait for; on a server this thread
                // is the one the import waits for, and the thread readying each thousand
                // makes them.
                if (!batched)
                    checked.parsed.school.uuid = QUuid::createUuid();
            },
            [&](const CsvRow &row, Checked &checked) {
                ++rowIndex;
                GiasRow &parsed = checked.parsed;
                const QList<ImportIssue> &problems = checked.problems;
                if (!problems.isEmpty()) {
                    report.rejected << problems.first();
                    return;
                }
                oddities << checked.odd;
                // Nothing will be kept once a row is rejected: the rest is only checked.
                if (strict && !report.rejected.isEmpty())
                    return;
                try {
                    write(parsed, row);
                } catch (const StoreError &error) {
                    throw atLine(row.start.line, error);
                }
                if (newSchools.size() >= kSchoolsPerStatement)
                    sendNewSchools(false);
            },
            [&](const ImportIssue &issue) {
                ++rowIndex;
                report.rejected << issue;
            });
        report.rows = rowIndex;
        if (strict && !report.rejected.isEmpty()) {
            transaction.rollback();
            report.added = report.updated = report.unchanged = report.skipped = report.closed = 0;
            report.notes = oddities;
            return report;
        }
        sendNewSchools(true);
        report.notes = oddities + closures;
        std::stable_sort(
            report.notes.begin(), report.notes.end(),
            [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
        if (deferred)
            deferred->rebuild();
        // Every row is written; what is left is to keep them.
        if (control.progress)
            control.progress(ImportStage::Writing, scan.bytesTotal(), scan.bytesTotal());
        checkCancel(control);
        if (report.added + report.updated > 0)
            m_db.noteChange(Entity::School);
        pause.finish(QStringLiteral("schools"), report.added + report.updated);
        if (options.dryRun) {
            transaction.rollback();
        } else {
            transaction.commit();
            report.committed = true;
        }
    } catch (const ImportCancelled &) {
        report.cancelled = true;
        report.added = report.updated = report.unchanged = report.skipped = report.closed = 0;
        report.notes.clear();
    }
    return report;
}

} // namespace hubreg
