#pragma once

#include <QString>

namespace hubreg::rules {

// A school's history as GIAS links give it, written once so the school register, eligibility and
// engagement follow the same links. `seeds` is a SELECT of (root, urn) pairs to start from; the
// query using the CTE must begin WITH RECURSIVE.
//
// history(root, urn, depth, via, link_type)
//   root itself at depth 0, then every URN whose history passes to it: a predecessor P of X is a
//   link X -> P typed "Predecessor…" or P -> X typed "Successor…" (academy conversions, mergers,
//   amalgamations, splits), then P's predecessors, up to 20 links deep. `via` is the URN the row
//   is a predecessor of and `link_type` the GIAS link that says so; both are NULL for the root.
//   A URN reached along several paths appears once per path.
QString historyCte(const QString &seeds);

} // namespace hubreg::rules
