#pragma once

#include <QString>

namespace hubreg::test {

// The PostgreSQL server the tests may use. A suite registered a second time for the server
// (ctest's *_pgsql tests) runs with HUBREGISTER_TEST_BACKEND=postgresql; each TempDatabase then
// is a database of its own on the server named by HUBREGISTER_TEST_PGSQL (an address such as
// postgresql://hub@127.0.0.1:55432/postgres, whose user may create databases), so suites run
// in parallel. Without that address such a run is skipped (exit code 77), never passed.
namespace testserver {

// Whether this run's TempDatabases live on the server.
bool inUse();
// The address given in HUBREGISTER_TEST_PGSQL, or an empty string.
QString adminAddress();
// Creates an empty database for one test and returns its address.
QString createDatabase();
// Creates a database holding a hub this program has set up (no records yet) and returns its
// address: a copy of one set up once per process, as setting up a hub's schema on the server
// costs more than copying one. Database::isNew() is false when it is opened.
QString createHubDatabase();
// Drops a database createDatabase() made (every connection to it must be closed).
void dropDatabase(const QString &address);

} // namespace testserver
} // namespace hubreg::test
