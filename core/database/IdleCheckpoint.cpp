#include "IdleCheckpoint.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"

namespace hubreg {

IdleCheckpoint::IdleCheckpoint(Database &db, int idleMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleCheckpoint::checkpointNow);
    // A server writes its own log back; a read-only file has nothing to copy.
    if (m_db.isReadOnly() || m_db.isServer())
        return;
    // For this connection only; the file keeps nothing of it.
    execSql(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kAutoCheckpointPages));
    // Every write is followed by Database::changed once it is committed.
    connect(&m_db, &Database::changed, this, [this] { m_timer.start(); });
}

void IdleCheckpoint::checkpointNow()
{
    m_timer.stop();
    if (m_db.isReadOnly() || m_db.isServer() || m_db.inTransaction())
        return;
    try {
        // PASSIVE: never waits for a reader, never blocks a writer; what it cannot copy now
        // is copied next time.
        SqlQuery checkpoint(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        checkpoint.exec();
        if (checkpoint.next())
            emit checkpointed(checkpoint.value(1).toInt(), checkpoint.value(2).toInt());
    } catch (const StoreError &) {
        // A checkpoint that cannot run now loses nothing: the log still holds every write,
        // and the next pause, or SQLite itself, copies it.
    }
}

} // namespace hubreg
