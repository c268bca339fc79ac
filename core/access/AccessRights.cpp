#include "AccessRights.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QCoreApplication>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::AccessRights)
};

} // namespace

AccessRights AccessRights::of(const Database &db)
{
    if (db.isReadOnly()) {
        AccessRights rights(Kind::Nothing);
        rights.m_readOnlyOpen = true;
        return rights;
    }
    if (!db.isServer())
        return everything();
    // The same question the server's policies ask (migration 8); a login with no row in
    // hub_users is the hub's owner, whom no policy restricts.
    QVariant name;
    try {
        SqlQuery query(db, QStringLiteral("SELECT hub_access.role_of(current_user::text)"));
        name = query.scalar();
    } catch (const StoreError &) {
        // Unanswered (the connection lost as it opened): offer as before rights were known;
        // the server refuses whatever the login may not do.
        return everything();
    }
    const std::optional<HubRole> role = name.isNull() ? std::nullopt : hubRoleFrom(name.toString());
    if (!name.isNull() && !role) // a role this version does not know: offer nothing
        return AccessRights(Kind::Nothing);
    if (!role || *role == HubRole::Admin)
        return AccessRights(Kind::Everything, role);
    return AccessRights(*role == HubRole::Lead ? Kind::Lead : Kind::Nothing, role);
}

bool AccessRights::may(Action action) const
{
    switch (m_kind) {
    case Kind::Everything:
        return true;
    case Kind::Nothing:
        return false;
    case Kind::Lead:
        break;
    }
    return action != Action::ChangeHub;
}

QString AccessRights::whyNot(Action action) const
{
    if (may(action))
        return {};
    if (m_readOnlyOpen)
        return Tr::tr("This file is open read-only, so nothing can be changed.");
    if (m_role == HubRole::Reader)
        return Tr::tr("Your login may read this hub but not change it.");
    if (m_role == HubRole::Lead)
        return Tr::tr("Only the hub's administrators may change this; a Work Group Lead takes "
                      "the registers of their own Work Groups and keeps their participants.");
    return Tr::tr("Your login may not change this hub.");
}

} // namespace hubreg
