#pragma once

// Small helpers for the store tests: catching a StoreError as a value, reading tombstones and
// counting rows. Header-only so the shared test-support library needs no change.

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTest>
#include <QUuid>

#include <optional>

namespace hubreg {

// Lets QCOMPARE print the kind of a StoreError when a comparison fails.
inline char *toString(const StoreError::Kind &kind)
{
    static const char *const names[]
        = { "Invalid",  "NotFound",    "Duplicate",      "InUse",   "Conflict", "Locked",
            "ReadOnly", "NewerSchema", "NotHubRegister", "Corrupt", "Io",       "Internal" };
    const int index = int(kind);
    return qstrdup(index >= 0 && index < int(sizeof names / sizeof *names) ? names[index] : "?");
}

} // namespace hubreg

namespace hubreg::test {

// Runs `operation` and returns the StoreError it threw, or nothing when it succeeded.
template<typename Operation> std::optional<StoreError> storeErrorFrom(Operation &&operation)
{
    try {
        operation();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

inline int rowCount(const Database &db, const QString &table)
{
    SqlQuery query(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return query.scalar().toInt();
}

// The uuids of the tombstones left for one kind of record ("person", "session", ...).
inline QStringList tombstoneUuids(const Database &db, const QString &entity)
{
    SqlQuery query(
        db, QStringLiteral("SELECT uuid FROM tombstones WHERE entity = :entity ORDER BY uuid"));
    query.bind(QStringLiteral(":entity"), entity).exec();
    QStringList uuids;
    while (query.next())
        uuids << query.value(0).toString();
    return uuids;
}

inline bool hasTombstone(const Database &db, const QString &entity, const QUuid &uuid)
{
    return tombstoneUuids(db, entity).contains(uuid.toString(QUuid::WithoutBraces));
}

// Every row of the tombstones table as "entity|uuid|deleted_at".
inline QStringList tombstoneRows(const Database &db)
{
    SqlQuery query(db, QStringLiteral("SELECT * FROM tombstones ORDER BY entity, uuid"));
    query.exec();
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

// Runs one SQL statement directly, for a test that needs to arrange what the stores never do.
inline void execDirect(const Database &db, const QString &sql)
{
    execSql(db, sql);
}

} // namespace hubreg::test
