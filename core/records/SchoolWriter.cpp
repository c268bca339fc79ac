#include "SchoolWriter.h"

#include "database/Database.h"
#include "database/RecordIo.h"

#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace hubreg {

namespace {

// The table's own columns (after id, uuid and the timestamps), each bound by bindFields() to
// the placeholder of its name: the URN that names the school, what GIAS says of it, and what
// the hub keeps of its own.
enum class Kind { Urn, Gias, Own };
struct Column
{
    const char *name;
    Kind kind;
};
const Column kColumns[] = {
    { "urn", Kind::Urn },
    { "name", Kind::Gias },
    { "la_code", Kind::Gias },
    { "la_name", Kind::Gias },
    { "establishment_type", Kind::Gias },
    { "type_group", Kind::Gias },
    { "phase", Kind::Gias },
    { "status", Kind::Gias },
    { "street", Kind::Gias },
    { "locality", Kind::Gias },
    { "address3", Kind::Gias },
    { "town", Kind::Gias },
    { "county", Kind::Gias },
    { "postcode", Kind::Gias },
    { "trust_name", Kind::Gias },
    { "head_title", Kind::Gias },
    { "head_first_name", Kind::Gias },
    { "head_last_name", Kind::Gias },
    { "telephone", Kind::Gias },
    { "website", Kind::Gias },
    { "open_date", Kind::Gias },
    { "close_date", Kind::Gias },
    { "statutory_low_age", Kind::Gias },
    { "statutory_high_age", Kind::Gias },
    { "pupils", Kind::Gias },
    { "has_mastery_specialist", Kind::Own },
    { "barrier", Kind::Own },
    { "notes", Kind::Own },
};

QStringList columnNames(SchoolWriter::Columns which, bool withUrn)
{
    QStringList names;
    for (const Column &column : kColumns) {
        if ((column.kind == Kind::Urn && withUrn) || column.kind == Kind::Gias
            || (column.kind == Kind::Own && which == SchoolWriter::Columns::All))
            names << QLatin1String(column.name);
    }
    return names;
}

QString insertSql(SchoolWriter::Columns which)
{
    const QStringList names = columnNames(which, true);
    return QStringLiteral("INSERT INTO schools (uuid, ") + names.join(QStringLiteral(", "))
        + QStringLiteral(", created_at, updated_at) VALUES (:uuid, :")
        + names.join(QStringLiteral(", :")) + QStringLiteral(", :created_at, :updated_at)");
}

// One INSERT of `count` schools, each row's placeholders named with its place (":urn_3").
QString insertManySql(SchoolWriter::Columns which, int count)
{
    const QStringList names = columnNames(which, true);
    QString sql = QStringLiteral("INSERT INTO schools (uuid, ") + names.join(QStringLiteral(", "))
        + QStringLiteral(", created_at, updated_at) VALUES ");
    for (int row = 0; row < count; ++row) {
        const QString place = QStringLiteral("_%1").arg(row);
        sql += (row == 0 ? QStringLiteral("(:uuid") : QStringLiteral(", (:uuid")) + place;
        for (const QString &name : names)
            sql += QStringLiteral(", :") + name + place;
        sql += QStringLiteral(", :created_at") + place + QStringLiteral(", :updated_at") + place
            + QLatin1Char(')');
    }
    return sql;
}

QString updateSql(SchoolWriter::Columns which)
{
    QStringList assignments;
    for (const QString &name : columnNames(which, which == SchoolWriter::Columns::All))
        assignments << QStringLiteral("%1 = :%1").arg(name);
    if (which == SchoolWriter::Columns::All)
        return recordio::updateSql(QStringLiteral("schools"),
                                   assignments.join(QStringLiteral(", ")));
    // GIAS's own fields are its to set, whoever changed them last: counted, never refused.
    return QStringLiteral("UPDATE schools SET ") + assignments.join(QStringLiteral(", "))
        + QStringLiteral(", updated_at = :updated_at, version = version + 1 WHERE id = :id");
}

// Trims `text` where it has something to trim: most text has not, and is left without a copy.
void trim(QString &text)
{
    // Read through a const view: QString's non-const front() would copy shared text first.
    const QString &view = text;
    if (!view.isEmpty() && (view.front().isSpace() || view.back().isSpace()))
        text = text.trimmed();
}

int optionalInt(const QVariant &value)
{
    return value.isNull() ? -1 : value.toInt();
}

QVariant nullableInt(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

// Gives `bind` each column's placeholder (":name") and the school's value for it, for the
// columns a write of `columns` sets; only those: a name the statement lacks is still looked up,
// per row.
template<typename Bind>
void forEachField(const School &s, SchoolWriter::Columns columns, bool withUrn, Bind &&bind)
{
    if (withUrn)
        bind(QStringLiteral(":urn"), s.urn.value());
    bind(QStringLiteral(":name"), s.name);
    bind(QStringLiteral(":la_code"), s.laCode);
    bind(QStringLiteral(":la_name"), s.laName);
    bind(QStringLiteral(":establishment_type"), s.establishmentType);
    bind(QStringLiteral(":type_group"), s.typeGroup);
    bind(QStringLiteral(":phase"), s.phase);
    bind(QStringLiteral(":status"), s.status);
    bind(QStringLiteral(":street"), s.street);
    bind(QStringLiteral(":locality"), s.locality);
    bind(QStringLiteral(":address3"), s.address3);
    bind(QStringLiteral(":town"), s.town);
    bind(QStringLiteral(":county"), s.county);
    bind(QStringLiteral(":postcode"), s.postcode);
    bind(QStringLiteral(":trust_name"), s.trustName);
    bind(QStringLiteral(":head_title"), s.headTitle);
    bind(QStringLiteral(":head_first_name"), s.headFirstName);
    bind(QStringLiteral(":head_last_name"), s.headLastName);
    bind(QStringLiteral(":telephone"), s.telephone);
    bind(QStringLiteral(":website"), s.website);
    bind(QStringLiteral(":open_date"), nullableDate(s.openDate));
    bind(QStringLiteral(":close_date"), nullableDate(s.closeDate));
    bind(QStringLiteral(":statutory_low_age"), nullableInt(s.statutoryLowAge));
    bind(QStringLiteral(":statutory_high_age"), nullableInt(s.statutoryHighAge));
    bind(QStringLiteral(":pupils"), nullableInt(s.pupils));
    if (columns == SchoolWriter::Columns::All) {
        bind(QStringLiteral(":has_mastery_specialist"), s.hasMasterySpecialist ? 1 : 0);
        bind(QStringLiteral(":barrier"), s.barrier);
        bind(QStringLiteral(":notes"), s.notes);
    }
}

} // namespace

SchoolWriter::SchoolWriter(Database &db)
    : m_db(db)
    , m_stamps(db)
{ }

QString SchoolWriter::selectColumns()
{
    return recordio::columns() + QStringLiteral(", ")
        + columnNames(Columns::All, true).join(QStringLiteral(", "));
}

School SchoolWriter::read(const SqlQuery &query)
{
    School school;
    recordio::read(query, school);
    school.urn = Urn::fromInt(query.value("urn").toInt()).value_or(Urn());
    readFields(query, school, Columns::All);
    return school;
}

void SchoolWriter::readFields(const SqlQuery &q, School &s, Columns columns)
{
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
    if (columns == Columns::All) {
        s.hasMasterySpecialist = q.value("has_mastery_specialist").toInt() != 0;
        s.barrier = q.value("barrier").toString();
        s.notes = q.value("notes").toString();
    }
}

void SchoolWriter::normalise(School &s)
{
    for (QString *text :
         { &s.name, &s.laCode, &s.laName, &s.establishmentType, &s.typeGroup, &s.phase, &s.status,
           &s.street, &s.locality, &s.address3, &s.town, &s.county, &s.trustName, &s.headTitle,
           &s.headFirstName, &s.headLastName, &s.telephone, &s.website })
        trim(*text);
    trim(s.postcode);
    if (std::any_of(s.postcode.cbegin(), s.postcode.cend(), [](QChar c) { return c.isLower(); }))
        s.postcode = s.postcode.toUpper();
}

std::optional<School> SchoolWriter::findByUrn(Urn urn, Columns columns)
{
    std::optional<SqlQuery> &statement = columns == Columns::All ? m_findAll : m_findFromGias;
    if (!statement)
        statement.emplace(m_db,
                          QStringLiteral("SELECT ")
                              + (columns == Columns::All ? selectColumns()
                                                         : QStringLiteral("id, ")
                                         + columnNames(columns, false).join(QStringLiteral(", ")))
                              + QStringLiteral(" FROM schools WHERE urn = :urn"));
    statement->bind(QStringLiteral(":urn"), urn.value()).exec();
    if (!statement->next())
        return std::nullopt;
    School school;
    if (columns == Columns::All) {
        recordio::read(*statement, school);
        school.urn = Urn::fromInt(statement->value("urn").toInt()).value_or(Urn());
    } else {
        // Each column costs the driver work on every run: the URN asked for is not read back.
        school.id = statement->value("id").toLongLong();
        school.urn = urn;
    }
    readFields(*statement, school, columns);
    return school;
}

void SchoolWriter::insert(School &school, Columns columns, Id id)
{
    std::optional<SqlQuery> &statement = columns == Columns::All ? m_insertAll : m_insertFromGias;
    if (!statement)
        statement.emplace(m_db, insertSql(columns));
    const QString stamp = prepareNew(school);
    // Each placeholder appears once: Qt's SQLite driver matches a repeated name to its value
    // again on every execution, a cost per row.
    statement->bind(QStringLiteral(":uuid"), school.uuid.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":created_at"), stamp)
        .bind(QStringLiteral(":updated_at"), stamp);
    bindFields(*statement, school, columns, true);
    statement->exec();
    if (id == Id::Read)
        school.id = statement->lastInsertId();
}

void SchoolWriter::insertMany(QList<School> &schools, Columns columns)
{
    if (schools.isEmpty())
        return;
    const int count = int(schools.size());
    // Most calls are of one size (an import's full batches): its statement is kept.
    const int key = count * 2 + (columns == Columns::All ? 1 : 0);
    auto statement = m_insertMany.find(key);
    if (statement == m_insertMany.end())
        statement = m_insertMany.try_emplace(key, m_db, insertManySql(columns, count)).first;
    SqlQuery &query = statement->second;
    for (int row = 0; row < count; ++row) {
        School &school = schools[row];
        const QString stamp = prepareNew(school);
        const QString place = QStringLiteral("_%1").arg(row);
        query.bind(QStringLiteral(":uuid") + place, school.uuid.toString(QUuid::WithoutBraces))
            .bind(QStringLiteral(":created_at") + place, stamp)
            .bind(QStringLiteral(":updated_at") + place, stamp);
        forEachField(school, columns, true, [&](const QString &placeholder, const QVariant &value) {
            query.bind(placeholder + place, value);
        });
    }
    query.exec();
}

QString SchoolWriter::prepareNew(School &school)
{
    normalise(school);
    if (school.uuid.isNull())
        school.uuid = QUuid::createUuid();
    school.createdAt = m_stamps.now();
    school.updatedAt = school.createdAt;
    school.version = 1; // the schema's default for a new row
    return m_stamps.text(school.createdAt);
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
    if (columns == Columns::All)
        statement->bind(QStringLiteral(":version"), school.version);
    bindFields(*statement, school, columns, columns == Columns::All);
    statement->exec();
    if (statement->rowsAffected() == 0)
        return false;
    if (columns == Columns::All) // GIAS's columns are written without reading the version
        ++school.version;
    return true;
}

void SchoolWriter::bindFields(SqlQuery &q, const School &s, Columns columns, bool withUrn)
{
    forEachField(s, columns, withUrn, [&q](const QString &placeholder, const QVariant &value) {
        q.bind(placeholder, value);
    });
}

} // namespace hubreg
