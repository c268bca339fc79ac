#pragma once

#include "database/Clock.h"
#include "database/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hubreg::test {

// A fresh HubRegister file in its own temporary folder, with a clock the test controls; in a
// suite's server run (TestServer.h), a fresh database on the test server instead, whose
// path() is its address.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    FixedClock &clock() { return m_clock; }
    // Closes and opens the file again, as the next start of the program would.
    void reopen();
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

// Another program's SQLite database (not ours) at `path`: what HubRegister must refuse.
void writeForeignSqlite(const QString &path);

// Every row of every table in a canonical text form, to compare a file before and after.
QString dumpContents(Database &db);
// The same with the values of these columns left out (shown as *): for comparing files written
// at different times, whose uuid, created_at and updated_at must differ.
QString dumpContents(Database &db, const QStringList &ignoredColumns);
QByteArray fileBytes(const QString &path);
// Overwrites 16 KiB in the middle of a file (past its first page), as a failing disk or a stray
// program would. Returns false when the file is too small or cannot be written.
bool damageMiddle(const QString &path);
QString testDataPath(const QString &name);
// Fills the first page of the named index with junk, as a stray write would: a quick check
// finds it, but a read that never uses the index (an export of another table) does not.
// The file must be closed, its write-ahead log checkpointed away.
bool damageIndexPage(const QString &path, const QString &index);
// Makes the named index disagree with its table while every page stays well formed: only the
// full check (PRAGMA integrity_check) finds it, as with damage inside an index's keys.
bool unsettleIndex(const QString &path, const QString &index);

// A small hand-checked Work Group: 2 schools, 3 participants (2 at the first school), 4
// sessions. Ids of everything it made.
struct SmallWorkGroup
{
    RecordId hubId = 0;
    RecordId programmeId = 0;
    RecordId yearId = 0;
    RecordId workGroupId = 0;
    RecordId schoolA = 0;
    RecordId schoolB = 0;
    RecordId personA1 = 0;
    RecordId personA2 = 0;
    RecordId personB1 = 0;
    RecordId participantA1 = 0;
    RecordId participantA2 = 0;
    RecordId participantB1 = 0;
    QList<RecordId> sessions;
};
SmallWorkGroup buildSmallWorkGroup(Database &db, int sessionCount = 4);

} // namespace hubreg::test
