#pragma once

#include "HubUsers.h"

#include <optional>

namespace hubreg {

class Database;

// What the person with a hub open may change there, so that a window offers only what will
// be allowed: everything on a file open for writing and for a server's owner or administrator;
// nothing read-only or as a reader; as a Work Group Lead, what the server's policies let them
// change of their own Work Groups (docs/postgresql.md, Roles). The server still decides.
class AccessRights
{
public:
    enum class Action {
        // Schools, programmes, Work Groups and their sessions planned or removed, imports of
        // GIAS, packs, users, retention and erasure, the hub's settings and templates.
        ChangeHub,
        TakeRegisters,
        // A session's details and its cancellation.
        EditSessions,
        // New participants, the people they are, and their schools enrolled.
        AddParticipants,
        // Participants' details (as people too), their school, lead participant and leaving.
        EditParticipants,
    };

    // Asks the server which role the connection's login has; a file needs no question. Never
    // throws: unanswered, everything is offered and the server refuses what it must.
    static AccessRights of(const Database &db);
    static AccessRights everything() { return AccessRights(Kind::Everything); }
    static AccessRights nothing() { return AccessRights(Kind::Nothing); }

    bool may(Action action) const;
    bool mayChangeAnything() const { return m_kind != Kind::Nothing; }
    // The role of a server's login, if it has one (its owner has none and may do everything).
    std::optional<HubRole> role() const { return m_role; }
    // Why `action` is not offered, in a sentence for a tool tip; empty when it is.
    QString whyNot(Action action) const;

private:
    enum class Kind { Everything, Lead, Nothing };
    explicit AccessRights(Kind kind, std::optional<HubRole> role = std::nullopt)
        : m_kind(kind)
        , m_role(role)
    { }

    Kind m_kind;
    std::optional<HubRole> m_role;
    bool m_readOnlyOpen = false;
};

} // namespace hubreg
