#include "SchoolLinkWriter.h"

#include "database/Database.h"
#include "database/RecordIo.h"

#include <QUuid>

namespace hubreg {

namespace {
const QString kFields = QStringLiteral("urn, linked_urn, link_type, linked_name, established_on");
} // namespace

SchoolLinkWriter::SchoolLinkWriter(Database &db)
    : m_db(db)
    , m_stamps(db)
{ }

QString SchoolLinkWriter::selectColumns()
{
    return recordio::columns() + QStringLiteral(", ") + kFields;
}

SchoolLink SchoolLinkWriter::read(const SqlQuery &query)
{
    SchoolLink link;
    recordio::read(query, link);
    readFields(query, link);
    return link;
}

void SchoolLinkWriter::readFields(const SqlQuery &q, SchoolLink &link)
{
    link.urn = Urn::fromInt(q.value("urn").toInt()).value_or(Urn());
    link.linkedUrn = Urn::fromInt(q.value("linked_urn").toInt()).value_or(Urn());
    link.linkType = q.value("link_type").toString();
    link.linkedName = q.value("linked_name").toString();
    link.establishedOn = dateFrom(q.value("established_on"));
}

std::optional<SchoolLink> SchoolLinkWriter::find(Urn urn, Urn linkedUrn, const QString &linkType,
                                                 Columns columns)
{
    std::optional<SqlQuery> &statement = columns == Columns::All ? m_findAll : m_findFromGias;
    if (!statement)
        statement.emplace(
            m_db,
            QStringLiteral("SELECT ")
                + (columns == Columns::All ? selectColumns() : QStringLiteral("id, ") + kFields)
                + QStringLiteral(" FROM school_links WHERE urn = :urn AND "
                                 "linked_urn = :linked_urn AND link_type = "
                                 ":link_type"));
    statement->bind(QStringLiteral(":urn"), urn.value())
        .bind(QStringLiteral(":linked_urn"), linkedUrn.value())
        .bind(QStringLiteral(":link_type"), linkType.trimmed())
        .exec();
    if (!statement->next())
        return std::nullopt;
    SchoolLink link;
    if (columns == Columns::All)
        recordio::read(*statement, link);
    else
        link.id = statement->value("id").toLongLong();
    readFields(*statement, link);
    return link;
}

void SchoolLinkWriter::insert(SchoolLink &link, Id id)
{
    if (!m_insert)
        m_insert.emplace(
            m_db,
            QStringLiteral("INSERT INTO school_links (uuid, urn, linked_urn, link_type, "
                           "linked_name, established_on, created_at, updated_at) VALUES (:uuid, "
                           ":urn, :linked_urn, :link_type, :linked_name, :established_on, "
                           ":created_at, :updated_at)"));
    normalise(link);
    if (link.uuid.isNull())
        link.uuid = QUuid::createUuid();
    link.createdAt = m_stamps.now();
    link.updatedAt = link.createdAt;
    link.version = 1; // the schema's default for a new row
    const QString stamp = m_stamps.text(link.createdAt);
    m_insert->bind(QStringLiteral(":uuid"), link.uuid.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":urn"), link.urn.value())
        .bind(QStringLiteral(":linked_urn"), link.linkedUrn.value())
        .bind(QStringLiteral(":link_type"), link.linkType)
        .bind(QStringLiteral(":linked_name"), link.linkedName)
        .bind(QStringLiteral(":established_on"), nullableDate(link.establishedOn))
        .bind(QStringLiteral(":created_at"), stamp)
        .bind(QStringLiteral(":updated_at"), stamp)
        .exec();
    if (id == Id::Read)
        link.id = m_insert->lastInsertId();
}

bool SchoolLinkWriter::update(SchoolLink &link)
{
    if (!m_update)
        m_update.emplace(m_db,
                         QStringLiteral("UPDATE school_links SET linked_name = :linked_name, "
                                        "established_on = :established_on, updated_at = "
                                        ":updated_at, version = version + 1 WHERE id = :id"));
    normalise(link);
    link.updatedAt = m_stamps.now();
    m_update->bind(QStringLiteral(":id"), link.id)
        .bind(QStringLiteral(":linked_name"), link.linkedName)
        .bind(QStringLiteral(":established_on"), nullableDate(link.establishedOn))
        .bind(QStringLiteral(":updated_at"), m_stamps.text(link.updatedAt))
        .exec();
    return m_update->rowsAffected() > 0;
}

void SchoolLinkWriter::normalise(SchoolLink &link)
{
    link.linkType = link.linkType.trimmed();
    link.linkedName = link.linkedName.trimmed();
}

} // namespace hubreg
