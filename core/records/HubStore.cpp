#include "HubStore.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubStore)
};

const QString kSelect = QStringLiteral("SELECT id, uuid, created_at, updated_at, version, name, "
                                       "contact_name, contact_email, phone, website "
                                       "FROM hubs");

Hub readHub(const SqlQuery &query)
{
    Hub hub;
    recordio::read(query, hub);
    hub.name = query.value("name").toString();
    hub.contactName = query.value("contact_name").toString();
    hub.contactEmail = query.value("contact_email").toString();
    hub.phone = query.value("phone").toString();
    hub.website = query.value("website").toString();
    return hub;
}
} // namespace

void HubStore::validate(const Hub &hub) const
{
    const QString record = Tr::tr("Hub “%1”").arg(hub.name);
    if (hub.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A hub needs a name."), record,
                         QStringLiteral("name"));
    const QString emailError = validation::email(hub.contactEmail);
    if (!emailError.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, emailError, record,
                         QStringLiteral("contactEmail"));
}

void HubStore::add(Hub &hub)
{
    validate(hub);
    Hub stored = hub;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral("INSERT INTO hubs (uuid, name, contact_name, contact_email, phone, "
                       "website, created_at, updated_at) VALUES (:uuid, :name, :contact_name, "
                       ":contact_email, :phone, :website, :created_at, :updated_at)"));
    recordio::bindNew(query, stored);
    query.bind(QStringLiteral(":name"), stored.name.trimmed())
        .bind(QStringLiteral(":contact_name"), stored.contactName)
        .bind(QStringLiteral(":contact_email"), stored.contactEmail.trimmed())
        .bind(QStringLiteral(":phone"), stored.phone)
        .bind(QStringLiteral(":website"), stored.website);
    try {
        query.exec();
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Duplicate)
            throw StoreError(error.kind(),
                             Tr::tr("There is already a hub called “%1”.").arg(hub.name),
                             Tr::tr("Hub “%1”").arg(hub.name), QStringLiteral("name"));
        throw;
    }
    stored.id = query.lastInsertId();
    hub = stored;
    m_db.noteChange(Entity::Hub);
}

void HubStore::update(Hub &hub)
{
    validate(hub);
    Hub stored = hub;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(m_db,
                   recordio::updateSql(
                       QStringLiteral("hubs"),
                       QStringLiteral("name = :name, contact_name = :contact_name, contact_email = "
                                      ":contact_email, phone = :phone, website = :website")));
    recordio::bindUpdate(query, stored);
    query.bind(QStringLiteral(":name"), stored.name.trimmed())
        .bind(QStringLiteral(":contact_name"), stored.contactName)
        .bind(QStringLiteral(":contact_email"), stored.contactEmail.trimmed())
        .bind(QStringLiteral(":phone"), stored.phone)
        .bind(QStringLiteral(":website"), stored.website);
    try {
        recordio::writeUpdate(m_db, query, QStringLiteral("hubs"), stored,
                              Tr::tr("The hub no longer exists."),
                              Tr::tr("Hub “%1”").arg(hub.name));
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Duplicate)
            throw StoreError(error.kind(),
                             Tr::tr("There is already a hub called “%1”.").arg(hub.name),
                             Tr::tr("Hub “%1”").arg(hub.name), QStringLiteral("name"));
        throw;
    }
    hub = stored;
    m_db.noteChange(Entity::Hub);
}

void HubStore::remove(RecordId id)
{
    if (recordio::count(m_db, QStringLiteral("SELECT count(*) FROM work_groups WHERE hub_id = :id"),
                        id)
        > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("The hub still has Work Groups; remove or move them first."));
    recordio::removeRow(m_db, QStringLiteral("hubs"), id, Entity::Hub, Tr::tr("The hub"));
}

std::optional<Hub> HubStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readHub(query);
}

QList<Hub> HubStore::list() const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    query.exec();
    QList<Hub> hubs;
    while (query.next())
        hubs << readHub(query);
    return hubs;
}

Hub HubStore::primary(const QString &fallbackName)
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" ORDER BY id LIMIT 1"));
    query.exec();
    if (query.next())
        return readHub(query);
    Hub hub;
    hub.name = fallbackName.isEmpty() ? Tr::tr("My Maths Hub") : fallbackName;
    add(hub);
    return hub;
}

QStringList HubStore::localAuthorities(RecordId hubId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT la_code FROM hub_local_authorities WHERE hub_id = "
                                  ":hub ORDER BY la_code"));
    query.bind(QStringLiteral(":hub"), hubId).exec();
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

QStringList HubStore::allLocalAuthorities() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT DISTINCT la_code FROM hub_local_authorities "
                                  "ORDER BY la_code"));
    query.exec();
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

void HubStore::setLocalAuthorities(RecordId hubId, const QStringList &laCodes)
{
    Transaction transaction(m_db);
    recordio::requireRow(m_db, QStringLiteral("hubs"), hubId, Tr::tr("The hub"));
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM hub_local_authorities WHERE hub_id = :hub"));
    clear.bind(QStringLiteral(":hub"), hubId).exec();
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO hub_local_authorities (hub_id, "
                                   "la_code) VALUES (:hub, :la) ON CONFLICT DO NOTHING"));
    for (const QString &code : laCodes) {
        if (code.trimmed().isEmpty())
            continue;
        insert.bind(QStringLiteral(":hub"), hubId)
            .bind(QStringLiteral(":la"), code.trimmed())
            .exec();
    }
    SqlQuery touch(
        m_db,
        QStringLiteral("UPDATE hubs SET version = version + 1, updated_at = :now WHERE id = :hub"));
    touch.bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()))
        .bind(QStringLiteral(":hub"), hubId)
        .exec();
    transaction.commit();
    m_db.noteChange(Entity::Hub);
}

void HubStore::setRetentionYears(RecordId hubId, int years)
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "UPDATE hubs SET version = version + 1, retention_years = :years, updated_at = :now "
            "WHERE id = :id AND retention_years <> :years"));
    query.bind(QStringLiteral(":years"), years)
        .bind(QStringLiteral(":now"), Clock::timestamp(m_db.clock().nowUtc()))
        .bind(QStringLiteral(":id"), hubId)
        .exec();
    if (query.rowsAffected() > 0)
        m_db.noteChange(Entity::Hub);
    else
        recordio::requireRow(m_db, QStringLiteral("hubs"), hubId, Tr::tr("The hub"));
}

} // namespace hubreg
