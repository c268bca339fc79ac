#pragma once

// Every figure and return HubRegister computes, as text, so a test can show that an erasure or
// a purge left them as they were. Header-only so the shared test-support library needs no
// change.

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "engagement/EngagementFigures.h"
#include "export/Report.h"
#include "figures/AttendanceFigures.h"
#include "history/ParticipationHistory.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace hubreg::test {

// The columns of the returns that say who a person is: what an erasure changes.
inline const QSet<QString> &identityColumns()
{
    static const QSet<QString> keys = {
        QStringLiteral("participant_name"),
        QStringLiteral("first_name"),
        QStringLiteral("last_name"),
        QStringLiteral("role"),
        QStringLiteral("email"),
        QStringLiteral("trn"),
        QStringLiteral("lead"),
        QStringLiteral("lead_participant_name"),
        QStringLiteral("lead_participant"),
    };
    return keys;
}

inline QList<qint64> idsOf(const Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

// The attendance, completion and engagement figures of every Work Group, school and hub year.
inline QStringList figureSnapshot(const Database &db)
{
    QStringList lines;
    const AttendanceFigures figures(db);
    for (qint64 group : idsOf(db, QStringLiteral("SELECT id FROM work_groups ORDER BY id"))) {
        for (const ParticipantFigures &p : figures.participants(group))
            lines << QStringLiteral("participant %1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(p.participantId)
                         .arg(p.schoolId)
                         .arg(p.expected)
                         .arg(p.attended)
                         .arg(p.apologies)
                         .arg(p.absent)
                         .arg(p.unrecorded)
                         .arg(p.completed);
        for (const SchoolFigures &s : figures.schools(group))
            lines << QStringLiteral("school %1 %2 %3 %4 %5")
                         .arg(group)
                         .arg(s.schoolId)
                         .arg(s.expected)
                         .arg(s.attended)
                         .arg(s.completed);
        for (const SessionFigures &s : figures.sessions(group))
            lines << QStringLiteral("session %1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(s.sessionId)
                         .arg(s.expected)
                         .arg(s.attended)
                         .arg(s.apologies)
                         .arg(s.absent)
                         .arg(s.notExpected)
                         .arg(s.unrecorded)
                         .arg(s.schoolsAttended);
    }
    const ParticipationHistory history(db);
    for (qint64 school : idsOf(db,
                               QStringLiteral("SELECT DISTINCT school_id FROM "
                                              "work_group_schools ORDER BY 1"))) {
        for (const SchoolParticipation &p : history.forSchool(school))
            lines << QStringLiteral("history %1 %2 %3 %4 %5 %6")
                         .arg(school)
                         .arg(p.workGroupId)
                         .arg(p.participants)
                         .arg(p.expected)
                         .arg(p.attended)
                         .arg(p.completed);
    }
    const EngagementFigures engagement(db);
    SqlQuery years(db, QStringLiteral("SELECT label FROM academic_years ORDER BY label"));
    years.exec();
    QStringList labels;
    while (years.next())
        labels << years.value(0).toString();
    for (qint64 hub : idsOf(db, QStringLiteral("SELECT id FROM hubs ORDER BY id"))) {
        for (const QString &year : std::as_const(labels)) {
            for (const PhaseEngagement &p : engagement.byPhase(hub, year))
                lines << QStringLiteral("engagement %1 %2 %3 %4 %5 %6 %7 %8")
                             .arg(hub)
                             .arg(year)
                             .arg(int(p.phase))
                             .arg(p.schools)
                             .arg(p.tookPart)
                             .arg(p.completed)
                             .arg(p.tookPartEver)
                             .arg(p.engagedEver);
            lines << QString::fromUtf8(notYetEngagedCsv(engagement.notYetEngaged(hub, year)));
        }
    }
    return lines;
}

// Every return (all its columns, unfiltered) as rows of "key=value" cells, sorted; the columns
// naming a person are left out when `withoutIdentity`.
inline QStringList returnSnapshot(const Database &db, bool withoutIdentity)
{
    QStringList rows;
    for (ReportKind kind : allReportKinds()) {
        const auto report = makeReport(kind, db);
        const ExportFilter filter;
        const QList<ReportColumn> columns = report->columns(filter);
        report->rows(filter, [&](const QList<CsvCell> &cells) {
            QStringList parts { toStorage(kind) };
            for (int i = 0; i < cells.size(); ++i) {
                const QString key = columns.value(i).key;
                if (withoutIdentity && identityColumns().contains(key))
                    continue;
                QString text = cells.at(i).text;
                // A register's cell names a substitute, "S (name)": the name is identity too.
                const int name = text.indexOf(QLatin1String(" ("));
                if (withoutIdentity && key.startsWith(QLatin1String("session_")) && name > 0)
                    text = text.left(name) + QLatin1String(" (name)");
                parts << key + QLatin1Char('=') + text;
            }
            rows << parts.join(QLatin1Char('|'));
            return true;
        });
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace hubreg::test
