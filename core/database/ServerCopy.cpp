#include "ServerCopy.h"

#include "CopyRows.h"
#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace hubreg::servercopy {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ServerCopy)
};

// libpq takes a COPY's data in parts of at most INT_MAX bytes; smaller parts go out sooner.
constexpr qsizetype kPart = 1 << 20;

// The connection of Qt's PostgreSQL driver, which hands it out as documented for QSqlDriver.
PGconn *connectionOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt 6 names the type as the compiler sees it (libpq's struct), Qt 5 by its typedef.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The server's error as Qt's driver would have given it: the message, and its SQLSTATE where
// the server sent one (none when the connection failed).
QSqlError errorOf(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result && *PQresultErrorMessage(result) ? PQresultErrorMessage(result)
                                                                  : PQerrorMessage(connection);
    return QSqlError(QStringLiteral("QPSQL: COPY"), QString::fromUtf8(message),
                     QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
}

} // namespace

void send(const Database &db, const QString &table, const QStringList &columns,
          const CopyRows &rows, const QString &shownAs)
{
    if (rows.rows() == 0)
        return;
    if (db.isConnectionLost())
        throw db.connectionLostError();
    PGconn *const connection = connectionOf(db);
    if (!connection)
        throw StoreError(StoreError::Kind::Internal,
                         Tr::tr("The database's connection cannot send rows with COPY."));
    const auto fail = [&](PGresult *result) {
        const QSqlError error = errorOf(connection, result);
        PQclear(result);
        // Whatever the COPY left unread goes, so the driver finds the connection idle.
        while (PGresult *rest = PQgetResult(connection))
            PQclear(rest);
        db.noteQueryFailure(error);
        throw SqlQuery::translate(error, shownAs, db.dialect());
    };

    const QByteArray statement = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                     .arg(table, columns.join(QStringLiteral(", ")))
                                     .toUtf8();
    // PQexec() first drops any rows a query of the driver's left unread, as the driver does.
    PGresult *started = PQexec(connection, statement.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        fail(started);
    PQclear(started);

    const QByteArray &bytes = rows.bytes();
    bool sent = true;
    for (qsizetype at = 0; sent && at < bytes.size(); at += kPart)
        sent
            = PQputCopyData(connection, bytes.constData() + at, int(qMin(kPart, bytes.size() - at)))
            == 1;
    // Told of a failure to send, the server refuses the whole COPY.
    if (PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent") != 1 || !sent)
        fail(PQgetResult(connection));

    PGresult *finished = PQgetResult(connection);
    if (PQresultStatus(finished) != PGRES_COMMAND_OK)
        fail(finished);
    const qint64 copied = QByteArray(PQcmdTuples(finished)).toLongLong();
    PQclear(finished);
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    // Each row is one line: a line end left unescaped would show here, not as rows made up.
    if (copied != rows.rows())
        throw StoreError(StoreError::Kind::Internal,
                         Tr::tr("The server took %1 rows of %2 sent (in: %3)")
                             .arg(copied)
                             .arg(rows.rows())
                             .arg(shownAs));
}

} // namespace hubreg::servercopy
