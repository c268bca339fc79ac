#pragma once

#include <QString>

namespace hubreg {

class Database;

// Scoped transaction: the outermost guard on a connection begins and commits a real
// transaction; inner guards become savepoints, so a store method can run alone or inside a
// larger operation. Anything not committed is rolled back when the guard goes out of scope.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isOutermost() const { return m_depth == 1; }

private:
    Database &m_db;
    int m_depth;
    bool m_open = true;
};

} // namespace hubreg
