#include "EngagementFigures.h"

#include "EngagementGoals.h"
#include "EngagementSql.h"
#include "csv/CsvWriter.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QBuffer>
#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::EngagementFigures)
};

QString withCtes(const Database &db)
{
    return QStringLiteral("WITH RECURSIVE ") + engagementsql::areaCtes(db.dialect())
        + QStringLiteral(", ") + engagementsql::outcomesCtes() + QStringLiteral(", ")
        + engagementsql::perSchoolCte();
}
} // namespace

double PhaseEngagement::progress() const
{
    return goalPercent > 0 ? share(engagedEver) * 100.0 / goalPercent : 0.0;
}

int PhaseEngagement::schoolsToGoal() const
{
    const int needed = (goalPercent * schools + 99) / 100;
    return qMax(0, needed - engagedEver);
}

QList<PhaseEngagement> EngagementFigures::byPhase(RecordId hubId, const QString &academicYear) const
{
    QList<PhaseEngagement> phases;
    for (Phase phase : { Phase::Primary, Phase::Secondary }) {
        PhaseEngagement p;
        p.phase = phase;
        p.goalPercent = EngagementGoals::percent(m_db, phase);
        phases << p;
    }
    SqlQuery query(
        m_db,
        withCtes(m_db)
            + QStringLiteral(
                " SELECT phase, count(*) AS schools, sum(took_part) AS took_part,"
                "  sum(completed) AS completed, sum(took_part_ever) AS took_part_ever,"
                "  sum(completed_ever) AS completed_ever FROM per_school GROUP BY phase"));
    query.bind(QStringLiteral(":hub"), hubId).bind(QStringLiteral(":year"), academicYear).exec();
    while (query.next()) {
        PhaseEngagement &p
            = phases[phaseFromStorage(query.value("phase").toString()) == Phase::Primary ? 0 : 1];
        p.schools = query.value("schools").toInt();
        p.tookPart = query.value("took_part").toInt();
        p.completed = query.value("completed").toInt();
        p.tookPartEver = query.value("took_part_ever").toInt();
        p.engagedEver = query.value("completed_ever").toInt();
    }
    return phases;
}

QList<YearEngagement> EngagementFigures::overYears(RecordId hubId,
                                                   const QString &academicYear) const
{
    SqlQuery years(
        m_db,
        QStringLiteral("SELECT DISTINCT y.label FROM academic_years y JOIN work_groups w "
                       "ON w.academic_year_id = y.id WHERE y.label <= :year "
                       "ORDER BY y.label"));
    years.bind(QStringLiteral(":year"), academicYear).exec();
    QStringList labels;
    while (years.next())
        labels << years.value(0).toString();
    if (!labels.contains(academicYear))
        labels << academicYear;
    QList<YearEngagement> result;
    for (const QString &label : labels)
        result << YearEngagement { label, byPhase(hubId, label) };
    return result;
}

QList<AreaSchool> EngagementFigures::notYetEngaged(RecordId hubId,
                                                   const QString &academicYear) const
{
    SqlQuery query(
        m_db,
        withCtes(m_db)
            + QStringLiteral(
                " SELECT s.id AS school_id, s.urn, s.name, s.la_name, s.phase, s.town, s.postcode,"
                "  ps.last_year"
                " FROM per_school ps JOIN schools s ON s.id = ps.id"
                " WHERE ps.completed_ever = 0 AND ps.under_way = 0 ORDER BY s.name COLLATE NOCASE, "
                "s.urn"));
    query.bind(QStringLiteral(":hub"), hubId).bind(QStringLiteral(":year"), academicYear).exec();
    QList<AreaSchool> schools;
    while (query.next()) {
        AreaSchool s;
        s.schoolId = query.value("school_id").toLongLong();
        s.urn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
        s.name = query.value("name").toString();
        s.laName = query.value("la_name").toString();
        s.phase = query.value("phase").toString();
        s.town = query.value("town").toString();
        s.postcode = query.value("postcode").toString();
        s.lastTookPart = query.value("last_year").toString();
        schools << s;
    }
    return schools;
}

QByteArray notYetEngagedCsv(const QList<AreaSchool> &schools)
{
    const QStringList header { Tr::tr("URN"),           Tr::tr("School"), Tr::tr("Local authority"),
                               Tr::tr("Phase"),         Tr::tr("Town"),   Tr::tr("Postcode"),
                               Tr::tr("Last took part") };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, Tr::tr("schools not yet engaged"));
    writer.writeRow(header);
    for (const AreaSchool &s : schools)
        writer.writeRow({ CsvCell(s.urn.toString(), CsvCellKind::Number), CsvCell(s.name),
                          CsvCell(s.laName), CsvCell(s.phase), CsvCell(s.town), CsvCell(s.postcode),
                          CsvCell(s.lastTookPart, CsvCellKind::Code) });
    writer.finish();
    return bytes;
}

} // namespace hubreg
