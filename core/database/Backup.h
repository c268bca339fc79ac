#pragma once

#include <QString>

#include <functional>

namespace hubreg {

class Database;

// Copies of the open database that are known to be good: taken only from a file that passes
// SQLite's full integrity check, with VACUUM INTO, under a hidden working name; then opened and
// checked (integrity, schema version, row counts) and only then given their name.
class Backup
{
public:
    // Copies the database to `target` and verifies the copy. `target` must not exist, nor be
    // a link, and its folder must (a backup makes no folders). Throws StoreError (Corrupt when
    // the file itself is damaged) and leaves nothing behind when the copy is not good; a copy
    // killed half way is never left under `target`. A change another program commits while the
    // copy is made is no failure: the copy is taken again. `whileCopying`, for tests, runs
    // after each copy is taken and before it is compared with the file.
    static void copyVerified(const Database &db, const QString &target,
                             const std::function<void()> &whileCopying = {});

    // A verified copy in the backups folder, named for this moment to the millisecond in local
    // time ("<name>-yyyyMMdd-HHmmss-zzz.sqlite"; another name when that one is taken, as after
    // the clock is put back). Returns its path.
    static QString takeNow(const Database &db);

    // The copy taken before a schema upgrade, in the backups folder beside the file.
    static QString beforeUpgrade(const Database &db, int fromVersion);

    // Where backups of `databasePath` are kept: "<name>-backups" beside it, made if missing.
    static QString folderFor(const QString &databasePath);
    // The same folder's path, without making it: to name it, or to look in it.
    static QString folderPath(const QString &databasePath);

    // Once a day, on opening: a verified copy named "<name>-daily-<date>.sqlite", keeping the
    // newest `keep` daily copies (other backups are never removed). Returns the new copy's path,
    // or an empty string when today's copy already exists.
    static QString dailyIfDue(const Database &db, int keep);
    // The daily copies of a file, newest first.
    static QStringList dailyBackups(const QString &databasePath);
    // Every copy in the backups folder (daily, before an upgrade, taken by hand), as full paths,
    // newest first.
    static QStringList allBackups(const QString &databasePath);
    // The newest backup that passes IntegrityCheck and is a HubRegister file this version can
    // open: what to offer when the file itself is damaged. Empty when there is none. Reads
    // every page of each backup it tries, so call it from a worker thread for big files.
    static QString latestGood(const QString &databasePath);

    static constexpr int kDefaultDailyKept = 10;
    static constexpr const char *kDailyKeptSetting = "backup/dailyKept";
};

} // namespace hubreg
