#include "LargeCache.h"

#include "Database.h"
#include "SqlQuery.h"

namespace hubreg {

LargeCache::LargeCache(Database &db, int megabytes)
    : m_db(db)
    , m_previous(db.isServer() ? 0
                               : SqlQuery(db, QStringLiteral("PRAGMA cache_size")).scalar().toInt())
{
    // A server sizes its own cache.
    if (m_db.isServer())
        return;
    // PRAGMA takes no bound parameters; the value is a number we make.
    execSql(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * megabytes));
}

LargeCache::~LargeCache()
{
    if (m_db.isServer())
        return;
    try {
        execSql(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    } catch (...) {
        // A destructor must not throw; the larger cache only costs memory until the file closes.
    }
}

} // namespace hubreg
