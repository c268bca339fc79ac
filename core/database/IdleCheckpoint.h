#pragma once

#include <QObject>
#include <QTimer>

namespace hubreg {

class Database;

// Keeps SQLite's write-ahead log checkpoint off the keyboard. SQLite copies the log into the
// file on the commit that takes it past 1,000 pages, which stalls that one write (a register
// mark) for as long as copying and syncing take; on a national file, 150 ms. While this
// object lives, the copy is made once writes have paused for `idleMs`, and SQLite's own
// checkpoint waits for a log ten times as long, so only an unbroken run of writes that large
// (an import) still pays it. Give it the Database as parent: it serves one connection.
class IdleCheckpoint : public QObject
{
    Q_OBJECT

public:
    explicit IdleCheckpoint(Database &db, int idleMs = 1000, QObject *parent = nullptr);

    IdleCheckpoint(const IdleCheckpoint &) = delete;
    IdleCheckpoint &operator=(const IdleCheckpoint &) = delete;

    // Copies the log into the file now, as far as no reader holds it back.
    void checkpointNow();

    // The pages SQLite lets the log reach before it checkpoints on a commit of its own.
    static constexpr int kAutoCheckpointPages = 10000;

signals:
    // After each checkpoint: the log's pages, and how many of them are now in the file.
    void checkpointed(int logPages, int copiedPages);

private:
    Database &m_db;
    QTimer m_timer;
};

} // namespace hubreg
