#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"

namespace hubreg {

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("hubreg_sp_%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_depth(db.enterTransaction())
{
    try {
        execSql(m_db,
                isOutermost() ? m_db.dialect().beginTransaction()
                              : QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    } catch (...) {
        m_db.leaveTransaction();
        throw;
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            rollback();
        } catch (...) {
            // A destructor must not throw; the connection reports the failure on next use.
        }
    }
}

void Transaction::commit()
{
    Q_ASSERT(m_open);
    execSql(m_db,
            isOutermost() ? QStringLiteral("COMMIT")
                          : QStringLiteral("RELEASE ") + savepointName(m_depth));
    m_open = false;
    m_db.leaveTransaction();
    if (isOutermost())
        m_db.notifyCommitted();
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.leaveTransaction();
    if (isOutermost()) {
        m_db.discardPendingChanges();
        execSql(m_db, QStringLiteral("ROLLBACK"));
    } else {
        execSql(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        execSql(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
}

} // namespace hubreg
