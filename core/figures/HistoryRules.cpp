#include "HistoryRules.h"

namespace hubreg::rules {

QString historyCte(const QString &seeds)
{
    // One recursive arm, as PostgreSQL takes no more, joining a link either way round: each
    // side of the OR has its index on school_links (urn, or linked_urn), and the other end of
    // the link is the predecessor. The seeds' NULLs are typed, as PostgreSQL takes the columns'
    // types from the first arm. The link type's start is compared in lower case rather than
    // with LIKE, which ignores ASCII case in SQLite and not in PostgreSQL; for these ASCII words
    // lower() agrees on both.
    return QStringLiteral(
               "history(root, urn, depth, via, link_type) AS ("
               " SELECT seeds.root, seeds.urn, 0, CAST(NULL AS INTEGER), CAST(NULL AS TEXT)"
               " FROM (%1) AS seeds"
               " UNION"
               " SELECT h.root, CASE WHEN l.urn = h.urn THEN l.linked_urn ELSE l.urn END,"
               "  h.depth + 1, h.urn, l.link_type"
               " FROM history h JOIN school_links l"
               "  ON (l.urn = h.urn AND lower(substr(l.link_type, 1, 11)) = 'predecessor')"
               "  OR (l.linked_urn = h.urn AND lower(substr(l.link_type, 1, 9)) = 'successor')"
               " WHERE h.depth < 20)")
        .arg(seeds);
}

} // namespace hubreg::rules
