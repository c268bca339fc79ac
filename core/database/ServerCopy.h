#pragma once

#include <QString>
#include <QStringList>

namespace hubreg {

class CopyRows;
class Database;

// Sends many rows to a table of a hub on a PostgreSQL server with COPY ... FROM STDIN, over
// the connection Qt's driver holds, through libpq (the driver's own client library). The
// server reads rows in COPY's text format several times faster than the same values written
// into an INSERT's text, which it must parse as SQL and then again as arrays.
namespace servercopy {

// Adds `rows` to `table` as values of `columns` in that order, within the transaction open.
// A refusal (a value already taken, a rule broken, the connection lost) throws StoreError as a
// failed statement does, naming the statement `shownAs` and never its rows; the transaction is
// then spoilt, as by any failed statement, until rolled back (to a savepoint).
void send(const Database &db, const QString &table, const QStringList &columns,
          const CopyRows &rows, const QString &shownAs);

} // namespace servercopy

} // namespace hubreg
