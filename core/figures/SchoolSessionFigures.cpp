#include "SchoolSessionFigures.h"

#include "AttendanceRules.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

namespace hubreg {

QList<SchoolSessionFigure> SchoolSessionFigures::forWorkGroup(RecordId workGroupId) const
{
    const QString filter = QStringLiteral("AND h.work_group_id = :wg");
    SqlQuery query(m_db,
                   QStringLiteral("WITH ") + rules::participantSessionsCte(filter)
                       + QStringLiteral(", ") + rules::schoolSessionsCte(filter)
                       + QStringLiteral(" SELECT school_id, session_id, expected, attended "
                                        "FROM school_sessions ORDER BY school_id, session_id"));
    query.bind(QStringLiteral(":wg"), workGroupId).exec();
    QList<SchoolSessionFigure> rows;
    while (query.next()) {
        SchoolSessionFigure f;
        f.schoolId = query.value(0).toLongLong();
        f.sessionId = query.value(1).toLongLong();
        f.expected = query.value(2).toInt() != 0;
        f.attended = query.value(3).toInt() != 0;
        rows << f;
    }
    return rows;
}

} // namespace hubreg
