#pragma once

#include <QString>

namespace hubreg {
class Database;
}

namespace hubreg::test {

// Makes the database refuse, with `message`, every insert into `table` whose new row meets
// `condition` (SQL over NEW, e.g. "NEW.urn = 106008"): a failure in the middle of a write, as
// a full disk or a broken row would cause. A temporary trigger in a file; a trigger on the
// test's own database on a server.
// Returns the refusal's name, for stopRefusing.
QString refuseInserts(Database &db, const QString &table, const QString &condition,
                      const QString &message);
// Takes back the refusal `name` on `table`.
void stopRefusing(Database &db, const QString &name, const QString &table);

} // namespace hubreg::test
