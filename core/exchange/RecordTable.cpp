#include "RecordTable.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hubreg {

using namespace exchangeschema;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::RecordTable)
};

QString tableOf(const QString &kindName)
{
    const KindSpec *spec = exchangeschema::kind(kindName);
    Q_ASSERT(spec);
    return spec->table;
}

} // namespace

UuidResolver::UuidResolver(Database &db, bool useAliases)
    : m_db(db)
    , m_useAliases(useAliases)
{ }

UuidResolver::~UuidResolver() = default;

RecordId UuidResolver::idOf(const QString &kind, const QString &uuid)
{
    auto &lookup = m_lookups[kind];
    if (!lookup)
        lookup = std::make_shared<SqlQuery>(
            m_db, QStringLiteral("SELECT id FROM %1 WHERE uuid = :uuid").arg(tableOf(kind)));
    const QString target = canonical(kind, uuid);
    lookup->bind(QStringLiteral(":uuid"), target);
    return lookup->scalar().toLongLong();
}

QString UuidResolver::canonical(const QString &kind, const QString &uuid)
{
    const auto made = m_newAliases.constFind(kind + QLatin1Char('/') + uuid);
    if (made != m_newAliases.constEnd())
        return made.value();
    if (!m_useAliases)
        return uuid;
    const QString key = kind + QLatin1Char('/') + uuid;
    const auto known = m_knownAliases.constFind(key);
    if (known != m_knownAliases.constEnd())
        return known.value();
    if (!m_aliasLookup)
        m_aliasLookup = std::make_shared<SqlQuery>(
            m_db,
            QStringLiteral("SELECT uuid FROM exchange_aliases WHERE entity = :entity AND "
                           "alias = :alias"));
    m_aliasLookup->bind(QStringLiteral(":entity"), kind).bind(QStringLiteral(":alias"), uuid);
    const QVariant found = m_aliasLookup->scalar();
    const QString result = found.isValid() ? found.toString() : uuid;
    m_knownAliases.insert(key, result);
    return result;
}

void UuidResolver::addAlias(const QString &kind, const QString &alias, const QString &uuid)
{
    m_newAliases.insert(kind + QLatin1Char('/') + alias, uuid);
    m_knownAliases.remove(kind + QLatin1Char('/') + alias);
}

RecordTable::RecordTable(Database &db, const KindSpec &kind)
    : m_db(db)
    , m_kind(kind)
{
    QStringList columns { QStringLiteral("t.id"), QStringLiteral("t.uuid") };
    for (const FieldSpec &field : kind.fields) {
        if (field.type == FieldType::Reference)
            columns << QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = t.%2)")
                           .arg(tableOf(field.refersTo), field.column);
        else
            columns << QStringLiteral("t.") + field.column;
    }
    m_select
        = QStringLiteral("SELECT %1 FROM %2 t").arg(columns.join(QStringLiteral(", ")), kind.table);
}

RecordTable::~RecordTable() = default;

QJsonValue RecordTable::fromColumn(const FieldSpec &field, const QVariant &value)
{
    if (value.isNull())
        return field.nullable ? QJsonValue(QJsonValue::Null) : defaultValue(field);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::Timestamp:
    case FieldType::Reference:
        return value.toString();
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Boolean:
        return value.toLongLong() != 0;
    }
    return QJsonValue::Null;
}

QVariant RecordTable::toColumn(const FieldSpec &field, const QJsonValue &value,
                               UuidResolver &resolver) const
{
    if (value.isNull() || value.isUndefined()) {
        if (field.nullable)
            return QVariant();
        const QJsonValue fallback = defaultValue(field);
        if (fallback.isNull())
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("It has no %1, which every such record has.").arg(field.name),
                             m_kind.name, field.name);
        return toColumn(field, fallback, resolver);
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::Timestamp:
        return value.toString();
    case FieldType::Integer:
        return QVariant(qint64(value.toDouble()));
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Reference: {
        const RecordId id = resolver.idOf(field.refersTo, value.toString());
        if (id <= 0)
            throw StoreError(StoreError::Kind::NotFound,
                             Tr::tr("It refers to a record (%1 %2) that is not in this file.")
                                 .arg(field.refersTo, value.toString()),
                             m_kind.name, field.name);
        return id;
    }
    }
    return QVariant();
}

StoredRecord RecordTable::read(const SqlQuery &query) const
{
    StoredRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        const FieldSpec &field = m_kind.fields.at(i);
        record.fields.insert(field.name, fromColumn(field, query.value(i + 2)));
    }
    return record;
}

std::optional<StoredRecord> RecordTable::byUuid(const QString &uuid) const
{
    if (!m_byUuid)
        m_byUuid
            = std::make_unique<SqlQuery>(m_db, m_select + QStringLiteral(" WHERE t.uuid = :uuid"));
    m_byUuid->bind(QStringLiteral(":uuid"), uuid).exec();
    std::optional<StoredRecord> found;
    if (m_byUuid->next())
        found = read(*m_byUuid);
    m_byUuid->finish();
    return found;
}

std::optional<StoredRecord> RecordTable::byId(RecordId id) const
{
    const QList<StoredRecord> found
        = select(QStringLiteral("t.id = :id"), { { QStringLiteral(":id"), id } });
    return found.isEmpty() ? std::nullopt : std::optional<StoredRecord>(found.first());
}

std::optional<StoredRecord> RecordTable::byNaturalKey(const QJsonObject &fields,
                                                      UuidResolver &resolver) const
{
    if (m_kind.naturalKey.isEmpty())
        return std::nullopt;
    QStringList conditions;
    QVariantMap binds;
    for (int i = 0; i < m_kind.naturalKey.size(); ++i) {
        const FieldSpec *field = m_kind.field(m_kind.naturalKey.at(i));
        const QJsonValue value = fields.value(field->name);
        if (value.isNull() || value.isUndefined()
            || (value.isString() && value.toString().trimmed().isEmpty()))
            return std::nullopt;
        const QString placeholder = QStringLiteral(":k%1").arg(i);
        if (field->type == FieldType::Reference) {
            const RecordId id = resolver.idOf(field->refersTo, value.toString());
            if (id <= 0)
                return std::nullopt;
            binds.insert(placeholder, id);
        } else {
            binds.insert(placeholder, toColumn(*field, value, resolver));
        }
        const bool text = field->type == FieldType::Text;
        // "<> ''" lets SQLite use a partial index of the non-empty values (people's emails).
        conditions << QStringLiteral("t.%1 = %2%3%4")
                          .arg(field->column, placeholder,
                               m_kind.naturalKeyIgnoresCase && text
                                   ? QStringLiteral(" COLLATE NOCASE")
                                   : QString(),
                               text ? QStringLiteral(" AND t.%1 <> ''").arg(field->column)
                                    : QString());
    }
    if (!m_byNaturalKey)
        m_byNaturalKey = std::make_unique<SqlQuery>(
            m_db, m_select + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
    SqlQuery &query = *m_byNaturalKey;
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    std::optional<StoredRecord> found;
    if (query.next())
        found = read(query);
    query.finish();
    return found;
}

QList<StoredRecord> RecordTable::select(const QString &condition, const QVariantMap &binds) const
{
    SqlQuery query(m_db,
                   condition == QLatin1String("*") ? m_select + QStringLiteral(" ORDER BY t.id")
                                                   : m_select + QStringLiteral(" WHERE ")
                           + condition + QStringLiteral(" ORDER BY t.id"));
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    QList<StoredRecord> records;
    while (query.next())
        records << read(query);
    return records;
}

RecordId RecordTable::insert(const QString &uuid, const QJsonObject &fields, UuidResolver &resolver)
{
    QStringList columns { QStringLiteral("uuid"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at") };
    QStringList placeholders { QStringLiteral(":uuid"), QStringLiteral(":now"),
                               QStringLiteral(":now") };
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        columns << m_kind.fields.at(i).column;
        placeholders << QStringLiteral(":f%1").arg(i);
    }
    if (!m_insert)
        m_insert
            = std::make_unique<SqlQuery>(m_db,
                                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(m_kind.table, columns.join(QStringLiteral(", ")),
                                                  placeholders.join(QStringLiteral(", "))));
    SqlQuery &query = *m_insert;
    query.bind(QStringLiteral(":uuid"), uuid);
    query.bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()));
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        const FieldSpec &field = m_kind.fields.at(i);
        query.bind(QStringLiteral(":f%1").arg(i),
                   toColumn(field, fields.value(field.name), resolver));
    }
    query.exec();
    m_db.noteChange(m_kind.entity);
    return query.lastInsertId();
}

void RecordTable::update(RecordId id, const QJsonObject &fields, UuidResolver &resolver)
{
    QStringList assignments { QStringLiteral("updated_at = :now"),
                              QStringLiteral("version = version + 1") };
    QVariantMap binds;
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        const FieldSpec &field = m_kind.fields.at(i);
        if (!fields.contains(field.name))
            continue;
        const QString placeholder = QStringLiteral(":f%1").arg(i);
        assignments << QStringLiteral("%1 = %2").arg(field.column, placeholder);
        binds.insert(placeholder, toColumn(field, fields.value(field.name), resolver));
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                            .arg(m_kind.table, assignments.join(QStringLiteral(", ")));
    auto &prepared = m_updates[sql];
    if (!prepared)
        prepared = std::make_shared<SqlQuery>(m_db, sql);
    SqlQuery &query = *prepared;
    query.bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()));
    query.bind(QStringLiteral(":id"), id);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    m_db.noteChange(m_kind.entity);
}

void RecordTable::remove(RecordId id)
{
    SqlQuery query(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_kind.table));
    query.bind(QStringLiteral(":id"), id).exec();
    m_db.noteChange(m_kind.entity);
}

void RecordTable::rekey(RecordId id, const QString &uuid)
{
    SqlQuery query(
        m_db,
        QStringLiteral("UPDATE %1 SET version = version + 1, uuid = :uuid WHERE id = :id")
            .arg(m_kind.table));
    query.bind(QStringLiteral(":uuid"), uuid).bind(QStringLiteral(":id"), id).exec();
    m_db.noteChange(m_kind.entity);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull && bNull;
    if (a.isDouble() && b.isDouble())
        return qint64(a.toDouble()) == qint64(b.toDouble());
    return a == b;
}

QByteArray canonicalFields(const QJsonObject &fields)
{
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace hubreg
