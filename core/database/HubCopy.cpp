#include "HubCopy.h"

#include "Catalogue.h"
#include "Clock.h"
#include "Database.h"
#include "FileSafety.h"
#include "ServerAddress.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Transaction.h"
#include "history/AuditTrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>

#include <algorithm>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubCopy)
};

// One value as text both backends give alike: SQLite's and PostgreSQL's drivers return the
// same number as int, qlonglong or double, and bytes as bytes.
void appendCanonical(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        out += "x" + value.toByteArray().toHex();
        break;
    case QMetaType::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        break;
    default:
        out += value.toString().toUtf8();
        break;
    }
}

// The checksum of one table, row by row in whatever order the rows come.
class TableChecksum
{
public:
    TableChecksum(const QString &table, const QStringList &columns)
        : m_table(table)
        , m_columns(columns)
    { }

    void addRow(const SqlQuery &row)
    {
        m_text.clear();
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i)
                m_text += '\x1f';
            appendCanonical(m_text, row.value(i));
        }
        m_rowHashes << QCryptographicHash::hash(m_text, QCryptographicHash::Sha256);
    }

    HubCopy::Table result()
    {
        std::sort(m_rowHashes.begin(), m_rowHashes.end());
        QCryptographicHash whole(QCryptographicHash::Sha256);
        whole.addData(m_columns.join(QLatin1Char(',')).toUtf8());
        for (const QByteArray &hash : std::as_const(m_rowHashes))
            whole.addData(hash);
        return { m_table, qint64(m_rowHashes.size()), whole.result() };
    }

private:
    QString m_table;
    QStringList m_columns;
    QByteArray m_text;
    QList<QByteArray> m_rowHashes;
};

HubCopy::Table fingerprintOf(const Database &db, const QString &table)
{
    const QStringList columns = catalogue::columns(db, table);
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << catalogue::quoted(column);
    SqlQuery rows(db,
                  QStringLiteral("SELECT %1 FROM %2")
                      .arg(quotedColumns.join(QLatin1String(", ")), catalogue::quoted(table)));
    rows.exec();
    TableChecksum checksum(table, columns);
    while (rows.next())
        checksum.addRow(rows);
    return checksum.result();
}

qint64 rowCount(const Database &db, const QString &table)
{
    SqlQuery count(db, QStringLiteral("SELECT count(*) FROM %1").arg(catalogue::quoted(table)));
    return count.scalar().toLongLong();
}

void checkSameTables(const Database &source, const Database &target)
{
    if (source.schemaVersion() != target.schemaVersion())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("The source is at schema %1 and the target at %2; both must be "
                                "at the same version to copy.")
                             .arg(source.schemaVersion())
                             .arg(target.schemaVersion()));
    const QStringList from = catalogue::tables(source);
    const QStringList to = catalogue::tables(target);
    for (const QString &table : from) {
        if (!to.contains(table))
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("The target has no table “%1”.").arg(table));
        if (catalogue::columns(source, table) != catalogue::columns(target, table))
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("The table “%1” has different columns in the source and the "
                                    "target.")
                                 .arg(table));
    }
}

// The copy's own pause of the trail (AuditTrail::Pause), ended before the copy is proved.
const QString kAuditPauses = QStringLiteral("audit_pauses");

void clearTarget(Database &target, const QStringList &parentsFirst)
{
    // Children first, so no reference is left dangling; the tombstones those deletes write
    // go last, as the copy brings the source's own.
    for (auto it = parentsFirst.crbegin(); it != parentsFirst.crend(); ++it)
        if (*it != QLatin1String("tombstones") && *it != kAuditPauses)
            execSql(target, QStringLiteral("DELETE FROM %1").arg(catalogue::quoted(*it)));
    if (parentsFirst.contains(QLatin1String("tombstones")))
        execSql(target, QStringLiteral("DELETE FROM tombstones"));
}

// A session cancelled after its register was taken keeps its marks, but the schema refuses a
// mark for a cancelled session: such sessions go in as planned, and are cancelled again once
// their marks are in (cancelAgain).
const QString kSessions = QStringLiteral("sessions");
const QString kCancelled = QStringLiteral("cancelled");

void cancelAgain(Database &target, const QList<qint64> &sessionIds)
{
    SqlQuery cancel(target,
                    QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE id = :id"));
    for (const qint64 id : sessionIds)
        cancel.bind(QStringLiteral(":id"), id).exec();
}

// Copies `table` and returns the source's checksum of it, taken from the rows as they are
// copied, so the source is read once.
HubCopy::Table copyTable(const Database &source, Database &target, const QString &table,
                         qint64 &done, qint64 total, const HubCopy::Progress &progress,
                         QList<qint64> &cancelledSessions)
{
    const QStringList columns = catalogue::columns(source, table);
    QStringList quotedColumns;
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i) {
        quotedColumns << catalogue::quoted(columns.at(i));
        placeholders << QStringLiteral(":v%1").arg(i);
    }
    const QString list = quotedColumns.join(QLatin1String(", "));
    SqlQuery rows(source, QStringLiteral("SELECT %1 FROM %2").arg(list, catalogue::quoted(table)));
    SqlQuery insert(
        target,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(catalogue::quoted(table), list, placeholders.join(QLatin1String(", "))));
    const int status = table == kSessions ? int(columns.indexOf(QLatin1String("status"))) : -1;
    const int id = int(columns.indexOf(QLatin1String("id")));
    rows.exec();
    TableChecksum checksum(table, columns);
    while (rows.next()) {
        checksum.addRow(rows);
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = rows.value(i);
            if (i == status && value.toString() == kCancelled) {
                cancelledSessions << rows.value(id).toLongLong();
                value = QStringLiteral("planned");
            }
            // The driver gives NULL as a null text, which SqlQuery::bind would store as ''.
            insert.bind(placeholders.at(i), value.isNull() ? QVariant() : value);
        }
        insert.exec();
        ++done;
        if (progress && done % 500 == 0 && !progress(done, total))
            throw StoreError(StoreError::Kind::Invalid,
                             Tr::tr("The copy was cancelled; nothing "
                                    "was kept."));
    }
    if (target.isServer() && catalogue::hasNumberedId(target, table))
        // The next record made on the server must not take a copied record's id.
        execSql(target,
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                               "coalesce((SELECT max(id) FROM %2), 0) + 1, false)")
                    .arg(table, catalogue::quoted(table)));
    return checksum.result();
}

} // namespace

QList<HubCopy::Table> HubCopy::fingerprint(const Database &db)
{
    QList<Table> tables;
    for (const QString &table : catalogue::tables(db))
        tables << fingerprintOf(db, table);
    return tables;
}

QList<HubCopy::Table> HubCopy::copy(const Database &source, Database &target,
                                    const Progress &progress)
{
    if (!target.isNew())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("%1 already holds a hub; a copy goes only into a new file or an "
                                "empty database, so that nothing is overwritten.")
                             .arg(target.displayName()));
    checkSameTables(source, target);
    const QStringList order = catalogue::tablesParentsFirst(source);
    qint64 total = 0;
    for (const QString &table : order)
        total += rowCount(source, table);

    Transaction transaction(target);
    // The source's trail comes with the copy; the copy's own writes are no change to record.
    AuditTrail::Pause pause(target, QStringLiteral("hub copy"));
    clearTarget(target, order);
    qint64 done = 0;
    QList<qint64> cancelledSessions;
    QList<Table> expected;
    for (const QString &table : order)
        expected << copyTable(source, target, table, done, total, progress, cancelledSessions);
    std::sort(expected.begin(), expected.end(),
              [](const Table &a, const Table &b) { return a.name < b.name; });
    cancelAgain(target, cancelledSessions);
    pause.end();
    if (target.isServer()) {
        // A server plans its queries from statistics that a bulk load leaves stale until its
        // own analysis comes round: without them, the first return exported from a copied
        // national hub ran for over ten minutes instead of under one.
        for (const QString &table : order)
            execSql(target, QStringLiteral("ANALYZE %1").arg(catalogue::quoted(table)));
    }
    // Proved before it is kept: every table's count and checksum as in the source.
    const QList<Table> found = fingerprint(target);
    for (const Table &table : expected) {
        const auto match = std::find_if(found.cbegin(), found.cend(),
                                        [&](const Table &t) { return t.name == table.name; });
        if (match == found.cend() || match->rows != table.rows || match->checksum != table.checksum)
            throw StoreError(StoreError::Kind::Internal,
                             Tr::tr("The copy of the table “%1” does not match the source (%2 "
                                    "rows there, %3 in the copy); nothing was kept.")
                                 .arg(table.name)
                                 .arg(table.rows)
                                 .arg(match == found.cend() ? 0 : match->rows));
    }
    transaction.commit();
    if (progress)
        progress(total, total);
    return expected;
}

QString HubCopy::serverBackupPath(const Database &db)
{
    const QDir folder(QFileInfo(Database::defaultPath())
                          .absoluteDir()
                          .filePath(QStringLiteral("server-backups")));
    if (!folder.exists())
        QDir().mkpath(folder.absolutePath());
    const QString database
        = db.path().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    return folder.filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(database, db.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QList<HubCopy::Table> HubCopy::copyTo(const Database &source, const QString &location,
                                      const Progress &progress)
{
    if (ServerAddress::isServerAddress(location)) {
        // The hub's schema is set up in the copy's own transaction: a copy cancelled, failed
        // or killed half-way leaves the database empty, so the next copy can go into it.
        QList<Table> tables;
        Database::setUpServerHub(
            location, [&](Database &target) { tables = copy(source, target, progress); });
        return tables;
    }
    const QFileInfo info(location);
    if (info.exists() || info.isSymLink())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("“%1” already exists; a copy is written only to a new file, so "
                                "nothing is overwritten.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    if (!info.absoluteDir().exists())
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The folder “%1” does not exist.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    // A copy killed half-way leaves personal data under a working name; the next copy into
    // that folder removes it.
    filesafety::removeAbandoned(info.absolutePath(), QStringLiteral("copying"));
    const QString working
        = filesafety::workingName(info.absoluteFilePath(), QStringLiteral("copying"));
    auto removeWorking = [&working] {
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
            QFile::remove(working + suffix);
    };
    QList<Table> tables;
    try {
        auto target = Database::open(working);
        tables = copy(source, *target, progress);
        target->checkpoint();
    } catch (...) {
        removeWorking();
        throw;
    }
    if (!QFile::rename(working, info.absoluteFilePath())) {
        removeWorking();
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The verified copy could not be given the name “%1” (did "
                                "something make that file meanwhile?); nothing was kept.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    removeWorking();
    return tables;
}

} // namespace hubreg
