#include "SchoolWriter.h"

#include "store/Clock.h"
#include "store/Database.h"
#include "store/RecordIo.h"

#include <QStringList>
#include <QUuid>

namespace hubreg {

namespace {

// The table's own columns (after id, uuid and the timestamps), each bound by bindFields() to
// the placeholder of its name.
struct Column
{
    const char *name;
    bool fromGias;
};
const Column kColumns[] = {
    { "urn", false },
    { "name", true },
    { "la_code", true },
    { "la_name", true },
    { "establishment_type", true },
    { "type_group", true },
    { "phase", true },
    { "status", true },
    { "street", true },
    { "locality", true },
    { "address3", true },
    { "town", true },
    { "county", true },
    { "postcode", true },
    { "trust_name", true },
    { "head_title", true },
    { "head_first_name", true },
    { "head_last_name", true },
    { "telephone", true },
    { "website", true },
    { "open_date", true },
    { "close_date", true },
    { "statutory_low_age", true },
    { "statutory_high_age", true },
    { "pupils", true },
    { "has_mastery_specialist", false },
    { "barrier", false },
    { "notes", false },
};

QStringList columnNames()
{
    QStringList names;
    for (const Column &column : kColumns)
        names << QLatin1String(column.name);
    return names;
}

QString updateSql(SchoolWriter::Columns which)
{
    QStringList assignments;
    for (const Column &column : kColumns) {
        if (which == SchoolWriter::Columns::All || column.fromGias)
            assignments << QStringLiteral("%1 = :%1").arg(QLatin1String(column.name));
    }
    return QStringLiteral("UPDATE schools SET ") + assignments.join(QStringLiteral(", "))
        + QStringLiteral(", updated_at = :updated_at WHERE id = :id");
}

int optionalInt(const QVariant &value)
{
    return value.isNull() ? -1 : value.toInt();
}

QVariant nullableInt(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

SchoolWriter::SchoolWriter(Database &db)
    : m_db(db)
    , m_stamps(db)
{ }

QString SchoolWriter::selectColumns()
{
    return recordio::columns() + QStringLiteral(", ") + columnNames().join(QStringLiteral(", "));
}

School SchoolWriter::read(const SqlQuery &q)
{
    School s;
    recordio::read(q, s);
    s.urn = Urn::fromInt(q.value("urn").toInt()).value_or(Urn());
    s.name = q.value("name").toString();
    s.laCode = q.value("la_code").toString();
    s.laName = q.value("la_name").toString();
    s.establishmentType = q.value("establishment_type").toString();
    s.typeGroup = q.value("type_group").toString();
    s.phase = q.value("phase").toString();
    s.status = q.value("status").toString();
    s.street = q.value("street").toString();
    s.locality = q.value("locality").toString();
    s.address3 = q.value("address3").toString();
    s.town = q.value("town").toString();
    s.county = q.value("county").toString();
    s.postcode = q.value("postcode").toString();
    s.trustName = q.value("trust_name").toString();
    s.headTitle = q.value("head_title").toString();
    s.headFirstName = q.value("head_first_name").toString();
    s.headLastName = q.value("head_last_name").toString();
    s.telephone = q.value("telephone").toString();
    s.website = q.value("website").toString();
    s.openDate = dateFrom(q.value("open_date"));
    s.closeDate = dateFrom(q.value("close_date"));
    s.statutoryLowAge = optionalInt(q.value("statutory_low_age"));
    s.statutoryHighAge = optionalInt(q.value("statutory_high_age"));
    s.pupils = optionalInt(q.value("pupils"));
    s.hasMasterySpecialist = q.value("has_mastery_specialist").toInt() != 0;
    s.barrier = q.value("barrier").toString();
    s.notes = q.value("notes").toString();
    return s;
}

void SchoolWriter::normalise(School &s)
{
    for (QString *text :
         { &s.name, &s.laCode, &s.laName, &s.establishmentType, &s.typeGroup, &s.phase, &s.status,
           &s.street, &s.locality, &s.address3, &s.town, &s.county, &s.trustName, &s.headTitle,
           &s.headFirstName, &s.headLastName, &s.telephone, &s.website })
        *text = text->trimmed();
    s.postcode = s.postcode.trimmed().toUpper();
}

std::optional<School> SchoolWriter::findByUrn(Urn urn)
{
    if (!m_find)
        m_find.emplace(m_db,
                       QStringLiteral("SELECT ") + selectColumns()
                           + QStringLiteral(" FROM schools WHERE urn = :urn"));
    m_find->bind(QStringLiteral(":urn"), urn.value()).exec();
    std::optional<School> found;
    if (m_find->next())
        found = read(*m_find);
    m_find->finish();
    return found;
}

void SchoolWriter::insert(School &school, Id id)
{
    if (!m_insert) {
        const QStringList names = columnNames();
        m_insert.emplace(m_db,
                         QStringLiteral("INSERT INTO schools (uuid, ")
                             + names.join(QStringLiteral(", "))
                             + QStringLiteral(", created_at, updated_at) VALUES (:uuid, :")
                             + names.join(QStringLiteral(", :"))
                             + QStringLiteral(", :created_at, :updated_at)"));
    }
    normalise(school);
    if (school.uuid.isNull())
        school.uuid = QUuid::createUuid();
    school.createdAt = m_stamps.now();
    school.updatedAt = school.createdAt;
    const QString stamp = m_stamps.text(school.createdAt);
    // Each placeholder appears once: Qt's SQLite driver matches a repeated name to its value
    // again on every execution, a cost per row.
    m_insert->bind(QStringLiteral(":uuid"), school.uuid.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":created_at"), stamp)
        .bind(QStringLiteral(":updated_at"), stamp);
    bindFields(*m_insert, school);
    m_insert->exec();
    if (id == Id::Read)
        school.id = m_insert->lastInsertId();
}

bool SchoolWriter::update(School &school, Columns columns)
{
    std::optional<SqlQuery> &statement = columns == Columns::All ? m_updateAll : m_updateFromGias;
    if (!statement)
        statement.emplace(m_db, updateSql(columns));
    normalise(school);
    school.updatedAt = m_stamps.now();
    statement->bind(QStringLiteral(":id"), school.id)
        .bind(QStringLiteral(":updated_at"), m_stamps.text(school.updatedAt));
    bindFields(*statement, school);
    statement->exec();
    return statement->rowsAffected() > 0;
}

void SchoolWriter::bindFields(SqlQuery &q, const School &s)
{
    // A placeholder the statement lacks (an update of GIAS's columns has no :notes) takes
    // nothing.
    q.bind(QStringLiteral(":urn"), s.urn.value())
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":la_code"), s.laCode)
        .bind(QStringLiteral(":la_name"), s.laName)
        .bind(QStringLiteral(":establishment_type"), s.establishmentType)
        .bind(QStringLiteral(":type_group"), s.typeGroup)
        .bind(QStringLiteral(":phase"), s.phase)
        .bind(QStringLiteral(":status"), s.status)
        .bind(QStringLiteral(":street"), s.street)
        .bind(QStringLiteral(":locality"), s.locality)
        .bind(QStringLiteral(":address3"), s.address3)
        .bind(QStringLiteral(":town"), s.town)
        .bind(QStringLiteral(":county"), s.county)
        .bind(QStringLiteral(":postcode"), s.postcode)
        .bind(QStringLiteral(":trust_name"), s.trustName)
        .bind(QStringLiteral(":head_title"), s.headTitle)
        .bind(QStringLiteral(":head_first_name"), s.headFirstName)
        .bind(QStringLiteral(":head_last_name"), s.headLastName)
        .bind(QStringLiteral(":telephone"), s.telephone)
        .bind(QStringLiteral(":website"), s.website)
        .bind(QStringLiteral(":open_date"), nullableDate(s.openDate))
        .bind(QStringLiteral(":close_date"), nullableDate(s.closeDate))
        .bind(QStringLiteral(":statutory_low_age"), nullableInt(s.statutoryLowAge))
        .bind(QStringLiteral(":statutory_high_age"), nullableInt(s.statutoryHighAge))
        .bind(QStringLiteral(":pupils"), nullableInt(s.pupils))
        .bind(QStringLiteral(":has_mastery_specialist"), s.hasMasterySpecialist ? 1 : 0)
        .bind(QStringLiteral(":barrier"), s.barrier)
        .bind(QStringLiteral(":notes"), s.notes);
}

} // namespace hubreg
