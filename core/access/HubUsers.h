#pragma once

#include "database/Entity.h"

#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// What a login of a hub's server may do there (docs/postgresql.md, Roles).
enum class HubRole { Admin, Lead, Reader };

QString hubRoleName(HubRole role); // "admin", "lead", "reader"
std::optional<HubRole> hubRoleFrom(const QString &name);

struct HubUser
{
    QString login;
    HubRole role = HubRole::Reader;
    RecordId personId = 0; // a Lead's own person; 0 for others
};

// The logins of a hub on a PostgreSQL server and their roles: each is a login role of the
// server, a member of the hub's group role for its role, and a row in hub_access.hub_users,
// which the server's row-level policies read. Kept by the database's owner, who may make roles.
// A file has none: every call refuses one (StoreError Invalid).
class HubUsers
{
public:
    explicit HubUsers(Database &db);

    QList<HubUser> list() const;
    // Makes the login with `password` (sent to the server only as its SCRAM verifier) and gives
    // it `role`; a Lead is `personId`, who must exist. Throws StoreError: Duplicate (a login of
    // that name on the server), NotFound (no such person), Invalid, ReadOnly (not allowed).
    void add(const QString &login, HubRole role, RecordId personId, const QString &password);
    // Changes a login's role; a Lead keeps the person they were unless `personId` names one.
    void setRole(const QString &login, HubRole role, RecordId personId = 0);
    // Removes the login from the hub, and from the server unless it is still a member of
    // another role there (another hub's): returns whether the server's login went too.
    bool remove(const QString &login);

    // Why `login` cannot name a login, or an empty string when it can.
    static QString loginProblem(const QString &login);

private:
    void requireServer() const;
    std::optional<HubUser> find(const QString &login) const;
    QString groupRole(HubRole role);
    void requirePerson(RecordId personId) const;
    // Runs the statement the server's format() makes of `pattern` (%I for names, %L for
    // values) and `arguments`, so that the server quotes them itself.
    void execFormatted(const QString &pattern, const QStringList &arguments);

    Database &m_db;
};

} // namespace hubreg
