#include "PersonStore.h"

#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PersonStore)
};

const QString kSelect = QStringLiteral(
    "SELECT id, uuid, created_at, updated_at, version, first_name, last_name, email, phone, role, "
    "school_id, year_group, trn, is_work_group_lead, is_mastery_specialist, notes, erased_at "
    "FROM people");

Person readPerson(const SqlQuery &q)
{
    Person p;
    recordio::read(q, p);
    p.firstName = q.value("first_name").toString();
    p.lastName = q.value("last_name").toString();
    p.email = q.value("email").toString();
    p.phone = q.value("phone").toString();
    p.role = q.value("role").toString();
    p.schoolId = q.value("school_id").toLongLong();
    p.yearGroup = q.value("year_group").toString();
    p.trn = q.value("trn").toString();
    p.isWorkGroupLead = q.value("is_work_group_lead").toBool();
    p.isMasterySpecialist = q.value("is_mastery_specialist").toBool();
    p.notes = q.value("notes").toString();
    if (!q.value("erased_at").isNull())
        p.erasedAt = QDateTime::fromString(q.value("erased_at").toString(), Qt::ISODateWithMs);
    return p;
}

void bindPerson(SqlQuery &q, const Person &p)
{
    q.bind(QStringLiteral(":first_name"), p.firstName.trimmed())
        .bind(QStringLiteral(":last_name"), p.lastName.trimmed())
        .bind(QStringLiteral(":email"), p.email.trimmed())
        .bind(QStringLiteral(":phone"), p.phone.trimmed())
        .bind(QStringLiteral(":role"), p.role.trimmed())
        .bind(QStringLiteral(":school_id"), nullableId(p.schoolId))
        .bind(QStringLiteral(":year_group"), p.yearGroup.trimmed())
        .bind(QStringLiteral(":trn"), p.trn.trimmed())
        .bind(QStringLiteral(":lead"), p.isWorkGroupLead ? 1 : 0)
        .bind(QStringLiteral(":specialist"), p.isMasterySpecialist ? 1 : 0)
        .bind(QStringLiteral(":notes"), p.notes);
}

QString whereFor(const PersonQuery &query, const SqlDialect &dialect)
{
    QStringList conditions;
    if (!query.text.trimmed().isEmpty())
        conditions << QStringLiteral("((first_name || ' ' || last_name) %1 :text ESCAPE '\\' OR "
                                     "(last_name || ', ' || first_name) %1 :text ESCAPE '\\' OR "
                                     "email %1 :text ESCAPE '\\')")
                          .arg(dialect.likeIgnoringCase());
    if (query.schoolId > 0)
        conditions << QStringLiteral("school_id = :school");
    if (query.leadsOnly)
        conditions << QStringLiteral("is_work_group_lead = 1");
    if (!query.includeErased)
        conditions << QStringLiteral("erased_at IS NULL");
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderFor(const PersonQuery &query)
{
    using Sort = PersonQuery::SortColumn;
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString byName
        = QStringLiteral("last_name COLLATE NOCASE%1, first_name COLLATE NOCASE%1, id%1")
              .arg(direction);
    QString first;
    switch (query.sortColumn) {
    case Sort::Name:
        return QStringLiteral(" ORDER BY ") + byName;
    case Sort::Email:
        first = QStringLiteral("email COLLATE NOCASE");
        break;
    case Sort::School:
        // People without a school sort as the smallest, as SQLite orders NULL.
        return QStringLiteral(" ORDER BY (SELECT name FROM schools WHERE schools.id = "
                              "people.school_id) COLLATE NOCASE")
            + (query.descending ? QStringLiteral(" DESC NULLS LAST")
                                : QStringLiteral(" NULLS FIRST"))
            + QStringLiteral(", ") + byName;
    case Sort::Role:
        first = QStringLiteral("role COLLATE NOCASE");
        break;
    case Sort::Trn:
        first = QStringLiteral("trn");
        break;
    case Sort::Lead:
        first = QStringLiteral("is_work_group_lead * 2 + is_mastery_specialist");
        break;
    }
    return QStringLiteral(" ORDER BY ") + first + direction + QStringLiteral(", ") + byName;
}

void bindFilter(SqlQuery &q, const PersonQuery &query)
{
    if (!query.text.trimmed().isEmpty())
        q.bind(QStringLiteral(":text"),
               QLatin1Char('%') + likeEscaped(query.text.trimmed()) + QLatin1Char('%'));
    if (query.schoolId > 0)
        q.bind(QStringLiteral(":school"), query.schoolId);
}
} // namespace

FieldErrors PersonStore::check(const Person &p)
{
    FieldErrors errors;
    if (p.firstName.trimmed().isEmpty() && p.lastName.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("lastName"), Tr::tr("Enter the person's name.") };
    const QString email = validation::email(p.email);
    if (!email.isEmpty())
        errors << FieldError { QStringLiteral("email"), email };
    const QString trn = validation::trn(p.trn);
    if (!trn.isEmpty())
        errors << FieldError { QStringLiteral("trn"), trn };
    return errors;
}

void PersonStore::add(Person &person)
{
    const FieldErrors errors = check(person);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, errors.first().message,
                         Tr::tr("Person “%1”").arg(person.fullName()), errors.first().field);
    if (person.schoolId > 0)
        recordio::requireRow(m_db, QStringLiteral("schools"), person.schoolId,
                             Tr::tr("The person's school"));
    if (!person.email.trimmed().isEmpty()) {
        if (const auto other = findByEmail(person.email))
            throw StoreError(StoreError::Kind::Duplicate,
                             Tr::tr("%1 already has the email address %2.")
                                 .arg(other->fullName(), person.email.trimmed()),
                             Tr::tr("Person “%1”").arg(person.fullName()), QStringLiteral("email"));
    }
    Person stored = person;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO people (uuid, first_name, last_name, email, phone, role, school_id, "
            "year_group, trn, is_work_group_lead, is_mastery_specialist, notes, created_at, "
            "updated_at) VALUES (:uuid, :first_name, :last_name, :email, :phone, :role, "
            ":school_id, "
            ":year_group, :trn, :lead, :specialist, :notes, :created_at, :updated_at)"));
    recordio::bindNew(query, stored);
    bindPerson(query, stored);
    query.exec();
    stored.id = query.lastInsertId();
    person = stored;
    m_db.noteChange(Entity::Person, stored.id);
}

void PersonStore::update(Person &person)
{
    if (const auto held = find(person.id); held && held->isErased())
        throw StoreError(
            StoreError::Kind::Conflict,
            Tr::tr("%1 was erased on %2. The record stays only so that their "
                   "school's figures hold; it takes no personal data again.")
                .arg(held->fullName(),
                     held->erasedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))),
            Tr::tr("Person “%1”").arg(held->fullName()));
    const FieldErrors errors = check(person);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, errors.first().message,
                         Tr::tr("Person “%1”").arg(person.fullName()), errors.first().field);
    if (person.schoolId > 0)
        recordio::requireRow(m_db, QStringLiteral("schools"), person.schoolId,
                             Tr::tr("The person's school"));
    if (!person.email.trimmed().isEmpty()) {
        const auto other = findByEmail(person.email);
        if (other && other->id != person.id)
            throw StoreError(StoreError::Kind::Duplicate,
                             Tr::tr("%1 already has the email address %2.")
                                 .arg(other->fullName(), person.email.trimmed()),
                             Tr::tr("Person “%1”").arg(person.fullName()), QStringLiteral("email"));
    }
    Person stored = person;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        recordio::updateSql(
            QStringLiteral("people"),
            QStringLiteral("first_name = :first_name, last_name = :last_name, email = :email, "
                           "phone = :phone, role = :role, school_id = :school_id, year_group = "
                           ":year_group, trn = :trn, is_work_group_lead = :lead, "
                           "is_mastery_specialist = :specialist, notes = :notes")));
    recordio::bindUpdate(query, stored);
    bindPerson(query, stored);
    recordio::writeUpdate(m_db, query, QStringLiteral("people"), stored,
                          Tr::tr("The person no longer exists."),
                          Tr::tr("Person “%1”").arg(person.fullName()));
    person = stored;
    m_db.noteChange(Entity::Person, person.id);
}

void PersonStore::erase(RecordId id)
{
    const auto person = find(id);
    if (!person)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The person no longer exists."));
    SqlQuery ties(m_db,
                  QStringLiteral("SELECT code FROM work_groups WHERE lead_person_id = :id UNION "
                                 "SELECT w.code FROM work_group_participants p JOIN work_groups w "
                                 "ON w.id = p.work_group_id WHERE p.person_id = :id ORDER BY 1"));
    ties.bind(QStringLiteral(":id"), id).exec();
    QStringList codes;
    while (ties.next())
        codes << ties.value(0).toString();
    if (!codes.isEmpty())
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("%1 is in or leads %2; erasing them keeps their place there "
                                "anonymously instead.")
                             .arg(person->fullName(), codes.join(QStringLiteral(", "))),
                         Tr::tr("Person “%1”").arg(person->fullName()));
    recordio::removeRow(m_db, QStringLiteral("people"), id, Entity::Person, Tr::tr("The person"));
    // Secure delete has overwritten the row; the checkpoint clears the copies in the WAL too.
    if (!m_db.inTransaction())
        m_db.checkpoint();
}

std::optional<Person> PersonStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

std::optional<Person> PersonStore::findByEmail(const QString &email) const
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE email = :email COLLATE NOCASE"));
    query.bind(QStringLiteral(":email"), email.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

std::optional<Person> PersonStore::findByUuid(const QUuid &uuid) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE uuid = :uuid"));
    query.bind(QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

QList<Person> PersonStore::list(const PersonQuery &filter) const
{
    QString sql = kSelect + whereFor(filter, m_db.dialect()) + orderFor(filter);
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery query(m_db, sql);
    bindFilter(query, filter);
    query.exec();
    QList<Person> people;
    while (query.next())
        people << readPerson(query);
    return people;
}

QList<Person> PersonStore::workGroupLeads() const
{
    // Through work_groups' Lead index: a scan of everyone would grow with the whole register.
    SqlQuery query(
        m_db,
        kSelect
            + QStringLiteral(" WHERE id IN (SELECT DISTINCT lead_person_id FROM work_groups WHERE "
                             "lead_person_id IS NOT NULL)"
                             " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
    query.exec();
    QList<Person> people;
    while (query.next())
        people << readPerson(query);
    return people;
}

int PersonStore::count(const PersonQuery &filter) const
{
    if (filter.text.trimmed().isEmpty() && filter.schoolId <= 0 && !filter.leadsOnly
        && !filter.includeErased) {
        // Everyone not erased, as the status bar shows at start-up: the total through the
        // narrowest index less the erased through their own, instead of reading every row of
        // a national register (150,000 people) for erased_at.
        SqlQuery query(m_db,
                       QStringLiteral("SELECT (SELECT count(*) FROM people) - (SELECT "
                                      "count(*) FROM people WHERE erased_at IS NOT NULL)"));
        return query.scalar().toInt();
    }
    SqlQuery query(
        m_db, QStringLiteral("SELECT count(*) FROM people") + whereFor(filter, m_db.dialect()));
    bindFilter(query, filter);
    return query.scalar().toInt();
}

} // namespace hubreg
