#include "GiasLinkImporter.h"

#include "HeaderIndex.h"
#include "ImportError.h"
#include "ImportFileScan.h"
#include "ImportValues.h"
#include "csv/ControlCharacters.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/LargeCache.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "domain/School.h"
#include "history/AuditTrail.h"
#include "records/SchoolLinkWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::GiasLinkImporter)
};

const QLatin1String kUrn("URN");
const QLatin1String kLinkUrn("LinkURN");
const QLatin1String kLinkName("LinkName");
const QLatin1String kLinkType("LinkType");
const QLatin1String kLinkDate("LinkEstablishedDate");

struct LinkColumns
{
    explicit LinkColumns(const HeaderIndex &index)
        : urn(index.column(kUrn))
        , linkUrn(index.column(kLinkUrn))
        , name(index.column(kLinkName))
        , type(index.column(kLinkType))
        , date(index.column(kLinkDate))
    { }
    int urn;
    int linkUrn;
    int name;
    int type;
    int date;
};

// Reads one row; the first problem found rejects it.
std::optional<ImportIssue> readLink(const LinkColumns &columns, const CsvRow &row, SchoolLink &link)
{
    auto problem = [&](int column, const QString &heading, const QString &message) {
        const CsvPosition at = row.positionOf(column);
        return ImportIssue { at.line, at.column, heading, message };
    };
    const QString urn = row.fields.at(columns.urn).trimmed();
    const QString linked = row.fields.at(columns.linkUrn).trimmed();
    if (const auto value = Urn::parse(urn))
        link.urn = *value;
    else
        return problem(columns.urn, kUrn,
                       Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(urn)));
    if (const auto value = Urn::parse(linked))
        link.linkedUrn = *value;
    else
        return problem(columns.linkUrn, kLinkUrn,
                       Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(linked)));
    if (link.urn == link.linkedUrn)
        return problem(columns.linkUrn, kLinkUrn, Tr::tr("a school cannot be linked to itself"));
    auto controlCharacter = [&](int column, const QString &heading,
                                const QString &text) -> std::optional<ImportIssue> {
        const qsizetype at = controlcharacters::find(text);
        if (at < 0)
            return std::nullopt;
        return problem(column, heading,
                       Tr::tr("“%1” holds a control character (%2), which no link's details "
                              "hold; it is damage, or an attack on the screen that shows it")
                           .arg(importvalues::shown(text),
                                controlcharacters::escaped(QStringView(text).mid(at, 1))));
    };
    link.linkType = row.fields.at(columns.type).trimmed();
    if (link.linkType.isEmpty())
        return problem(columns.type, kLinkType, Tr::tr("the link type is missing"));
    if (auto issue = controlCharacter(columns.type, kLinkType, link.linkType))
        return issue;
    if (columns.name >= 0) {
        link.linkedName = row.fields.at(columns.name).trimmed();
        if (auto issue = controlCharacter(columns.name, kLinkName, link.linkedName))
            return issue;
    }
    if (columns.date >= 0) {
        const QString text = row.fields.at(columns.date).trimmed();
        const auto date = importvalues::date(text);
        if (!text.isEmpty() && !date)
            return problem(
                columns.date, kLinkDate,
                Tr::tr("“%1” is not a date (dd-mm-yyyy)").arg(importvalues::shown(text)));
        link.establishedOn = date.value_or(QDate());
    }
    return std::nullopt;
}

// Which school came before which: a "Predecessor" link names the school's predecessor, a
// "Successor" link the school its successor, so each gives an edge from a school to one it
// followed.
std::optional<std::pair<int, int>> predecessorEdge(int urn, int linked, const QString &type)
{
    if (type.startsWith(QLatin1String("Predecessor"), Qt::CaseInsensitive))
        return std::pair { urn, linked };
    if (type.startsWith(QLatin1String("Successor"), Qt::CaseInsensitive))
        return std::pair { linked, urn };
    return std::nullopt;
}

// Groups of URNs each of which, following predecessors, leads to every other: a group of two
// or more is a circle, which no school's history can really have. Tarjan's strongly connected
// components, without recursion, as chains of links can be long.
QList<QList<int>> circles(const QHash<int, QList<int>> &predecessors)
{
    QHash<int, int> index;
    QHash<int, int> low;
    QSet<int> onStack;
    QList<int> stack;
    QList<QList<int>> found;
    int counter = 0;
    struct Frame
    {
        int node;
        qsizetype next;
    };
    auto visit = [&](int node, QList<Frame> &calls) {
        index.insert(node, counter);
        low.insert(node, counter);
        ++counter;
        stack << node;
        onStack.insert(node);
        calls << Frame { node, 0 };
    };
    for (auto it = predecessors.cbegin(); it != predecessors.cend(); ++it) {
        if (index.contains(it.key()))
            continue;
        QList<Frame> calls;
        visit(it.key(), calls);
        while (!calls.isEmpty()) {
            const int node = calls.last().node;
            const QList<int> edges = predecessors.value(node);
            if (calls.last().next < edges.size()) {
                const int next = edges.at(calls.last().next++);
                if (!index.contains(next))
                    visit(next, calls);
                else if (onStack.contains(next))
                    low[node] = qMin(low.value(node), index.value(next));
                continue;
            }
            calls.removeLast();
            if (!calls.isEmpty())
                low[calls.last().node] = qMin(low.value(calls.last().node), low.value(node));
            if (low.value(node) != index.value(node))
                continue;
            QList<int> group;
            int member = 0;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                group << member;
            } while (member != node);
            if (group.size() > 1)
                found << group;
        }
    }
    return found;
}

QString keyOf(const SchoolLink &link)
{
    return QStringLiteral("%1|%2|%3")
        .arg(link.urn.value())
        .arg(link.linkedUrn.value())
        .arg(link.linkType);
}

} // namespace

QStringList GiasLinkImporter::requiredColumns()
{
    return { kUrn, kLinkUrn, kLinkType };
}

ImportReport GiasLinkImporter::run(const QString &path, const ImportOptions &options,
                                   const ImportControl &control)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const bool strict = options.onRejection == OnRejection::ImportNothing;
    try {
        // One pass, each row checked and then written into a transaction kept only once the
        // whole file is read: what is written is what was checked.
        ImportFileScan scan(path, options.csv);
        report.fileName = scan.fileName();
        const HeaderIndex index(scan.header());
        const QStringList missing = index.missing(requiredColumns());
        if (!missing.isEmpty())
            throw ImportError(scan.fileName(), { 1, 0 },
                              Tr::tr("this is not a GIAS links extract: the columns %1 are missing")
                                  .arg(missing.join(QStringLiteral(", "))));
        scan.refuseHeadingsNamedTwice({ kUrn, kLinkUrn, kLinkName, kLinkType, kLinkDate });
        const LinkColumns columns(index);
        for (const QString &heading : scan.header()) {
            const int at = index.column(heading);
            if (at != columns.urn && at != columns.linkUrn && at != columns.name
                && at != columns.type && at != columns.date)
                report.unusedColumns << heading;
        }

        const LargeCache cache(m_db);
        Transaction transaction(m_db);
        // Public data from GIAS: one entry in the trail, as for the schools.
        AuditTrail::Pause pause(m_db, QStringLiteral("GIAS links import"));
        SchoolLinkWriter writer(m_db);
        writer.stampAllAt(m_db.clock().nowUtc());
        auto write = [&](SchoolLink &link) {
            if (auto held = writer.find(link.urn, link.linkedUrn, link.linkType,
                                        SchoolLinkWriter::Columns::FromGias)) {
                // A column the file lacks leaves what is held.
                if (columns.name < 0)
                    link.linkedName = held->linkedName;
                if (columns.date < 0)
                    link.establishedOn = held->establishedOn;
                if (link.linkedName == held->linkedName
                    && link.establishedOn == held->establishedOn) {
                    ++report.unchanged;
                    return;
                }
                held->linkedName = link.linkedName;
                held->establishedOn = link.establishedOn;
                writer.update(*held);
                ++report.updated;
                return;
            }
            writer.insert(link, SchoolLinkWriter::Id::Skip);
            ++report.added;
        };

        QHash<QString, qint64> firstLine;
        // The file's own predecessor edges and where each is, to name a circle they close.
        QHash<std::pair<int, int>, qint64> edgeLines;
        qint64 rowIndex = 0;
        scan.run(
            ImportStage::Checking, control,
            [&](const CsvRow &row) {
                ++rowIndex;
                SchoolLink link;
                std::optional<ImportIssue> problem = readLink(columns, row, link);
                if (!problem) {
                    const QString key = keyOf(link);
                    if (const qint64 first = firstLine.value(key, 0); first > 0)
                        problem
                            = ImportIssue { row.start.line,
                                            0,
                                            {},
                                            Tr::tr("the same link appears twice; it was first on "
                                                   "line %1")
                                                .arg(first) };
                    else
                        firstLine.insert(key, row.start.line);
                }
                if (problem) {
                    report.rejected << *problem;
                    return;
                }
                if (const auto edge
                    = predecessorEdge(link.urn.value(), link.linkedUrn.value(), link.linkType))
                    edgeLines.insert(*edge, row.start.line);
                if (strict && !report.rejected.isEmpty())
                    return; // nothing will be kept: the rest is only checked
                try {
                    write(link);
                } catch (const StoreError &error) {
                    throw StoreError(
                        error.kind(),
                        Tr::tr("%1, line %2: %3")
                            .arg(report.fileName, QString::number(row.start.line), error.message()),
                        error.record(), error.field());
                }
            },
            [&](const ImportIssue &issue) {
                ++rowIndex;
                report.rejected << issue;
            });
        firstLine.clear();
        report.rows = rowIndex;
        if (strict && !report.rejected.isEmpty()) {
            transaction.rollback();
            report.added = report.updated = report.unchanged = report.skipped = 0;
            return report;
        }
        noteCircles(edgeLines, report);
        if (control.progress)
            control.progress(ImportStage::Writing, scan.bytesTotal(), scan.bytesTotal());
        checkCancel(control);
        if (report.added + report.updated > 0)
            m_db.noteChange(Entity::SchoolLink);
        pause.finish(QStringLiteral("school_links"), report.added + report.updated);
        if (options.dryRun) {
            transaction.rollback();
        } else {
            transaction.commit();
            report.committed = true;
        }
    } catch (const ImportCancelled &) {
        report.cancelled = true;
        report.added = report.updated = report.unchanged = report.skipped = 0;
        report.notes.clear();
    }
    return report;
}

void GiasLinkImporter::noteCircles(const QHash<std::pair<int, int>, qint64> &edgeLines,
                                   ImportReport &report) const
{
    // GIAS is the authority on links: a circle is stored as GIAS gives it (a school's history
    // stops where it would go round), and said.
    QHash<int, QList<int>> predecessors;
    SqlQuery links(m_db, QStringLiteral("SELECT urn, linked_urn, link_type FROM school_links"));
    links.exec();
    while (links.next()) {
        if (const auto edge = predecessorEdge(links.value(0).toInt(), links.value(1).toInt(),
                                              links.value(2).toString()))
            predecessors[edge->first] << edge->second;
    }
    for (QList<int> group : circles(predecessors)) {
        const QSet<int> members(group.cbegin(), group.cend());
        qint64 line = 0;
        for (auto it = edgeLines.cbegin(); it != edgeLines.cend(); ++it) {
            if (members.contains(it.key().first) && members.contains(it.key().second)
                && (line == 0 || it.value() < line))
                line = it.value();
        }
        if (line == 0)
            continue; // a circle the file did not touch
        std::sort(group.begin(), group.end());
        QStringList urns;
        for (int urn : std::as_const(group))
            urns << QString::number(urn);
        const QString message = group.size() == 2
            ? Tr::tr("URNs %1 and %2 are each the other's predecessor; stored as GIAS gives it, "
                     "and a school's history stops where it would go round")
                  .arg(urns.at(0), urns.at(1))
            : Tr::tr("URNs %1 are each other's predecessors in a circle; stored as GIAS gives it, "
                     "and a school's history stops where it would go round")
                  .arg(urns.join(QStringLiteral(", ")));
        report.notes << ImportIssue { line, 0, {}, message };
    }
    std::stable_sort(report.notes.begin(), report.notes.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
}

} // namespace hubreg
