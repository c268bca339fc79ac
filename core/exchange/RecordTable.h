#pragma once

#include "ExchangeSchema.h"
#include "database/Entity.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace hubreg {

class Database;
class SqlQuery;

// A record as the exchange sees it: its row here, its uuid, and its fields as a pack holds them
// (references as uuids).
struct StoredRecord
{
    RecordId id = 0;
    QString uuid;
    QJsonObject fields;
};

// Finds a record's row from its uuid, through the aliases a hub keeps for uuids another side
// made for records it already held. Statements are prepared once per kind.
class UuidResolver
{
public:
    explicit UuidResolver(Database &db, bool useAliases = false);
    ~UuidResolver();

    // The row of the record of `kind` with this uuid (or alias), or 0.
    RecordId idOf(const QString &kind, const QString &uuid);
    // The uuid under which this file keeps the record (the alias followed), or `uuid`.
    QString canonical(const QString &kind, const QString &uuid);
    void addAlias(const QString &kind, const QString &alias, const QString &uuid);

private:
    Database &m_db;
    bool m_useAliases;
    QHash<QString, std::shared_ptr<SqlQuery>> m_lookups;
    std::shared_ptr<SqlQuery> m_aliasLookup;
    QHash<QString, QString> m_newAliases; // "kind/alias" -> uuid, made in this run
    QHash<QString, QString> m_knownAliases; // "kind/uuid" -> what the alias table says
};

// Reads and writes the records of one kind generically, from its ExchangeSchema description.
// Core-internal: the only SQL the exchange runs on the domain's tables.
class RecordTable
{
public:
    RecordTable(Database &db, const exchangeschema::KindSpec &kind);
    ~RecordTable();

    const exchangeschema::KindSpec &kind() const { return m_kind; }

    std::optional<StoredRecord> byUuid(const QString &uuid) const;
    std::optional<StoredRecord> byId(RecordId id) const;
    // The record naming the same thing by the kind's natural key, if it has one and the values
    // are all given.
    std::optional<StoredRecord> byNaturalKey(const QJsonObject &fields,
                                             UuidResolver &resolver) const;
    // Records matching an SQL condition on the table (alias `t`); `*` for all.
    QList<StoredRecord> select(const QString &condition, const QVariantMap &binds = {}) const;

    // Throws StoreError; a reference that names no record here is a NotFound naming it.
    RecordId insert(const QString &uuid, const QJsonObject &fields, UuidResolver &resolver);
    void update(RecordId id, const QJsonObject &fields, UuidResolver &resolver);
    void remove(RecordId id);
    void rekey(RecordId id, const QString &uuid);

    // The values as the database binds them; exposed for the session renumbering.
    static QJsonValue fromColumn(const exchangeschema::FieldSpec &field, const QVariant &value);

private:
    QVariant toColumn(const exchangeschema::FieldSpec &field, const QJsonValue &value,
                      UuidResolver &resolver) const;
    StoredRecord read(const SqlQuery &query) const;

    Database &m_db;
    const exchangeschema::KindSpec &m_kind;
    QString m_select;
    mutable std::unique_ptr<SqlQuery> m_byUuid;
    mutable std::unique_ptr<SqlQuery> m_byNaturalKey;
    std::unique_ptr<SqlQuery> m_insert;
    QHash<QString, std::shared_ptr<SqlQuery>> m_updates; // by the columns they set
};

// Field values compared as the exchange compares them: numbers as integers, null only equal
// to null.
bool sameValue(const QJsonValue &a, const QJsonValue &b);
// The canonical text of a record's fields, for fingerprints and digests.
QByteArray canonicalFields(const QJsonObject &fields);

} // namespace hubreg
