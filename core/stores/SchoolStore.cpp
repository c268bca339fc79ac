#include "SchoolStore.h"

#include "figures/HistoryRules.h"
#include "store/Database.h"
#include "store/RecordIo.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SchoolStore)
};

const QString kColumns = QStringLiteral(
    "id, uuid, created_at, updated_at, urn, name, la_code, la_name, establishment_type, "
    "type_group, phase, status, street, locality, address3, town, county, postcode, trust_name, "
    "head_title, head_first_name, head_last_name, telephone, website, open_date, close_date, "
    "statutory_low_age, statutory_high_age, pupils, has_mastery_specialist, barrier, notes");

int optionalInt(const QVariant &value)
{
    return value.isNull() ? -1 : value.toInt();
}

QVariant nullableInt(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

School readSchool(const SqlQuery &q)
{
    School s;
    recordio::read(q, s);
    s.urn = Urn::fromInt(q.value(4).toInt()).value_or(Urn());
    s.name = q.value(5).toString();
    s.laCode = q.value(6).toString();
    s.laName = q.value(7).toString();
    s.establishmentType = q.value(8).toString();
    s.typeGroup = q.value(9).toString();
    s.phase = q.value(10).toString();
    s.status = q.value(11).toString();
    s.street = q.value(12).toString();
    s.locality = q.value(13).toString();
    s.address3 = q.value(14).toString();
    s.town = q.value(15).toString();
    s.county = q.value(16).toString();
    s.postcode = q.value(17).toString();
    s.trustName = q.value(18).toString();
    s.headTitle = q.value(19).toString();
    s.headFirstName = q.value(20).toString();
    s.headLastName = q.value(21).toString();
    s.telephone = q.value(22).toString();
    s.website = q.value(23).toString();
    s.openDate = dateFrom(q.value(24));
    s.closeDate = dateFrom(q.value(25));
    s.statutoryLowAge = optionalInt(q.value(26));
    s.statutoryHighAge = optionalInt(q.value(27));
    s.pupils = optionalInt(q.value(28));
    s.hasMasterySpecialist = q.value(29).toBool();
    s.barrier = q.value(30).toString();
    s.notes = q.value(31).toString();
    return s;
}

void bindSchool(SqlQuery &q, const School &s)
{
    q.bind(QStringLiteral(":urn"), s.urn.value())
        .bind(QStringLiteral(":name"), s.name.trimmed())
        .bind(QStringLiteral(":la_code"), s.laCode.trimmed())
        .bind(QStringLiteral(":la_name"), s.laName.trimmed())
        .bind(QStringLiteral(":establishment_type"), s.establishmentType)
        .bind(QStringLiteral(":type_group"), s.typeGroup)
        .bind(QStringLiteral(":phase"), s.phase)
        .bind(QStringLiteral(":status"), s.status)
        .bind(QStringLiteral(":street"), s.street)
        .bind(QStringLiteral(":locality"), s.locality)
        .bind(QStringLiteral(":address3"), s.address3)
        .bind(QStringLiteral(":town"), s.town)
        .bind(QStringLiteral(":county"), s.county)
        .bind(QStringLiteral(":postcode"), s.postcode.trimmed().toUpper())
        .bind(QStringLiteral(":trust_name"), s.trustName)
        .bind(QStringLiteral(":head_title"), s.headTitle)
        .bind(QStringLiteral(":head_first_name"), s.headFirstName)
        .bind(QStringLiteral(":head_last_name"), s.headLastName)
        .bind(QStringLiteral(":telephone"), s.telephone)
        .bind(QStringLiteral(":website"), s.website)
        .bind(QStringLiteral(":open_date"), nullableDate(s.openDate))
        .bind(QStringLiteral(":close_date"), nullableDate(s.closeDate))
        .bind(QStringLiteral(":low_age"), nullableInt(s.statutoryLowAge))
        .bind(QStringLiteral(":high_age"), nullableInt(s.statutoryHighAge))
        .bind(QStringLiteral(":pupils"), nullableInt(s.pupils))
        .bind(QStringLiteral(":has_mastery_specialist"), s.hasMasterySpecialist ? 1 : 0)
        .bind(QStringLiteral(":barrier"), s.barrier)
        .bind(QStringLiteral(":notes"), s.notes);
}

struct WhereClause
{
    QString sql;
    QList<QPair<QString, QVariant>> bindings;
};

WhereClause whereFor(const SchoolQuery &query, const SqlDialect &dialect)
{
    const QString like = dialect.likeIgnoringCase();
    QStringList conditions;
    WhereClause where;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // Only what the text could be is searched: each LIKE is another pass over 50,000
        // schools, and a key press must be answered within a frame.
        const bool couldBeUrn = text.size() <= 6
            && std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
        // A postcode, or the start of one, is one or two letters, then a digit, and at most
        // eight characters in all: "LS", "LS2 3", "SW1A1AA".
        static const QRegularExpression postcodeStart(
            QStringLiteral("^[A-Za-z]{1,2}([0-9][A-Za-z0-9 ]{0,5})?$"));
        const bool couldBePostcode = text.size() <= 8 && postcodeStart.match(text).hasMatch();
        QStringList alternatives { QStringLiteral("name %1 :contains ESCAPE '\\'").arg(like),
                                   QStringLiteral("town %1 :prefix ESCAPE '\\'").arg(like) };
        if (couldBeUrn)
            alternatives << QStringLiteral("CAST(urn AS TEXT) LIKE :prefix ESCAPE '\\'");
        if (couldBePostcode) {
            alternatives << QStringLiteral("postcode %1 :prefix ESCAPE '\\'").arg(like);
            // The space follows the digit of the outward code, so only text with a digit can
            // run across it ("LS23" for "LS2 3").
            if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
                alternatives << QStringLiteral("replace(postcode, ' ', '') %1 :prefix ESCAPE '\\'")
                                    .arg(like);
        }
        QString condition;
        if (text.size() >= 3) {
            // Three characters or more match few schools. Each alternative on its own finds
            // them through a narrow index (the name index is scanned, not the wide table; a
            // town or postcode prefix is looked up), and SQLite then fetches and sorts just
            // those: half the time of one pass over the table with every LIKE in it.
            for (QString &alternative : alternatives)
                alternative = QStringLiteral("SELECT id FROM schools WHERE ") + alternative;
            condition = QStringLiteral("id IN (") + alternatives.join(QStringLiteral(" UNION ALL "))
                + QLatin1Char(')');
        } else {
            // One or two characters match most schools: the name index is walked in order and
            // the first page is found long before the end.
            condition
                = QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        conditions << condition;
        where.bindings << qMakePair(QStringLiteral(":prefix"),
                                    QVariant(likeEscaped(text) + QLatin1Char('%')));
        where.bindings << qMakePair(
            QStringLiteral(":contains"),
            QVariant(QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%')));
    }
    if (!query.phase.isEmpty()) {
        conditions << QStringLiteral("phase = :phase");
        where.bindings << qMakePair(QStringLiteral(":phase"), QVariant(query.phase));
    }
    if (!query.status.isEmpty()) {
        conditions << QStringLiteral("status = :status");
        where.bindings << qMakePair(QStringLiteral(":status"), QVariant(query.status));
    }
    if (!query.laCode.isEmpty()) {
        conditions << QStringLiteral("la_code = :la");
        where.bindings << qMakePair(QStringLiteral(":la"), QVariant(query.laCode));
    }
    if (query.openOnly)
        conditions << QStringLiteral("status %1 'Open%'").arg(like);
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

QString orderFor(const SchoolQuery &query)
{
    QString column;
    switch (query.sortColumn) {
    case SchoolQuery::SortColumn::Urn:
        column = QStringLiteral("urn");
        break;
    case SchoolQuery::SortColumn::Name:
        column = QStringLiteral("name COLLATE NOCASE");
        break;
    case SchoolQuery::SortColumn::Town:
        column = QStringLiteral("town COLLATE NOCASE");
        break;
    case SchoolQuery::SortColumn::Postcode:
        column = QStringLiteral("postcode COLLATE NOCASE");
        break;
    case SchoolQuery::SortColumn::LocalAuthority:
        column = QStringLiteral("la_name COLLATE NOCASE");
        break;
    case SchoolQuery::SortColumn::Phase:
        column = QStringLiteral("phase");
        break;
    case SchoolQuery::SortColumn::Status:
        column = QStringLiteral("status");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // URN breaks ties so paging is stable.
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", urn") + direction;
}

SchoolLink readLink(const SqlQuery &q)
{
    SchoolLink link;
    recordio::read(q, link);
    link.urn = Urn::fromInt(q.value(4).toInt()).value_or(Urn());
    link.linkedUrn = Urn::fromInt(q.value(5).toInt()).value_or(Urn());
    link.linkType = q.value(6).toString();
    link.linkedName = q.value(7).toString();
    link.establishedOn = dateFrom(q.value(8));
    return link;
}
} // namespace

void SchoolStore::validate(const School &school) const
{
    const QString record = Tr::tr("School %1 “%2”").arg(school.urn.toString(), school.name);
    if (school.urn.isNull())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A school needs its six-digit URN."),
                         record, QStringLiteral("urn"));
    if (school.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A school needs a name."), record,
                         QStringLiteral("name"));
    if (school.openDate.isValid() && school.closeDate.isValid()
        && school.closeDate < school.openDate)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A school cannot close before it opens."), record,
                         QStringLiteral("closeDate"));
}

void SchoolStore::add(School &school)
{
    validate(school);
    if (const auto existing = findByUrn(school.urn))
        throw StoreError(StoreError::Kind::Duplicate,
                         Tr::tr("URN %1 is already in the register as “%2”.")
                             .arg(school.urn.toString(), existing->name),
                         Tr::tr("School %1").arg(school.urn.toString()), QStringLiteral("urn"));
    School stored = school;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO schools (uuid, urn, name, la_code, la_name, establishment_type, "
            "type_group, "
            "phase, status, street, locality, address3, town, county, postcode, trust_name, "
            "head_title, head_first_name, head_last_name, telephone, website, open_date, "
            "close_date, "
            "statutory_low_age, statutory_high_age, pupils, has_mastery_specialist, barrier, "
            "notes, "
            "created_at, updated_at) VALUES (:uuid, :urn, :name, :la_code, :la_name, "
            ":establishment_type, :type_group, :phase, :status, :street, :locality, :address3, "
            ":town, "
            ":county, :postcode, :trust_name, :head_title, :head_first_name, :head_last_name, "
            ":telephone, :website, :open_date, :close_date, :low_age, :high_age, :pupils, "
            ":has_mastery_specialist, :barrier, :notes, :created_at, :updated_at)"));
    recordio::bindNew(query, stored);
    bindSchool(query, stored);
    query.exec();
    stored.id = query.lastInsertId();
    school = stored;
    m_db.noteChange(Entity::School);
}

void SchoolStore::update(School &school)
{
    validate(school);
    const auto other = findByUrn(school.urn);
    if (other && other->id != school.id)
        throw StoreError(StoreError::Kind::Duplicate,
                         Tr::tr("URN %1 is already in the register as “%2”.")
                             .arg(school.urn.toString(), other->name),
                         Tr::tr("School %1").arg(school.urn.toString()), QStringLiteral("urn"));
    School stored = school;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "UPDATE schools SET urn = :urn, name = :name, la_code = :la_code, la_name = :la_name, "
            "establishment_type = :establishment_type, type_group = :type_group, phase = :phase, "
            "status = :status, street = :street, locality = :locality, address3 = :address3, town "
            "= "
            ":town, county = :county, postcode = :postcode, trust_name = :trust_name, head_title = "
            ":head_title, head_first_name = :head_first_name, head_last_name = :head_last_name, "
            "telephone = :telephone, website = :website, open_date = :open_date, close_date = "
            ":close_date, statutory_low_age = :low_age, statutory_high_age = :high_age, pupils = "
            ":pupils, has_mastery_specialist = :has_mastery_specialist, barrier = :barrier, notes "
            "= "
            ":notes, updated_at = :updated_at WHERE id = :id"));
    recordio::bindUpdate(query, stored);
    bindSchool(query, stored);
    query.exec();
    if (query.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The school no longer exists."),
                         Tr::tr("School %1").arg(school.urn.toString()));
    school = stored;
    m_db.noteChange(Entity::School);
}

void SchoolStore::remove(RecordId id)
{
    const auto school = find(id);
    if (!school)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The school no longer exists."));
    const qint64 uses = recordio::count(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM work_group_schools WHERE school_id = :id) "
                       "+ (SELECT count(*) FROM people WHERE school_id = :id) "
                       "+ (SELECT count(*) FROM sessions WHERE visit_school_id = :id)"),
        id);
    if (uses > 0)
        throw StoreError(
            StoreError::Kind::InUse,
            Tr::tr("%1 (URN %2) has Work Group history or people, so it is kept; mark it "
                   "closed instead.")
                .arg(school->name, school->urn.toString()),
            Tr::tr("School %1").arg(school->urn.toString()));
    recordio::removeRow(m_db, QStringLiteral("schools"), id, Entity::School, Tr::tr("The school"));
}

std::optional<School> SchoolStore::find(RecordId id) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM schools WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readSchool(query);
}

std::optional<School> SchoolStore::findByUrn(Urn urn) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM schools WHERE urn = :urn"));
    query.bind(QStringLiteral(":urn"), urn.value()).exec();
    if (!query.next())
        return std::nullopt;
    return readSchool(query);
}

QList<School> SchoolStore::list(const SchoolQuery &filter) const
{
    const WhereClause where = whereFor(filter, m_db.dialect());
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM schools") + where.sql
        + orderFor(filter);
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery query(m_db, sql);
    for (const auto &binding : where.bindings)
        query.bind(binding.first, binding.second);
    query.exec();
    QList<School> schools;
    while (query.next())
        schools << readSchool(query);
    return schools;
}

int SchoolStore::count(const SchoolQuery &filter) const
{
    const WhereClause where = whereFor(filter, m_db.dialect());
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM schools") + where.sql);
    for (const auto &binding : where.bindings)
        query.bind(binding.first, binding.second);
    return query.scalar().toInt();
}

QStringList SchoolStore::phases() const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT DISTINCT phase FROM schools WHERE phase <> '' ORDER BY phase"));
    query.exec();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QStringList SchoolStore::statuses() const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT DISTINCT status FROM schools WHERE status <> '' ORDER BY status"));
    query.exec();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QList<QPair<QString, QString>> SchoolStore::localAuthorities() const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT la_code, max(la_name) FROM schools WHERE la_code <> "
                       "'' GROUP BY la_code ORDER BY max(la_name) COLLATE NOCASE, la_code"));
    query.exec();
    QList<QPair<QString, QString>> values;
    while (query.next())
        values << qMakePair(query.value(0).toString(), query.value(1).toString());
    return values;
}

void SchoolStore::upsertLink(SchoolLink &link)
{
    const QString record
        = Tr::tr("Link %1 → %2").arg(link.urn.toString(), link.linkedUrn.toString());
    if (link.urn.isNull() || link.linkedUrn.isNull())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A link needs two six-digit URNs."),
                         record, QStringLiteral("urn"));
    if (link.urn == link.linkedUrn)
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A school cannot be linked to itself."),
                         record, QStringLiteral("linkedUrn"));
    if (link.linkType.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A link needs a type, such as Predecessor."), record,
                         QStringLiteral("linkType"));
    SchoolLink stored = link;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO school_links (uuid, urn, linked_urn, link_type, linked_name, "
            "established_on, "
            "created_at, updated_at) VALUES (:uuid, :urn, :linked, :type, :name, :established, "
            ":created_at, :updated_at) ON CONFLICT (urn, linked_urn, link_type) DO UPDATE SET "
            "linked_name = excluded.linked_name, established_on = excluded.established_on, "
            "updated_at = excluded.updated_at WHERE school_links.linked_name IS DISTINCT FROM "
            "excluded.linked_name OR school_links.established_on IS DISTINCT FROM "
            "excluded.established_on"));
    recordio::bindNew(query, stored);
    query.bind(QStringLiteral(":urn"), stored.urn.value())
        .bind(QStringLiteral(":linked"), stored.linkedUrn.value())
        .bind(QStringLiteral(":type"), stored.linkType.trimmed())
        .bind(QStringLiteral(":name"), stored.linkedName)
        .bind(QStringLiteral(":established"), nullableDate(stored.establishedOn))
        .exec();
    SqlQuery reread(
        m_db,
        QStringLiteral("SELECT id, uuid, created_at, updated_at FROM school_links "
                       "WHERE urn = :urn AND linked_urn = :linked AND link_type = :type"));
    reread.bind(QStringLiteral(":urn"), stored.urn.value())
        .bind(QStringLiteral(":linked"), stored.linkedUrn.value())
        .bind(QStringLiteral(":type"), stored.linkType.trimmed())
        .exec();
    if (reread.next())
        recordio::read(reread, stored);
    link = stored;
    m_db.noteChange(Entity::SchoolLink);
}

QList<SchoolLink> SchoolStore::linksOf(Urn urn) const
{
    SqlQuery query(
        m_db,
        QStringLiteral(
            "SELECT id, uuid, created_at, updated_at, urn, linked_urn, link_type, linked_name, "
            "established_on FROM school_links WHERE urn = :urn OR linked_urn = :urn "
            "ORDER BY established_on NULLS FIRST, urn, linked_urn, link_type, id"));
    query.bind(QStringLiteral(":urn"), urn.value()).exec();
    QList<SchoolLink> links;
    while (query.next())
        links << readLink(query);
    return links;
}

QList<Urn> SchoolStore::historyUrns(Urn urn) const
{
    SqlQuery query(m_db,
                   QStringLiteral("WITH RECURSIVE ")
                       + rules::historyCte(QStringLiteral(
                           "SELECT CAST(:urn AS INTEGER) AS root, CAST(:urn AS INTEGER) AS urn"))
                       + QStringLiteral(" SELECT urn, min(depth) AS d FROM history GROUP BY urn "
                                        "ORDER BY d, urn"));
    query.bind(QStringLiteral(":urn"), urn.value()).exec();
    QList<Urn> urns;
    while (query.next()) {
        if (const auto value = Urn::fromInt(query.value(0).toInt()))
            urns << *value;
    }
    return urns;
}

} // namespace hubreg
