#include "ExchangeBook.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QJsonDocument>

namespace hubreg {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

PackEntry readEntry(const SqlQuery &query)
{
    PackEntry entry;
    entry.packId = query.value("pack_id").toString();
    entry.sent = query.value("direction").toString() == QLatin1String("sent");
    entry.leadUuid = query.value("lead_uuid").toString();
    entry.deviceId = query.value("device_id").toString();
    entry.seq = query.value("seq").toInt();
    entry.digest = query.value("digest").toString().toLatin1();
    entry.at = QDateTime::fromString(query.value("at").toString(), Qt::ISODateWithMs);
    entry.summary = query.value("summary").toString();
    return entry;
}

const QString kPackColumns
    = QStringLiteral("pack_id, direction, lead_uuid, device_id, seq, digest, at, summary");

} // namespace

std::optional<PackEntry> ExchangeBook::pack(const QString &packId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT %1 FROM exchange_packs WHERE pack_id = :id").arg(kPackColumns));
    query.bind(QStringLiteral(":id"), packId).exec();
    if (!query.next())
        return std::nullopt;
    PackEntry entry = readEntry(query);
    query.finish();
    return entry;
}

void ExchangeBook::recordPack(const PackEntry &entry)
{
    SqlQuery query(m_db,
                   QStringLiteral("INSERT INTO exchange_packs (%1) VALUES (:id, :direction, "
                                  ":lead, :device, :seq, :digest, :at, :summary)")
                       .arg(kPackColumns));
    query.bind(QStringLiteral(":id"), entry.packId)
        .bind(QStringLiteral(":direction"),
              entry.sent ? QStringLiteral("sent") : QStringLiteral("received"))
        .bind(QStringLiteral(":lead"), entry.leadUuid)
        .bind(QStringLiteral(":device"), entry.deviceId)
        .bind(QStringLiteral(":seq"), entry.seq)
        .bind(QStringLiteral(":digest"), QString::fromLatin1(entry.digest))
        .bind(QStringLiteral(":at"), Clock::timestamp(entry.at))
        .bind(QStringLiteral(":summary"), entry.summary)
        .exec();
}

int ExchangeBook::lastReceived(const QString &leadUuid, const QString &deviceId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT max(seq) FROM exchange_packs WHERE direction = "
                                  "'received' AND lead_uuid = :lead AND device_id = :device"));
    query.bind(QStringLiteral(":lead"), leadUuid).bind(QStringLiteral(":device"), deviceId);
    return query.scalar().toInt();
}

QMap<QString, int> ExchangeBook::lastReceivedByDevice(const QString &leadUuid) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT device_id, max(seq) FROM exchange_packs WHERE "
                                  "direction = 'received' AND lead_uuid = :lead GROUP BY "
                                  "device_id"));
    query.bind(QStringLiteral(":lead"), leadUuid).exec();
    QMap<QString, int> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toInt());
    return result;
}

std::optional<PackEntry> ExchangeBook::latest(bool sent) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM exchange_packs WHERE direction = :direction "
                                  "ORDER BY at DESC, seq DESC, pack_id DESC LIMIT 1")
                       .arg(kPackColumns));
    query
        .bind(QStringLiteral(":direction"),
              sent ? QStringLiteral("sent") : QStringLiteral("received"))
        .exec();
    if (!query.next())
        return std::nullopt;
    PackEntry entry = readEntry(query);
    query.finish();
    return entry;
}

QHash<QString, RecordVersion> ExchangeBook::versions(const QString &kind) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT uuid, version, fingerprint FROM exchange_versions "
                                  "WHERE entity = :kind"));
    query.bind(QStringLiteral(":kind"), kind).exec();
    QHash<QString, RecordVersion> result;
    while (query.next())
        result.insert(query.value(0).toString(),
                      { query.value(1).toLongLong(), query.value(2).toString().toLatin1() });
    return result;
}

void ExchangeBook::setVersion(const QString &kind, const QString &uuid,
                              const RecordVersion &version)
{
    SqlQuery query(
        m_db,
        QStringLiteral("INSERT INTO exchange_versions (entity, uuid, version, fingerprint) VALUES "
                       "(:kind, :uuid, "
                       ":version, :fingerprint) ON CONFLICT (entity, uuid) DO UPDATE SET version = "
                       "excluded.version, fingerprint = excluded.fingerprint"));
    query.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":uuid"), uuid)
        .bind(QStringLiteral(":version"), version.version)
        .bind(QStringLiteral(":fingerprint"), QString::fromLatin1(version.fingerprint))
        .exec();
}

QHash<QString, RecordBase> ExchangeBook::bases(const QString &kind) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT uuid, version, fields, sent_seq, sent FROM "
                                  "exchange_base WHERE entity = :kind"));
    query.bind(QStringLiteral(":kind"), kind).exec();
    QHash<QString, RecordBase> result;
    while (query.next()) {
        RecordBase base;
        base.version = query.value("version").toLongLong();
        if (!query.value("fields").isNull())
            base.fields = objectFrom(query.value("fields"));
        base.sentSeq = query.value("sent_seq").toInt();
        if (base.sentSeq > 0) {
            base.sentDeleted = query.value("sent").toString() == QLatin1String("deleted");
            if (!base.sentDeleted)
                base.sent = objectFrom(query.value("sent"));
        }
        result.insert(query.value("uuid").toString(), base);
    }
    return result;
}

void ExchangeBook::setBase(const QString &kind, const QString &uuid, const RecordBase &base)
{
    if (!m_setBase)
        m_setBase = std::make_shared<SqlQuery>(
            m_db,
            QStringLiteral("INSERT INTO exchange_base (entity, uuid, version, fields, sent_seq, "
                           "sent) VALUES (:kind, :uuid, :version, :fields, :sentSeq, :sent) "
                           "ON CONFLICT (entity, uuid) DO UPDATE SET version = "
                           "excluded.version, fields = excluded.fields, sent_seq = "
                           "excluded.sent_seq, sent = excluded.sent"));
    SqlQuery &query = *m_setBase;
    query.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":uuid"), uuid)
        .bind(QStringLiteral(":version"), base.version)
        .bind(QStringLiteral(":fields"), base.fields ? QVariant(json(*base.fields)) : QVariant())
        .bind(QStringLiteral(":sentSeq"), base.hasSent() ? QVariant(base.sentSeq) : QVariant())
        .bind(QStringLiteral(":sent"),
              !base.hasSent()
                  ? QVariant()
                  : QVariant(base.sentDeleted ? QStringLiteral("deleted") : json(base.sent)))
        .exec();
}

void ExchangeBook::removeBase(const QString &kind, const QString &uuid)
{
    SqlQuery query(
        m_db, QStringLiteral("DELETE FROM exchange_base WHERE entity = :kind AND uuid = :uuid"));
    query.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":uuid"), uuid).exec();
}

void ExchangeBook::rekeyBase(const QString &kind, const QString &from, const QString &to)
{
    removeBase(kind, to);
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE exchange_base SET uuid = :to WHERE entity = :kind "
                                  "AND uuid = :from"));
    query.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to)
        .exec();
}

void ExchangeBook::addAlias(const QString &kind, const QString &alias, const QString &uuid)
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO exchange_aliases (entity, alias, uuid) VALUES (:kind, :alias, :uuid) ON "
            "CONFLICT (entity, alias) DO UPDATE SET uuid = excluded.uuid"));
    query.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":alias"), alias)
        .bind(QStringLiteral(":uuid"), uuid)
        .exec();
}

QHash<QString, QString> ExchangeBook::aliases(const QString &kind) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT alias, uuid FROM exchange_aliases WHERE entity = :kind"));
    query.bind(QStringLiteral(":kind"), kind).exec();
    QHash<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

} // namespace hubreg
