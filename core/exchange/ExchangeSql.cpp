#include "ExchangeSql.h"

#include "database/Database.h"
#include "database/SqlQuery.h"

namespace hubreg::exchangesql {

qint64 tombstoneCount(const Database &db)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM tombstones")).scalar().toLongLong();
}

bool hasTombstone(const Database &db, const QString &kind, const QString &uuid)
{
    SqlQuery query(
        db, QStringLiteral("SELECT 1 FROM tombstones WHERE entity = :kind AND uuid = :uuid"));
    query.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":uuid"), uuid);
    return query.scalar().isValid();
}

void removeTombstone(const Database &db, const QString &kind, const QString &uuid)
{
    SqlQuery query(db,
                   QStringLiteral("DELETE FROM tombstones WHERE entity = :kind AND uuid = :uuid"));
    query.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":uuid"), uuid).exec();
}

RecordId sessionNumbered(const Database &db, RecordId workGroupId, int number, RecordId exceptId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT id FROM sessions WHERE work_group_id = :wg AND "
                                  "number = :number AND id <> :id"));
    query.bind(QStringLiteral(":wg"), workGroupId)
        .bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":id"), exceptId);
    return query.scalar().toLongLong();
}

int nextSessionNumber(const Database &db, RecordId workGroupId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM sessions WHERE "
                                  "work_group_id = :wg AND number < 1000000"));
    query.bind(QStringLiteral(":wg"), workGroupId);
    return query.scalar().toInt();
}

void setSessionNumber(const Database &db, RecordId sessionId, int number)
{
    SqlQuery query(
        db,
        QStringLiteral(
            "UPDATE sessions SET version = version + 1, number = :number WHERE id = :id"));
    query.bind(QStringLiteral(":number"), number).bind(QStringLiteral(":id"), sessionId).exec();
}

QList<RecordId> openCancelledSessions(const Database &db, const QList<RecordId> &sessionIds)
{
    QList<RecordId> opened;
    for (RecordId id : sessionIds) {
        SqlQuery query(
            db,
            QStringLiteral(
                "UPDATE sessions SET version = version + 1, status = 'held' WHERE id = :id AND "
                "status = 'cancelled'"));
        query.bind(QStringLiteral(":id"), id).exec();
        if (query.rowsAffected() > 0)
            opened << id;
    }
    return opened;
}

void closeSessions(const Database &db, const QList<RecordId> &sessionIds)
{
    for (RecordId id : sessionIds) {
        SqlQuery query(
            db,
            QStringLiteral(
                "UPDATE sessions SET version = version + 1, status = 'cancelled' WHERE id = :id"));
        query.bind(QStringLiteral(":id"), id).exec();
    }
}

QString personName(const Database &db, const QString &uuid)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM people "
                                  "WHERE uuid = :uuid"));
    query.bind(QStringLiteral(":uuid"), uuid);
    return query.scalar().toString();
}

bool personTakesPart(const Database &db, RecordId personId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM work_group_participants "
                                  "WHERE person_id = :id) OR EXISTS (SELECT 1 FROM work_groups "
                                  "WHERE lead_person_id = :id) THEN 1 ELSE 0 END"));
    query.bind(QStringLiteral(":id"), personId);
    return query.scalar().toBool();
}

} // namespace hubreg::exchangesql
