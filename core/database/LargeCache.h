#pragma once

namespace hubreg {

class Database;

// A larger SQLite page cache for the length of one bulk write, such as an import of 50,000
// schools: with the default 2 MB, SQLite spills the pages of a long transaction to the WAL
// and reads them back for every index it updates. The previous size comes back at the end.
class LargeCache
{
public:
    explicit LargeCache(Database &db, int megabytes = 64);
    ~LargeCache();

    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    Database &m_db;
    int m_previous; // as PRAGMA cache_size gives it: pages, or -KiB when negative
};

} // namespace hubreg
