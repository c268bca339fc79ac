#include "ExportTemplateStore.h"

#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ExportTemplateStore)
};

const QString kSelect = QStringLiteral("SELECT id, uuid, created_at, updated_at, version, report, "
                                       "name, columns FROM export_templates");

ExportTemplate readTemplate(const SqlQuery &q)
{
    ExportTemplate t;
    recordio::read(q, t);
    t.report
        = reportKindFromStorage(q.value("report").toString()).value_or(ReportKind::Participants);
    t.name = q.value("name").toString();
    const QJsonArray columns
        = QJsonDocument::fromJson(q.value("columns").toString().toUtf8()).array();
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        t.columns << ExportColumn { column.value(QLatin1String("key")).toString(),
                                    column.value(QLatin1String("heading")).toString() };
    }
    return t;
}

QString columnsJson(const QList<ExportColumn> &columns)
{
    QJsonArray array;
    for (const ExportColumn &column : columns)
        array.append(QJsonObject { { QStringLiteral("key"), column.key },
                                   { QStringLiteral("heading"), column.heading } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void validate(const ExportTemplate &t)
{
    const QString record = Tr::tr("Export template “%1”").arg(t.name);
    if (t.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Give the export template a name."),
                         record, QStringLiteral("name"));
    if (t.columns.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("Choose at least one column to export."),
                         record, QStringLiteral("columns"));
    QSet<QString> keys;
    for (const ExportColumn &column : t.columns) {
        if (column.heading.trimmed().isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("The column “%1” needs a heading.").arg(column.key), record,
                             QStringLiteral("columns"));
        if (keys.contains(column.key))
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("The column “%1” is chosen twice.").arg(column.heading), record,
                             QStringLiteral("columns"));
        keys.insert(column.key);
    }
}
} // namespace

void ExportTemplateStore::save(ExportTemplate &exportTemplate)
{
    validate(exportTemplate);
    ExportTemplate stored = exportTemplate;
    stored.name = stored.name.trimmed();
    if (const auto existing = find(stored.report, stored.name)) {
        stored.id = existing->id;
        stored.uuid = existing->uuid;
        stored.createdAt = existing->createdAt;
        stored.version = existing->version;
        recordio::stampUpdate(m_db, stored);
        SqlQuery query(m_db,
                       recordio::updateSql(QStringLiteral("export_templates"),
                                           QStringLiteral("name = :name, columns = :columns")));
        recordio::bindUpdate(query, stored);
        query.bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":columns"), columnsJson(stored.columns));
        recordio::writeUpdate(m_db, query, QStringLiteral("export_templates"), stored,
                              Tr::tr("The template no longer exists."),
                              Tr::tr("Template “%1”").arg(stored.name));
    } else {
        recordio::stampNew(m_db, stored);
        SqlQuery query(m_db,
                       QStringLiteral("INSERT INTO export_templates (uuid, report, name, "
                                      "columns, created_at, updated_at) VALUES (:uuid, "
                                      ":report, :name, :columns, :created_at, :updated_at)"));
        recordio::bindNew(query, stored);
        query.bind(QStringLiteral(":report"), toStorage(stored.report))
            .bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":columns"), columnsJson(stored.columns))
            .exec();
        stored.id = query.lastInsertId();
    }
    exportTemplate = stored;
    m_db.noteChange(Entity::Setting);
}

std::optional<ExportTemplate> ExportTemplateStore::find(ReportKind report,
                                                        const QString &name) const
{
    SqlQuery query(
        m_db, kSelect + QStringLiteral(" WHERE report = :report AND name = :name COLLATE NOCASE"));
    query.bind(QStringLiteral(":report"), toStorage(report))
        .bind(QStringLiteral(":name"), name.trimmed())
        .exec();
    if (!query.next())
        return std::nullopt;
    return readTemplate(query);
}

QList<ExportTemplate> ExportTemplateStore::list(ReportKind report) const
{
    SqlQuery query(
        m_db, kSelect + QStringLiteral(" WHERE report = :report ORDER BY name COLLATE NOCASE"));
    query.bind(QStringLiteral(":report"), toStorage(report)).exec();
    QList<ExportTemplate> templates;
    while (query.next())
        templates << readTemplate(query);
    return templates;
}

void ExportTemplateStore::remove(RecordId id)
{
    recordio::removeRow(m_db, QStringLiteral("export_templates"), id, Entity::Setting,
                        Tr::tr("The export template"));
}

} // namespace hubreg
