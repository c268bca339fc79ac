#include "SchoolHistory.h"

#include "database/SqlQuery.h"
#include "figures/HistoryRules.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SchoolHistory)
};

const QString kSeed
    = QStringLiteral("SELECT CAST(:urn AS INTEGER) AS root, CAST(:urn AS INTEGER) AS urn");

bool isMerger(const QString &linkType)
{
    return linkType.contains(QLatin1String("merged"), Qt::CaseInsensitive)
        || linkType.contains(QLatin1String("amalgamat"), Qt::CaseInsensitive);
}
} // namespace

SchoolHistory SchoolHistory::load(const Database &db, const School &school,
                                  const EligibilityScope &scope)
{
    SchoolHistory history;
    history.m_school = school;

    SqlQuery lineage(db,
                     QStringLiteral("WITH RECURSIVE ") + rules::historyCte(kSeed)
                         + QStringLiteral(" SELECT urn, depth, via, link_type FROM history "
                                          "ORDER BY depth, urn, via NULLS FIRST, "
                                          "link_type NULLS FIRST"));
    lineage.bind(QStringLiteral(":urn"), school.urn.value()).exec();
    QList<int> seen;
    while (lineage.next()) {
        const int value = lineage.value("urn").toInt();
        const auto urn = Urn::fromInt(value);
        // The nearest path to a URN is the one worth telling.
        if (!urn || seen.contains(value))
            continue;
        seen << value;
        HistoryUrn entry;
        entry.urn = *urn;
        entry.depth = lineage.value("depth").toInt();
        entry.via = Urn::fromInt(lineage.value("via").toInt()).value_or(Urn());
        entry.linkType = lineage.value("link_type").toString();
        history.m_urns << entry;
    }

    SqlQuery taken(
        db,
        QStringLiteral("WITH RECURSIVE ") + rules::historyCte(kSeed)
            + QStringLiteral(
                " SELECT w.id AS work_group_id, w.code AS work_group_code, pr.code AS "
                "programme_code, pr.title AS programme_title, y.label AS academic_year, s.urn,"
                "  s.name AS school_name, e.withdrawn_on"
                " FROM work_group_schools e"
                " JOIN schools s ON s.id = e.school_id"
                " JOIN work_groups w ON w.id = e.work_group_id"
                " JOIN programmes pr ON pr.id = w.programme_id"
                " JOIN academic_years y ON y.id = w.academic_year_id"
                " WHERE s.urn IN (SELECT urn FROM history) AND w.status <> 'cancelled'"
                "  AND w.id <> :wg AND (CAST(:year AS TEXT) = '' OR y.label <= :year)"
                " ORDER BY y.start_date DESC, w.code COLLATE NOCASE, s.urn"));
    taken.bind(QStringLiteral(":urn"), school.urn.value())
        .bind(QStringLiteral(":wg"), scope.workGroupId)
        .bind(QStringLiteral(":year"), scope.upToYear)
        .exec();
    while (taken.next()) {
        Participation p;
        p.workGroupId = taken.value("work_group_id").toLongLong();
        p.workGroupCode = taken.value("work_group_code").toString();
        p.programmeCode = taken.value("programme_code").toString();
        p.programmeTitle = taken.value("programme_title").toString();
        p.academicYear = taken.value("academic_year").toString();
        p.urn = Urn::fromInt(taken.value("urn").toInt()).value_or(Urn());
        p.schoolName = taken.value("school_name").toString();
        p.withdrawnOn = dateFrom(taken.value("withdrawn_on"));
        history.m_participations << p;
    }
    return history;
}

QList<Participation> SchoolHistory::matching(const QStringList &codes, bool counting) const
{
    QList<Participation> found;
    for (const Participation &p : m_participations) {
        if (p.counts() == counting && codes.contains(p.programmeCode, Qt::CaseInsensitive))
            found << p;
    }
    return found;
}

QList<Participation> SchoolHistory::tookPartIn(const QStringList &codes) const
{
    return matching(codes, true);
}

QList<Participation> SchoolHistory::withdrewFrom(const QStringList &codes) const
{
    return matching(codes, false);
}

QString SchoolHistory::relationOf(Urn urn) const
{
    for (const HistoryUrn &entry : m_urns) {
        if (entry.urn != urn)
            continue;
        if (entry.depth == 0)
            return Tr::tr("the school itself");
        if (entry.depth > 1)
            return Tr::tr("an earlier predecessor (through URN %1)").arg(entry.via.toString());
        return isMerger(entry.linkType) ? Tr::tr("a school that merged into it")
                                        : Tr::tr("its predecessor");
    }
    return Tr::tr("a school linked to it");
}

QString SchoolHistory::predecessorList() const
{
    QStringList urns;
    for (const HistoryUrn &entry : m_urns) {
        if (entry.depth > 0)
            urns << entry.urn.toString();
    }
    return urns.join(QStringLiteral(", "));
}

} // namespace hubreg
