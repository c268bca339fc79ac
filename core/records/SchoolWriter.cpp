#include "SchoolWriter.h"

#include "database/CopyRows.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/ServerCopy.h"
#include "database/Transaction.h"

#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace hubreg {

namespace {

// The table's own columns (after id, uuid and the timestamps), each bound by visitSchool() to
// the placeholder of its name: the URN that names the school, what GIAS says of it, and what
// the hub keeps of its own; and whether the column holds text (dates are ISO text).
enum class Kind { Urn, Gias, Own };
struct Column
{
    const char *name;
    Kind kind;
    bool text;
};
const Column kColumns[] = {
    { "urn", Kind::Urn, false },
    { "name", Kind::Gias, true },
    { "la_code", Kind::Gias, true },
    { "la_name", Kind::Gias, true },
    { "establishment_type", Kind::Gias, true },
    { "type_group", Kind::Gias, true },
    { "phase", Kind::Gias, true },
    { "status", Kind::Gias, true },
    { "street", Kind::Gias, true },
    { "locality", Kind::Gias, true },
    { "address3", Kind::Gias, true },
    { "town", Kind::Gias, true },
    { "county", Kind::Gias, true },
    { "postcode", Kind::Gias, true },
    { "trust_name", Kind::Gias, true },
    { "head_title", Kind::Gias, true },
    { "head_first_name", Kind::Gias, true },
    { "head_last_name", Kind::Gias, true },
    { "telephone", Kind::Gias, true },
    { "website", Kind::Gias, true },
    { "open_date", Kind::Gias, true },
    { "close_date", Kind::Gias, true },
    { "statutory_low_age", Kind::Gias, false },
    { "statutory_high_age", Kind::Gias, false },
    { "pupils", Kind::Gias, false },
    { "has_mastery_specialist", Kind::Own, false },
    { "barrier", Kind::Own, true },
    { "notes", Kind::Own, true },
};

// A column's placeholder, named at least eight characters long. Qt 6.4 finds a placeholder's
// value by hashing its name, and on the benchmarks' machine a name under sixteen bytes took
// about 115 ns to hash where a longer one took 4 ns; a re-import binds over a million values.
QString placeholderOf(const Column &column)
{
    return QStringLiteral(":school_") + QLatin1String(column.name);
}

bool writes(const Column &column, SchoolWriter::Columns which, bool withUrn)
{
    return (column.kind == Kind::Urn && withUrn) || column.kind == Kind::Gias
        || (column.kind == Kind::Own && which == SchoolWriter::Columns::All);
}

QStringList columnNames(SchoolWriter::Columns which, bool withUrn)
{
    QStringList names;
    for (const Column &column : kColumns) {
        if (writes(column, which, withUrn))
            names << QLatin1String(column.name);
    }
    return names;
}

// Each written column's value in an INSERT: its placeholder, text as the dialect takes text
// bound as UTF-8.
QStringList placeholders(const SqlDialect &dialect, SchoolWriter::Columns which)
{
    QStringList values { dialect.utf8Text(QStringLiteral(":school_uuid")) };
    for (const Column &column : kColumns) {
        if (!writes(column, which, true))
            continue;
        const QString placeholder = placeholderOf(column);
        values << (column.text ? dialect.utf8Text(placeholder) : placeholder);
    }
    values << dialect.utf8Text(QStringLiteral(":school_created_at"))
           << dialect.utf8Text(QStringLiteral(":school_updated_at"));
    return values;
}

// The columns an INSERT or COPY of `which` sets, in the order of placeholders(): uuid,
// kColumns', both stamps.
QStringList insertedColumns(SchoolWriter::Columns which)
{
    return QStringList { QStringLiteral("uuid") } + columnNames(which, true)
        + QStringList { QStringLiteral("created_at"), QStringLiteral("updated_at") };
}

QString insertSql(const SqlDialect &dialect, SchoolWriter::Columns which)
{
    return QStringLiteral("INSERT INTO schools (")
        + insertedColumns(which).join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
        + placeholders(dialect, which).join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString updateSql(const SqlDialect &dialect, SchoolWriter::Columns which)
{
    QStringList assignments;
    const bool withUrn = which == SchoolWriter::Columns::All;
    for (const Column &column : kColumns) {
        if (!writes(column, which, withUrn))
            continue;
        const QString placeholder = placeholderOf(column);
        assignments << QLatin1String(column.name) + QStringLiteral(" = ")
                + (column.text ? dialect.utf8Text(placeholder) : placeholder);
    }
    const QString stamp = dialect.utf8Text(QStringLiteral(":school_updated_at"));
    if (which == SchoolWriter::Columns::All)
        return recordio::updateSql(QStringLiteral("schools"),
                                   assignments.join(QStringLiteral(", ")));
    // GIAS's own fields are its to set, whoever changed them last: counted, never refused.
    return QStringLiteral("UPDATE schools SET ") + assignments.join(QStringLiteral(", "))
        + QStringLiteral(", updated_at = ") + stamp
        + QStringLiteral(", version = version + 1 WHERE id = :school_id");
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

// An ISO date ("2012-09-01") in `out`, as the schema stores dates, for years 1 to 9999.
QStringView isoDate(const QDate &date, char16_t (&out)[10])
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const auto digits = [&out](int at, int value, int count) {
        for (int k = count - 1; k >= 0; --k, value /= 10)
            out[at + k] = char16_t(u'0' + value % 10);
    };
    digits(0, year, 4);
    out[4] = u'-';
    digits(5, month, 2);
    out[7] = u'-';
    digits(8, day, 2);
    return QStringView(out, 10);
}

// The text normalise() trims; the postcode is also put in capitals.
constexpr QString School::*kNormalisedText[] = {
    &School::name,      &School::laCode,    &School::laName,        &School::establishmentType,
    &School::typeGroup, &School::phase,     &School::status,        &School::street,
    &School::locality,  &School::address3,  &School::town,          &School::county,
    &School::trustName, &School::headTitle, &School::headFirstName, &School::headLastName,
    &School::telephone, &School::website,   &School::postcode,
};

// A uuid as QUuid::toString(QUuid::WithoutBraces) writes it, in `out`, with no allocation.
QStringView uuidText(const QUuid &uuid, char16_t (&out)[36])
{
    static const char16_t hex[] = u"0123456789abcdef";
    int at = 0;
    const auto put = [&](quint64 value, int digits) {
        for (int k = digits - 1; k >= 0; --k)
            out[at++] = hex[(value >> (4 * k)) & 0xF];
    };
    put(uuid.data1, 8);
    out[at++] = u'-';
    put(uuid.data2, 4);
    out[at++] = u'-';
    put(uuid.data3, 4);
    out[at++] = u'-';
    put(quint64(uuid.data4[0]) << 8 | uuid.data4[1], 4);
    out[at++] = u'-';
    for (int k = 2; k < 8; ++k)
        put(uuid.data4[k], 2);
    return QStringView(out, 36);
}

// Hands each value of a school that a write of `columns` sets to `to`, with the placeholder of
// its column, in the order of kColumns: to.text(placeholder, text) for text,
// to.date(placeholder, date) and to.number(placeholder, value) with -1 for none.
template<typename Values>
void visitSchool(const School &s, SchoolWriter::Columns columns, bool withUrn, Values &to)
{
    if (withUrn)
        to.number(QStringLiteral(":school_urn"), s.urn.value());
    to.text(QStringLiteral(":school_name"), s.name);
    to.text(QStringLiteral(":school_la_code"), s.laCode);
    to.text(QStringLiteral(":school_la_name"), s.laName);
    to.text(QStringLiteral(":school_establishment_type"), s.establishmentType);
    to.text(QStringLiteral(":school_type_group"), s.typeGroup);
    to.text(QStringLiteral(":school_phase"), s.phase);
    to.text(QStringLiteral(":school_status"), s.status);
    to.text(QStringLiteral(":school_street"), s.street);
    to.text(QStringLiteral(":school_locality"), s.locality);
    to.text(QStringLiteral(":school_address3"), s.address3);
    to.text(QStringLiteral(":school_town"), s.town);
    to.text(QStringLiteral(":school_county"), s.county);
    to.text(QStringLiteral(":school_postcode"), s.postcode);
    to.text(QStringLiteral(":school_trust_name"), s.trustName);
    to.text(QStringLiteral(":school_head_title"), s.headTitle);
    to.text(QStringLiteral(":school_head_first_name"), s.headFirstName);
    to.text(QStringLiteral(":school_head_last_name"), s.headLastName);
    to.text(QStringLiteral(":school_telephone"), s.telephone);
    to.text(QStringLiteral(":school_website"), s.website);
    to.date(QStringLiteral(":school_open_date"), s.openDate);
    to.date(QStringLiteral(":school_close_date"), s.closeDate);
    to.number(QStringLiteral(":school_statutory_low_age"), s.statutoryLowAge);
    to.number(QStringLiteral(":school_statutory_high_age"), s.statutoryHighAge);
    to.number(QStringLiteral(":school_pupils"), s.pupils);
    if (columns == SchoolWriter::Columns::All) {
        to.number(QStringLiteral(":school_has_mastery_specialist"), s.hasMasterySpecialist ? 1 : 0);
        to.text(QStringLiteral(":school_barrier"), s.barrier);
        to.text(QStringLiteral(":school_notes"), s.notes);
    }
}

// Binds a school's values to a statement's placeholders, text with bindText() as the SQL's
// placeholders() write it. Only the columns a write sets: a name the statement lacks is still
// looked up, per row.
struct Binding
{
    SqlQuery &query;

    void text(const QString &placeholder, QStringView value) { query.bindText(placeholder, value); }
    void date(const QString &placeholder, const QDate &value)
    {
        char16_t iso[10];
        if (value.isValid() && value.year() > 0 && value.year() < 10000)
            query.bindText(placeholder, isoDate(value, iso));
        else
            query.bind(placeholder, nullableDate(value));
    }
    void number(const QString &placeholder, int value)
    {
        query.bind(placeholder, nullableInt(value));
    }
};

// Schools' values row by row, in COPY's text format, for servercopy::send().
struct Rows
{
    CopyRows &rows;

    void text(const QString &, QStringView value) { rows.append(value); }
    void date(const QString &, const QDate &value)
    {
        char16_t iso[10];
        if (value.isValid() && value.year() > 0 && value.year() < 10000)
            rows.append(isoDate(value, iso));
        else if (value.isValid())
            rows.append(value.toString(Qt::ISODate));
        else
            rows.appendNull();
    }
    void number(const QString &, int value)
    {
        if (value < 0)
            rows.appendNull();
        else
            rows.append(value);
    }
};

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
    for (const auto field : kNormalisedText)
        trim(s.*field);
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
                              + QStringLiteral(" FROM schools WHERE urn = :school_urn"));
    statement->bind(QStringLiteral(":school_urn"), urn.value()).exec();
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
        statement.emplace(m_db, insertSql(m_db.dialect(), columns));
    const QString stamp = prepareNew(school);
    // Each placeholder appears once: Qt's SQLite driver matches a repeated name to its value
    // again on every execution, a cost per row.
    char16_t uuid[36];
    statement->bindText(QStringLiteral(":school_uuid"), uuidText(school.uuid, uuid))
        .bindText(QStringLiteral(":school_created_at"), stamp)
        .bindText(QStringLiteral(":school_updated_at"), stamp);
    Binding binding { *statement };
    visitSchool(school, columns, true, binding);
    statement->exec();
    if (id == Id::Read)
        school.id = statement->lastInsertId();
}

void SchoolWriter::insertMany(QList<School> &schools, Columns columns)
{
    if (schools.isEmpty())
        return;
    if (!m_db.isServer()) {
        // A file has no round trips to save: a statement a school is as fast.
        Transaction all(m_db);
        for (School &school : schools)
            insert(school, columns, Id::Skip);
        all.commit();
        return;
    }
    ManyReady ready = readier(columns)(std::move(schools));
    sendMany(ready, columns);
    schools = std::move(ready.schools);
}

std::function<SchoolWriter::ManyReady(QList<School>)> SchoolWriter::readier(Columns columns)
{
    const QDateTime at = m_stamps.now();
    const QString stamp = m_stamps.text(at);
    const bool normalised = m_textNormalised;
    return [columns, at, stamp, normalised](QList<School> schools) {
        ManyReady ready;
        // About three hundred bytes a school from GIAS: room made once.
        ready.rows.reserve(schools.size() * 384);
        Rows rows { ready.rows };
        for (School &school : schools) {
            readyNew(school, normalised, at);
            char16_t uuid[36];
            ready.rows.append(uuidText(school.uuid, uuid));
            visitSchool(school, columns, true, rows);
            ready.rows.append(stamp);
            ready.rows.append(stamp);
            ready.rows.endRow();
        }
        ready.schools = std::move(schools);
        return ready;
    };
}

void SchoolWriter::sendMany(const ManyReady &ready, Columns columns)
{
    Q_ASSERT(m_db.isServer());
    // Named in an error by what it does: its rows hold every school's values.
    servercopy::send(m_db, QStringLiteral("schools"), insertedColumns(columns), ready.rows,
                     QStringLiteral("COPY schools ... (%1 schools)").arg(ready.schools.size()));
}

void SchoolWriter::normaliseUnlessGiven(bool given, School &school)
{
    if (!given) {
        normalise(school);
        return;
    }
#ifndef QT_NO_DEBUG
    School normal = school;
    normalise(normal);
    for (const auto field : kNormalisedText)
        Q_ASSERT_X(normal.*field == school.*field, "SchoolWriter",
                   "a school given as normalised was not");
#endif
}

void SchoolWriter::readyNew(School &school, bool textNormalised, const QDateTime &at)
{
    normaliseUnlessGiven(textNormalised, school);
    if (school.uuid.isNull())
        school.uuid = QUuid::createUuid();
    school.createdAt = at;
    school.updatedAt = at;
    school.version = 1; // the schema's default for a new row
}

QString SchoolWriter::prepareNew(School &school)
{
    readyNew(school, m_textNormalised, m_stamps.now());
    return m_stamps.text(school.createdAt);
}

bool SchoolWriter::update(School &school, Columns columns)
{
    std::optional<SqlQuery> &statement = columns == Columns::All ? m_updateAll : m_updateFromGias;
    if (!statement)
        statement.emplace(m_db, updateSql(m_db.dialect(), columns));
    normaliseUnlessGiven(m_textNormalised, school);
    school.updatedAt = m_stamps.now();
    // The full update's id, stamp and version are recordio::updateSql()'s placeholders.
    if (columns == Columns::All)
        statement->bind(QStringLiteral(":id"), school.id)
            .bind(QStringLiteral(":updated_at"), m_stamps.text(school.updatedAt))
            .bind(QStringLiteral(":version"), school.version);
    else
        statement->bind(QStringLiteral(":school_id"), school.id)
            .bindText(QStringLiteral(":school_updated_at"), m_stamps.text(school.updatedAt));
    Binding binding { *statement };
    visitSchool(school, columns, columns == Columns::All, binding);
    statement->exec();
    if (statement->rowsAffected() == 0)
        return false;
    if (columns == Columns::All) // GIAS's columns are written without reading the version
        ++school.version;
    return true;
}

} // namespace hubreg
