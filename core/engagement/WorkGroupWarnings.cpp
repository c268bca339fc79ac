#include "WorkGroupWarnings.h"

#include "CompletionRisk.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::WorkGroupWarnings)
};

QString schoolText(const SchoolAtRisk &r)
{
    // Worded to read right at any count (the translations carry no plural forms), with one
    // multi-argument arg() so a school name holding "%1" is never rewritten.
    if (r.level == RiskLevel::CannotComplete)
        return Tr::tr(
                   "%1 can no longer reach the %2% completion threshold: attended %3 of %4 held, "
                   "%5 planned to come.")
            .arg(r.schoolName, QString::number(r.threshold), QString::number(r.attended),
                 QString::number(r.expected), QString::number(r.remaining));
    return Tr::tr(
               "%1 is below the %2% completion threshold: attended %3 of %4 held; needs %5 of the "
               "%6 planned to come.")
        .arg(r.schoolName, QString::number(r.threshold), QString::number(r.attended),
             QString::number(r.expected), QString::number(r.attendancesNeeded()),
             QString::number(r.remaining));
}
} // namespace

QList<WorkGroupWarning> WorkGroupWarnings::of(const Database &db, RecordId workGroupId)
{
    QList<WorkGroupWarning> warnings;
    for (const SchoolAtRisk &r : CompletionRisk(db).forWorkGroup(workGroupId)) {
        WorkGroupWarning w;
        w.kind = r.level == RiskLevel::CannotComplete ? WorkGroupWarning::Kind::CannotComplete
                                                      : WorkGroupWarning::Kind::BelowThreshold;
        w.schoolId = r.schoolId;
        w.text = schoolText(r);
        warnings << w;
    }
    SqlQuery missing(
        db,
        QStringLiteral(
            "SELECT s.id, s.number, s.title, s.held_on FROM sessions s"
            " WHERE s.work_group_id = :wg AND s.status <> 'cancelled' AND s.held_on < :today"
            "  AND NOT EXISTS (SELECT 1 FROM attendance_marks m WHERE m.session_id = s.id)"
            " ORDER BY s.held_on, s.number"));
    missing.bind(QStringLiteral(":wg"), workGroupId)
        .bind(QStringLiteral(":today"), nullableDate(db.clock().today()))
        .exec();
    while (missing.next()) {
        WorkGroupWarning w;
        w.kind = WorkGroupWarning::Kind::RegisterMissing;
        w.sessionId = missing.value(0).toLongLong();
        w.text = Tr::tr("Session %1 (“%2”) on %3 has no register: its date has passed and no "
                        "attendance was recorded.")
                     .arg(missing.value(1).toInt())
                     .arg(missing.value(2).toString(),
                          dateFrom(missing.value(3)).toString(QStringLiteral("dd/MM/yyyy")));
        warnings << w;
    }
    return warnings;
}

} // namespace hubreg
