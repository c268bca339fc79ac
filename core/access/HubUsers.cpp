#include "HubUsers.h"

#include "ScramVerifier.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubUsers)
};

} // namespace

QString hubRoleName(HubRole role)
{
    switch (role) {
    case HubRole::Admin:
        return QStringLiteral("admin");
    case HubRole::Lead:
        return QStringLiteral("lead");
    case HubRole::Reader:
        break;
    }
    return QStringLiteral("reader");
}

std::optional<HubRole> hubRoleFrom(const QString &name)
{
    for (HubRole role : { HubRole::Admin, HubRole::Lead, HubRole::Reader })
        if (name == hubRoleName(role))
            return role;
    return std::nullopt;
}

HubUsers::HubUsers(Database &db)
    : m_db(db)
{ }

QString HubUsers::loginProblem(const QString &login)
{
    // Lower case only: PostgreSQL folds an unquoted name to lower case, so "Ann" would be a
    // login psql -U ann could not find.
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.-]*$"));
    if (login.isEmpty())
        return Tr::tr("A login needs a name.");
    if (login.toUtf8().size() > 63)
        return Tr::tr("“%1” is longer than the 63 characters a login may have.").arg(login);
    if (!pattern.match(login).hasMatch())
        return Tr::tr("“%1” is not a login name: use lower-case letters, digits, “_”, “.” and "
                      "“-”, starting with a letter or “_”.")
            .arg(login);
    if (login.startsWith(QLatin1String("pg_")))
        return Tr::tr("“%1” is not a login name: names starting “pg_” are the server's own.")
            .arg(login);
    return {};
}

void HubUsers::requireServer() const
{
    if (!m_db.isServer())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("Users and roles are kept by a hub server; a file is one "
                                "person's."));
}

QList<HubUser> HubUsers::list() const
{
    requireServer();
    SqlQuery query(m_db,
                   QStringLiteral("SELECT login, role, person_id FROM hub_access.hub_users "
                                  "ORDER BY login COLLATE \"C\""));
    query.exec();
    QList<HubUser> users;
    while (query.next())
        users.append({ query.value("login").toString(),
                       hubRoleFrom(query.value("role").toString()).value_or(HubRole::Reader),
                       query.value("person_id").toLongLong() });
    return users;
}

std::optional<HubUser> HubUsers::find(const QString &login) const
{
    for (const HubUser &user : list())
        if (user.login == login)
            return user;
    return std::nullopt;
}

void HubUsers::execFormatted(const QString &pattern, const QStringList &arguments)
{
    QString sql = QStringLiteral("SELECT format(CAST(:pattern AS TEXT)");
    for (qsizetype i = 0; i < arguments.size(); ++i)
        sql += QStringLiteral(", CAST(:a%1 AS TEXT)").arg(i);
    sql += QLatin1Char(')');
    SqlQuery format(m_db, sql);
    format.bind(QStringLiteral(":pattern"), pattern);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        format.bind(QStringLiteral(":a%1").arg(i), arguments.at(i));
    execSql(m_db, format.scalar().toString());
}

QString HubUsers::groupRole(HubRole role)
{
    // Makes the group roles where the migration could not, and grants any table added since.
    execSql(m_db, QStringLiteral("SELECT hub_access.set_up_roles()"));
    SqlQuery query(m_db,
                   QStringLiteral("SELECT name FROM hub_access.group_roles WHERE role = :role"));
    query.bind(QStringLiteral(":role"), hubRoleName(role));
    return query.scalar().toString();
}

void HubUsers::requirePerson(RecordId personId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM people WHERE id = :id"));
    query.bind(QStringLiteral(":id"), personId);
    if (query.scalar().toInt() == 0)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("There is no person number %1 in this hub.").arg(personId),
                         QStringLiteral("person"));
}

void HubUsers::add(const QString &login, HubRole role, RecordId personId, const QString &password)
{
    requireServer();
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, problem, QStringLiteral("user"),
                         QStringLiteral("login"));
    if (role == HubRole::Lead && personId <= 0)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A Work Group Lead is a person of the hub: say which (their "
                                "number)."),
                         QStringLiteral("user"), QStringLiteral("person"));
    if (password.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A login needs a password."),
                         QStringLiteral("user"), QStringLiteral("password"));
    Transaction transaction(m_db);
    if (personId > 0)
        requirePerson(personId);
    SqlQuery existing(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :login"));
    existing.bind(QStringLiteral(":login"), login);
    if (existing.scalar().toInt() > 0)
        throw StoreError(StoreError::Kind::Duplicate,
                         Tr::tr("There is already a login “%1” on this server (perhaps another "
                                "hub's, or the server's own): choose another name.")
                             .arg(login),
                         QStringLiteral("user"), QStringLiteral("login"));
    const QString group = groupRole(role);
    execFormatted(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"),
                  { login, scram::verifier(password) });
    execFormatted(QStringLiteral("GRANT %I TO %I"), { group, login });
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO hub_access.hub_users (login, role, person_id, "
                                   "created_at) VALUES (:login, :role, :person, :at)"));
    insert.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":role"), hubRoleName(role))
        .bind(QStringLiteral(":person"), nullableId(personId))
        .bind(QStringLiteral(":at"), Clock::timestamp(m_db.clock().nowUtc()))
        .exec();
    transaction.commit();
}

void HubUsers::setRole(const QString &login, HubRole role, RecordId personId)
{
    requireServer();
    Transaction transaction(m_db);
    const auto user = find(login);
    if (!user)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("“%1” is not a user of this hub.").arg(login),
                         QStringLiteral("user"), QStringLiteral("login"));
    const RecordId person = personId > 0 ? personId : user->personId;
    if (role == HubRole::Lead && person <= 0)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A Work Group Lead is a person of the hub: say which (their "
                                "number)."),
                         QStringLiteral("user"), QStringLiteral("person"));
    if (personId > 0)
        requirePerson(personId);
    const QString previous = groupRole(user->role);
    const QString next = groupRole(role);
    execFormatted(QStringLiteral("REVOKE %I FROM %I"), { previous, login });
    execFormatted(QStringLiteral("GRANT %I TO %I"), { next, login });
    SqlQuery update(m_db,
                    QStringLiteral("UPDATE hub_access.hub_users SET role = :role, person_id = "
                                   ":person WHERE login = :login"));
    update.bind(QStringLiteral(":role"), hubRoleName(role))
        .bind(QStringLiteral(":person"), nullableId(person))
        .bind(QStringLiteral(":login"), login)
        .exec();
    transaction.commit();
}

bool HubUsers::remove(const QString &login)
{
    requireServer();
    Transaction transaction(m_db);
    const auto user = find(login);
    if (!user)
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("“%1” is not a user of this hub.").arg(login),
                         QStringLiteral("user"), QStringLiteral("login"));
    execFormatted(QStringLiteral("REVOKE %I FROM %I"), { groupRole(user->role), login });
    SqlQuery unmap(m_db, QStringLiteral("DELETE FROM hub_access.hub_users WHERE login = :login"));
    unmap.bind(QStringLiteral(":login"), login).exec();
    // A login that is still a member of another role (another hub's, on the same server) is
    // someone else's too: it stays, and only this hub forgets it.
    SqlQuery others(m_db,
                    QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON "
                                   "r.oid = m.member WHERE r.rolname = :login"));
    others.bind(QStringLiteral(":login"), login);
    const bool dropped = others.scalar().toInt() == 0;
    if (dropped)
        execFormatted(QStringLiteral("DROP ROLE %I"), { login });
    transaction.commit();
    return dropped;
}

} // namespace hubreg
