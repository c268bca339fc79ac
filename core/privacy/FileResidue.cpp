#include "FileResidue.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstring>
#include <vector>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::FileResidue)
};

constexpr int kKeyBytes = 4;
constexpr qint64 kChunkBytes = 4 * 1024 * 1024;
constexpr int kFilterBits = 20;

quint32 keyAt(const char *bytes)
{
    quint32 key;
    std::memcpy(&key, bytes, sizeof key);
    return key;
}

quint32 filterSlot(quint32 key)
{
    return (key * 2654435761u) >> (32 - kFilterBits);
}

void lowerAscii(char *bytes, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (bytes[i] >= 'A' && bytes[i] <= 'Z')
            bytes[i] = char(bytes[i] - 'A' + 'a');
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString ResidueReport::summary() const
{
    if (onServer)
        return Tr::tr("The hub's records are on a database server: their details are gone from "
                      "its records; the server's own files are kept by its administrator, and "
                      "HubRegister cannot search them.");
    QString text;
    if (stillIn.isEmpty()) {
        text = Tr::tr("The file was searched afterwards, byte by byte: none of their names, "
                      "emails or TRNs remain in it.");
    } else if (clean()) {
        text = Tr::tr("The file was searched afterwards, byte by byte: nothing erased remains in "
                      "it. The same text is still part of other current records (for example "
                      "another person with the same name)");
        if (!inCurrentRecords.isEmpty())
            text += QStringLiteral(": ") + inCurrentRecords.join(QStringLiteral(", "));
        text += QLatin1Char('.');
    } else {
        QStringList files;
        for (const QString &path : stillIn)
            files << shown(path);
        text = Tr::tr("Their details are still in the bytes of %1.")
                   .arg(files.join(QStringLiteral(", ")));
        if (!checkpointed)
            text += QLatin1Char(' ')
                + Tr::tr("Another program is reading the file, so its write-ahead log could not "
                         "be emptied; it is emptied when the file is next closed everywhere.");
        else if (!vacuumed)
            text += QLatin1Char(' ')
                + Tr::tr("The file could not be rebuilt to clear the space SQLite had freed; "
                         "close other programs using it and erase again.");
    }
    if (vacuumed)
        text += QLatin1Char(' ')
            + Tr::tr("(Their text was found once, so the file was rebuilt without any space "
                     "SQLite had freed.)");
    return text;
}

qint64 FileResidue::count(const QString &path, const QList<QByteArray> &forms)
{
    QList<QByteArray> needles;
    int longest = 0;
    for (const QByteArray &form : forms) {
        if (form.size() < kKeyBytes)
            continue;
        needles << form;
        longest = qMax(longest, int(form.size()));
    }
    QFile file(path);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    if (needles.isEmpty())
        return 0;
    // A bit per hashed four-byte prefix turns away almost every position at once; only the
    // rest are compared in full.
    std::vector<bool> filter(size_t(1) << kFilterBits, false);
    QHash<quint32, QList<int>> byKey;
    for (int i = 0; i < needles.size(); ++i) {
        const quint32 key = keyAt(needles.at(i).constData());
        filter[filterSlot(key)] = true;
        byKey[key].append(i);
    }
    qint64 found = 0;
    QByteArray data;
    while (true) {
        const QByteArray more = file.read(kChunkBytes);
        const qsizetype carried = data.size();
        data += more;
        lowerAscii(data.data() + carried, more.size());
        const bool atEnd = more.isEmpty() || file.atEnd();
        // Positions whose longest match could run past the data read so far wait for the next
        // chunk, unless there is none.
        const qsizetype limit = atEnd ? data.size() : data.size() - (longest - 1);
        const char *bytes = data.constData();
        for (qsizetype p = 0; p < limit && p + kKeyBytes <= data.size(); ++p) {
            const quint32 key = keyAt(bytes + p);
            if (!filter[filterSlot(key)])
                continue;
            const auto candidates = byKey.constFind(key);
            if (candidates == byKey.constEnd())
                continue;
            for (int index : *candidates) {
                const QByteArray &needle = needles.at(index);
                if (p + needle.size() <= data.size()
                    && std::memcmp(bytes + p, needle.constData(), size_t(needle.size())) == 0) {
                    ++found;
                    break;
                }
            }
        }
        if (atEnd)
            break;
        data = data.right(qMax<qsizetype>(0, data.size() - limit));
    }
    return found;
}

QList<QByteArray> FileResidue::formsIn(const Database &db, const QList<PersonalTexts> &people)
{
    SqlQuery query(db, QStringLiteral("PRAGMA encoding"));
    const QString encoding = query.scalar().toString();
    QList<QByteArray> forms;
    for (const PersonalTexts &texts : people)
        forms << texts.inBytes(encoding);
    return forms;
}

bool FileResidue::checkpoint(Database &db)
{
    // A server has no write-ahead log file of ours to write back.
    if (db.isReadOnly() || db.dialect().isPostgres())
        return false;
    SqlQuery query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.exec();
    const bool busy = query.next() && query.value(0).toInt() != 0;
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    return !busy && (!wal.exists() || wal.size() == 0);
}

ResidueReport FileResidue::clear(Database &db, const QList<PersonalTexts> &people)
{
    ResidueReport report;
    // Everything below reads, rewrites and searches the SQLite file itself; a server's files
    // are out of reach.
    if (db.dialect().isPostgres()) {
        report.onServer = true;
        return report;
    }
    report.checkpointed = checkpoint(db);
    const QList<QByteArray> forms = formsIn(db, people);
    const QStringList files = { db.path(), db.path() + QStringLiteral("-wal") };
    const auto search = [&] {
        QStringList holding;
        for (const QString &file : files) {
            if (count(file, forms) != 0)
                holding << file;
        }
        return holding;
    };
    report.stillIn = search();
    if (report.stillIn.isEmpty())
        return report;

    // Freed space may still hold them, or current records the same text (someone of the same
    // name): a rebuilt file has no freed space, so what it still holds is current. The
    // rebuild's temporary copy stays in memory, not in a temporary file.
    SqlQuery store(db, QStringLiteral("PRAGMA temp_store"));
    const int tempStore = store.scalar().toInt();
    try {
        execSql(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        execSql(db, QStringLiteral("VACUUM"));
        report.vacuumed = true;
    } catch (const StoreError &) {
        // Reported below through what the search still finds.
    }
    execSql(db, QStringLiteral("PRAGMA temp_store = %1").arg(tempStore));
    report.checkpointed = checkpoint(db);
    report.stillIn = search();
    if (report.stillIn.isEmpty() || !report.vacuumed || !report.checkpointed)
        return report;

    // Whatever is left lies in current records: say which, so a person can look.
    QStringList texts;
    for (const PersonalTexts &person : people)
        texts << person.inText();
    if (texts.size() > 24)
        return report;
    SqlQuery tables(db,
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        SqlQuery columns(db, QStringLiteral("SELECT name FROM pragma_table_info(:t)"));
        columns.bind(QStringLiteral(":t"), table).exec();
        QStringList columnNames;
        while (columns.next())
            columnNames << columns.value(0).toString();
        for (const QString &column : std::as_const(columnNames)) {
            for (const QString &text : std::as_const(texts)) {
                SqlQuery hit(db,
                             QStringLiteral("SELECT 1 FROM \"%1\" WHERE CAST(\"%2\" AS TEXT) "
                                            "LIKE :p ESCAPE '\\' LIMIT 1")
                                 .arg(table, column));
                hit.bind(QStringLiteral(":p"),
                         QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%'));
                if (hit.scalar().isValid()) {
                    report.inCurrentRecords << table + QLatin1Char('.') + column;
                    break;
                }
            }
        }
    }
    return report;
}

} // namespace hubreg
