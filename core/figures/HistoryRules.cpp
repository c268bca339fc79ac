#include "HistoryRules.h"

namespace hubreg::rules {

QString historyCte(const QString &seeds)
{
    // Two recursive arms rather than one join with OR, so each can use its index on
    // school_links (urn, or linked_urn).
    return QStringLiteral("history(root, urn, depth, via, link_type) AS ("
                          " SELECT root, urn, 0, NULL, NULL FROM (%1)"
                          " UNION"
                          " SELECT h.root, l.linked_urn, h.depth + 1, h.urn, l.link_type"
                          " FROM history h JOIN school_links l ON l.urn = h.urn"
                          " WHERE l.link_type LIKE 'Predecessor%' AND h.depth < 20"
                          " UNION"
                          " SELECT h.root, l.urn, h.depth + 1, h.urn, l.link_type"
                          " FROM history h JOIN school_links l ON l.linked_urn = h.urn"
                          " WHERE l.link_type LIKE 'Successor%' AND h.depth < 20)")
        .arg(seeds);
}

} // namespace hubreg::rules
