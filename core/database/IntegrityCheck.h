#pragma once

#include <QString>
#include <QStringList>

namespace hubreg {

// What a check of a HubRegister file found.
struct IntegrityReport
{
    QString path;
    bool intact = false;
    // The file could not be read at all (permissions, a folder, a log it cannot use): nothing
    // is known of its pages, so it is not called damaged.
    bool unreadable = false;
    // SQLite's findings (the first few), or why the file could not be read at all.
    QStringList problems;

    // For people: "“FILE” is damaged: …" naming the first problems, or "“FILE” could not be
    // read: …"; empty when intact.
    QString message() const;
};

// Whether a file is intact, page by page: SQLite keeps no checksums, so bytes overwritten in
// the middle of a file go unnoticed until something reads them, and then a query fails or,
// worse, returns wrong rows. The check reads every page. It runs on a read-only connection of
// its own, so it can run in a worker thread while the file is open elsewhere, and it never
// changes the file.
class IntegrityCheck
{
public:
    enum class Depth {
        Quick, // PRAGMA quick_check: every page and record; about 2 s of work for a national file
        Full // PRAGMA integrity_check: also that every index matches its table; several times
             // longer
    };

    static IntegrityReport run(const QString &path, Depth depth = Depth::Quick);

    // At most this many of SQLite's findings are kept.
    static constexpr int kProblemsKept = 10;
};

} // namespace hubreg
