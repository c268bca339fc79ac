#include "RecordIo.h"

#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace hubreg::recordio {

QString columns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1id, %1uuid, %1created_at, %1updated_at, %1version").arg(p);
}

void read(const SqlQuery &query, Record &record)
{
    record.id = query.value("id").toLongLong();
    record.uuid = QUuid::fromString(query.value("uuid").toString());
    record.createdAt
        = QDateTime::fromString(query.value("created_at").toString(), Qt::ISODateWithMs);
    record.updatedAt
        = QDateTime::fromString(query.value("updated_at").toString(), Qt::ISODateWithMs);
    record.version = query.value("version").toInt();
}

void stampNew(const Database &db, Record &record)
{
    if (record.uuid.isNull())
        record.uuid = QUuid::createUuid();
    record.createdAt = db.clock().nowUtc();
    record.updatedAt = record.createdAt;
    record.version = 1; // the schema's default for a new row
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

QString updateSql(const QString &table, const QString &assignments)
{
    return QStringLiteral("UPDATE %1 SET %2, updated_at = :updated_at, version = version + 1 "
                          "WHERE id = :id AND version = :version")
        .arg(table, assignments);
}

void bindUpdate(SqlQuery &query, const Record &record)
{
    query.bind(QStringLiteral(":id"), record.id);
    query.bind(QStringLiteral(":updated_at"), Clock::timestamp(record.updatedAt));
    query.bind(QStringLiteral(":version"), record.version);
}

void writeUpdate(const Database &db, SqlQuery &query, const QString &table, Record &record,
                 const QString &gone, const QString &what)
{
    query.exec();
    if (query.rowsAffected() == 0)
        refuseUnwritten(db, table, record, gone, what);
    ++record.version;
}

void refuseUnwritten(const Database &db, const QString &table, const Record &record,
                     const QString &gone, const QString &what)
{
    SqlQuery stored(db, QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table));
    stored.bind(QStringLiteral(":id"), record.id);
    if (!stored.scalar().isValid())
        throw StoreError(StoreError::Kind::NotFound, gone, what);
    throw StoreError(StoreError::Kind::Stale,
                     QCoreApplication::translate("hubreg::recordio",
                                                 "%1 has been changed by someone else since this "
                                                 "change was based on it, so the change was not "
                                                 "saved.")
                         .arg(what),
                     what);
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
    db.noteChange(entity, id);
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
