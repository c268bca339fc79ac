#include "SchoolStore.h"

#include "SchoolLinkWriter.h"
#include "SchoolWriter.h"
#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "figures/HistoryRules.h"

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
    SchoolWriter(m_db).insert(stored);
    school = stored;
    m_db.noteChange(Entity::School, school.id);
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
    if (!SchoolWriter(m_db).update(stored))
        recordio::refuseUnwritten(m_db, QStringLiteral("schools"), stored,
                                  Tr::tr("The school no longer exists."),
                                  Tr::tr("School %1").arg(school.urn.toString()));
    school = stored;
    m_db.noteChange(Entity::School, school.id);
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
                   QStringLiteral("SELECT ") + SchoolWriter::selectColumns()
                       + QStringLiteral(" FROM schools WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return SchoolWriter::read(query);
}

std::optional<School> SchoolStore::findByUrn(Urn urn) const
{
    return SchoolWriter(m_db).findByUrn(urn);
}

QHash<RecordId, QString> SchoolStore::names(const QList<RecordId> &ids) const
{
    QHash<RecordId, QString> result;
    if (ids.isEmpty())
        return result;
    // Ids are numbers, so they are written into the statement.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const RecordId id : ids)
        numbers << QString::number(id);
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, name FROM schools WHERE id IN (%1)")
                       .arg(numbers.join(QLatin1Char(','))));
    query.exec();
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    return result;
}

QList<School> SchoolStore::list(const SchoolQuery &filter) const
{
    const WhereClause where = whereFor(filter, m_db.dialect());
    QString sql = QStringLiteral("SELECT ") + SchoolWriter::selectColumns()
        + QStringLiteral(" FROM schools") + where.sql + orderFor(filter);
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery query(m_db, sql);
    for (const auto &binding : where.bindings)
        query.bind(binding.first, binding.second);
    query.exec();
    QList<School> schools;
    while (query.next())
        schools << SchoolWriter::read(query);
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
    // Looked up and written in one transaction: in a file no other writer can come between;
    // on a server, a link someone else added meanwhile makes the insert fail as a duplicate,
    // and nothing is saved.
    Transaction transaction(m_db);
    SchoolLinkWriter writer(m_db);
    SchoolLink stored = link;
    SchoolLinkWriter::normalise(stored);
    if (auto held = writer.find(stored.urn, stored.linkedUrn, stored.linkType)) {
        const bool same
            = held->linkedName == stored.linkedName && held->establishedOn == stored.establishedOn;
        held->linkedName = stored.linkedName;
        held->establishedOn = stored.establishedOn;
        stored = *held;
        if (same) {
            link = stored;
            return;
        }
        writer.update(stored);
    } else {
        writer.insert(stored);
    }
    transaction.commit();
    link = stored;
    m_db.noteChange(Entity::SchoolLink);
}

QList<SchoolLink> SchoolStore::linksOf(Urn urn) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT ") + SchoolLinkWriter::selectColumns()
                       + QStringLiteral(
                           " FROM school_links WHERE urn = :urn OR linked_urn = :urn "
                           "ORDER BY established_on NULLS FIRST, urn, linked_urn, link_type, id"));
    query.bind(QStringLiteral(":urn"), urn.value()).exec();
    QList<SchoolLink> links;
    while (query.next())
        links << SchoolLinkWriter::read(query);
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
