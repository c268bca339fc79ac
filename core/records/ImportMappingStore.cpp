#include "ImportMappingStore.h"

#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ImportMappingStore)
};

const QString kSelect
    = QStringLiteral("SELECT id, uuid, created_at, updated_at, version, kind, name, "
                     "header_key, columns FROM import_mappings");

ImportMapping readMapping(const SqlQuery &q)
{
    ImportMapping m;
    recordio::read(q, m);
    m.kind = q.value("kind").toString();
    m.name = q.value("name").toString();
    m.headerKey = q.value("header_key").toString();
    const QJsonObject columns
        = QJsonDocument::fromJson(q.value("columns").toString().toUtf8()).object();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    return m;
}

QString columnsJson(const QMap<QString, QString> &columns)
{
    QJsonObject object;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QString ImportMappingStore::headerKey(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names << name.simplified().toLower();
    names.sort();
    return names.join(QChar(0x1F));
}

void ImportMappingStore::save(ImportMapping &mapping)
{
    const QString record = Tr::tr("Column mapping “%1”").arg(mapping.name);
    if (mapping.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Give the column mapping a name."),
                         record, QStringLiteral("name"));
    if (mapping.columns.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A column mapping needs at least one column."), record,
                         QStringLiteral("columns"));
    ImportMapping stored = mapping;
    stored.name = stored.name.trimmed();
    if (const auto existing = findByName(stored.kind, stored.name)) {
        stored.id = existing->id;
        stored.uuid = existing->uuid;
        stored.createdAt = existing->createdAt;
        stored.version = existing->version;
        recordio::stampUpdate(m_db, stored);
        SqlQuery query(
            m_db,
            recordio::updateSql(
                QStringLiteral("import_mappings"),
                QStringLiteral("name = :name, header_key = :header, columns = :columns")));
        recordio::bindUpdate(query, stored);
        query.bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":header"), stored.headerKey)
            .bind(QStringLiteral(":columns"), columnsJson(stored.columns));
        recordio::writeUpdate(m_db, query, QStringLiteral("import_mappings"), stored,
                              Tr::tr("The mapping no longer exists."),
                              Tr::tr("Mapping “%1”").arg(stored.name));
    } else {
        recordio::stampNew(m_db, stored);
        SqlQuery query(m_db,
                       QStringLiteral("INSERT INTO import_mappings (uuid, kind, name, "
                                      "header_key, columns, created_at, updated_at) VALUES "
                                      "(:uuid, :kind, :name, :header, :columns, "
                                      ":created_at, :updated_at)"));
        recordio::bindNew(query, stored);
        query.bind(QStringLiteral(":kind"), stored.kind)
            .bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":header"), stored.headerKey)
            .bind(QStringLiteral(":columns"), columnsJson(stored.columns))
            .exec();
        stored.id = query.lastInsertId();
    }
    mapping = stored;
    m_db.noteChange(Entity::Setting);
}

std::optional<ImportMapping> ImportMappingStore::findByName(const QString &kind,
                                                            const QString &name) const
{
    SqlQuery query(m_db,
                   kSelect + QStringLiteral(" WHERE kind = :kind AND name = :name COLLATE NOCASE"));
    query.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":name"), name.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readMapping(query);
}

std::optional<ImportMapping> ImportMappingStore::findByHeader(const QString &kind,
                                                              const QStringList &header) const
{
    SqlQuery query(m_db,
                   kSelect
                       + QStringLiteral(" WHERE kind = :kind AND header_key = :header "
                                        "ORDER BY updated_at DESC, id DESC LIMIT 1"));
    query.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":header"), headerKey(header))
        .exec();
    if (!query.next())
        return std::nullopt;
    return readMapping(query);
}

QList<ImportMapping> ImportMappingStore::list(const QString &kind) const
{
    SqlQuery query(m_db,
                   kSelect + QStringLiteral(" WHERE kind = :kind ORDER BY name COLLATE NOCASE"));
    query.bind(QStringLiteral(":kind"), kind).exec();
    QList<ImportMapping> mappings;
    while (query.next())
        mappings << readMapping(query);
    return mappings;
}

void ImportMappingStore::remove(RecordId id)
{
    recordio::removeRow(m_db, QStringLiteral("import_mappings"), id, Entity::Setting,
                        Tr::tr("The column mapping"));
}

} // namespace hubreg
