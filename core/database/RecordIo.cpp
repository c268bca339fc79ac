#include "RecordIo.h"

#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace hubreg::recordio {

QString columns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1id, %1uuid, %1created_at, %1updated_at").arg(p);
}

void read(const SqlQuery &query, Record &record)
{
    record.id = query.value("id").toLongLong();
    record.uuid = QUuid::fromString(query.value("uuid").toString());
    record.createdAt
        = QDateTime::fromString(query.value("created_at").toString(), Qt::ISODateWithMs);
    record.updatedAt
        = QDateTime::fromString(query.value("updated_at").toString(), Qt::ISODateWithMs);
}

void stampNew(const Database &db, Record &record)
{
    if (record.uuid.isNull())
        record.uuid = QUuid::createUuid();
    record.createdAt = db.clock().nowUtc();
    record.updatedAt = record.createdAt;
}

void stampUpdate(const Database &db, Record &record)
{
    record.updatedAt = db.clock().nowUtc();
}

void bindNew(SqlQuery &query, const Record &record)
{
    query.bind(QStringLiteral(":uuid"), record.uuid.toString(QUuid::WithoutBraces));
    query.bind(QStringLiteral(":created_at"), Clock::timestamp(record.createdAt));
    query.bind(QStringLiteral(":updated_at"), Clock::timestamp(record.updatedAt));
}

void bindUpdate(SqlQuery &query, const Record &record)
{
    query.bind(QStringLiteral(":id"), record.id);
    query.bind(QStringLiteral(":updated_at"), Clock::timestamp(record.updatedAt));
}

QDateTime Stamps::now() const
{
    return m_fixed.isValid() ? m_fixed : m_db.clock().nowUtc();
}

QString Stamps::text(const QDateTime &at)
{
    if (at != m_last || m_lastText.isEmpty()) {
        m_last = at;
        m_lastText = Clock::timestamp(at);
    }
    return m_lastText;
}

void removeRow(Database &db, const QString &table, RecordId id, Entity entity, const QString &what)
{
    SqlQuery query(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id).exec();
    if (query.rowsAffected() == 0)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("hubreg::recordio", "%1 no longer exists.").arg(what),
            what);
    db.noteChange(entity);
}

void requireRow(const Database &db, const QString &table, RecordId id, const QString &what)
{
    SqlQuery query(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (!query.scalar().isValid())
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("hubreg::recordio", "%1 does not exist.").arg(what), what);
}

qint64 count(const Database &db, const QString &sql, RecordId id)
{
    SqlQuery query(db, sql);
    query.bind(QStringLiteral(":id"), id);
    return query.scalar().toLongLong();
}

} // namespace hubreg::recordio
