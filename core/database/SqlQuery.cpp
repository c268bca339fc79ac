#include "SqlQuery.h"

#include "Database.h"
#include "ServerLink.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTime>

#include <cstring>

namespace hubreg {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SqlQuery)
};

// The server's message without libpq's "ERROR:" and its detail lines; trigger messages are
// written for people already.
QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String prefix : { QLatin1String("ERROR:"), QLatin1String("FATAL:") })
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    return text.isEmpty() ? error.text() : text;
}

// PostgreSQL names each error by a five-character SQLSTATE; its class (the first two) says
// enough for the kinds people act on.
StoreError translateServerError(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    const QString text = serverMessage(error);
    using Kind = StoreError::Kind;
    if (state == QLatin1String("23505"))
        return StoreError(Kind::Duplicate, Tr::tr("That value is already used: %1").arg(text));
    if (state == QLatin1String("23503"))
        return StoreError(Kind::InUse,
                          Tr::tr("Other records depend on this one, or it refers to a record "
                                 "that does not exist (%1).")
                              .arg(text));
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("P0001"))
        return StoreError(Kind::Invalid, text);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return StoreError(Kind::Locked,
                          Tr::tr("Someone else was changing the same records at that moment; "
                                 "nothing was saved. Try again."));
    if (state == QLatin1String("25006"))
        return StoreError(Kind::ReadOnly, Tr::tr("The hub is open read-only: %1").arg(text));
    if (state == QLatin1String("42501"))
        return StoreError(Kind::ReadOnly,
                          Tr::tr("The server does not allow this to your user: %1").arg(text));
    if (state == QLatin1String("53100"))
        return StoreError(Kind::Io, Tr::tr("The server's disk is full: nothing was saved."));
    if (ServerLink::isConnectionFailure(error))
        return StoreError(Kind::Io, Tr::tr("The connection to the server failed: %1").arg(text));
    return StoreError(Kind::Internal,
                      Tr::tr("The database reported an error: %1 (in: %2)")
                          .arg(text, context.simplified().left(120)));
}

} // namespace

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    if (db.isConnectionLost())
        throw db.connectionLostError();
    if (!m_query.prepare(sql)) {
        db.noteQueryFailure(m_query.lastError());
        throw translate(m_query.lastError(), sql, db.dialect());
    }
}

qint64 SqlQuery::lastInsertId() const
{
    if (!m_db.dialect().isPostgres())
        return m_query.lastInsertId().toLongLong();
    // The driver's own answer is a row's OID, which our tables lack. The identity this
    // connection drew last for the table inserted into is the row just inserted; lastval()
    // alone would be the audit trail's, whose trigger inserts after the row.
    static const QRegularExpression insertInto(
        QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\"?[A-Za-z0-9_]+\"?)"),
        QRegularExpression::CaseInsensitiveOption);
    QSqlQuery last(m_db.connection());
    const auto match = insertInto.match(m_sql);
    // The name is letters, digits and underscores (the pattern), safe to write into the text:
    // one round trip, as lastval() was.
    const bool ok = last.exec(
        match.hasMatch() ? QStringLiteral("SELECT currval(pg_get_serial_sequence('%1', 'id'))")
                               .arg(match.captured(1))
                         : QStringLiteral("SELECT lastval()"));
    if (!ok || !last.next())
        throw translate(last.lastError(), QStringLiteral("lastval()"), m_db.dialect());
    return last.value(0).toLongLong();
}

SqlQuery::Bound &SqlQuery::bound(const QString &placeholder)
{
    const qsizetype count = m_bound.size();
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype i = (m_nextBound + k) % count;
        // Most placeholders are literals, the same text each time: their address says.
        const QString &name = m_bound.at(i).placeholder;
        if ((name.constData() == placeholder.constData() && name.size() == placeholder.size())
            || name == placeholder) {
            m_nextBound = i + 1;
            return m_bound[i];
        }
    }
    m_bound.append({ placeholder, {}, {}, false, false });
    m_nextBound = m_bound.size();
    return m_bound.last();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would be stored as NULL; text columns hold '' for "nothing entered".
    // Looked at in place: a copy of the text would cost two atomic counts per bound value.
    const bool nullText = value.typeId() == QMetaType::QString
        && static_cast<const QString *>(value.constData())->isNull();
    const QVariant &given = nullText ? QVariant(QStringLiteral("")) : value;
    Bound &last = bound(placeholder);
    if (last.isValue && last.value.metaType() == given.metaType() && last.value == given)
        return *this;
    last.value = given;
    last.isValue = true;
    last.isUtf8 = false;
    last.utf8.clear();
    m_query.bindValue(placeholder, given);
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &placeholder, QStringView text)
{
    if (!m_db.dialect().bindsUtf8Text())
        return bind(placeholder, text.isEmpty() ? QStringLiteral("") : text.toString());
    // Encoded into room for the longest UTF-8 of `text`, which only ever grows.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    if (const qsizetype room = encoder.requiredSpace(text.size()); m_encoded.size() < room)
        m_encoded.resize(room);
    char *const start = m_encoded.data();
    const QByteArrayView utf8(start, encoder.appendToBuffer(start, text) - start);
    Bound &last = bound(placeholder);
    if (last.isUtf8 && QByteArrayView(last.utf8) == utf8)
        return *this;
    // Copied into the entry's own bytes, which keep their room from one value to the next.
    last.utf8.resize(utf8.size());
    if (!utf8.isEmpty())
        memcpy(last.utf8.data(), utf8.data(), size_t(utf8.size()));
    last.isUtf8 = true;
    last.isValue = false;
    last.value.clear();
    // The driver binds a QByteArray's bytes without a copy: they stay in `last` until this
    // placeholder is bound again. Empty text is empty bytes, not a null array (NULL).
    static const char nothing = 0;
    m_query.bindValue(
        placeholder,
        QByteArray::fromRawData(last.utf8.isEmpty() ? &nothing : last.utf8.constData(),
                                last.utf8.size()));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    m_query.setForwardOnly(true);
    if (m_db.isConnectionLost())
        throw m_db.connectionLostError();
    if (!m_query.exec()) {
        m_db.noteQueryFailure(m_query.lastError());
        throw translate(m_query.lastError(), m_sql, m_db.dialect());
    }
    return *this;
}

int SqlQuery::column(QAnyStringView name) const
{
    if (m_columnNames.isEmpty()) {
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i)
            m_columnNames << record.fieldName(i);
    }
    int found = -1;
    for (int i = 0; i < m_columnNames.size(); ++i) {
        if (QAnyStringView::compare(m_columnNames.at(i), name, Qt::CaseInsensitive) != 0)
            continue;
        if (found >= 0)
            throw StoreError(StoreError::Kind::Internal,
                             Tr::tr("The database's answer has two columns named %1 (in: %2)")
                                 .arg(name.toString(), m_sql.simplified().left(120)));
        found = i;
    }
    if (found < 0)
        throw StoreError(StoreError::Kind::Internal,
                         Tr::tr("The database's answer has no column named %1 (in: %2)")
                             .arg(name.toString(), m_sql.simplified().left(120)));
    return found;
}

int SqlQuery::column(const char *name, qsizetype size) const
{
    // Each row's columns are read in the same order: the name after the one read last is tried
    // first, so a read usually costs one comparison.
    const qsizetype count = m_columnsByLiteral.size();
    for (qsizetype i = m_nextLiteral; i < count; ++i) {
        if (m_columnsByLiteral.at(i).first == name) {
            m_nextLiteral = i + 1;
            return m_columnsByLiteral.at(i).second;
        }
    }
    for (qsizetype i = 0; i < m_nextLiteral && i < count; ++i) {
        if (m_columnsByLiteral.at(i).first == name) {
            m_nextLiteral = i + 1;
            return m_columnsByLiteral.at(i).second;
        }
    }
    const int found = column(QLatin1String(name, size));
    m_columnsByLiteral.append({ name, found });
    m_nextLiteral = m_columnsByLiteral.size();
    return found;
}

QVariant SqlQuery::scalar()
{
    exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
    // Finishing releases SQLite's read lock at once, as a pending statement would hold it.
    m_query.finish();
    return value;
}

StoreError SqlQuery::translate(const QSqlError &error, const QString &context,
                               const SqlDialect &dialect)
{
    if (dialect.isPostgres())
        return translateServerError(error, context);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText();
    using Kind = StoreError::Kind;

    if (code == kSqliteConstraint || text.contains(QLatin1String("constraint failed"))) {
        if (text.contains(QLatin1String("UNIQUE")))
            return StoreError(Kind::Duplicate, Tr::tr("That value is already used: %1").arg(text));
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return StoreError(Kind::InUse,
                              Tr::tr("Other records depend on this one, or it refers to a record "
                                     "that does not exist (%1).")
                                  .arg(text));
        // Trigger messages (RAISE) are written for people already.
        return StoreError(Kind::Invalid, text);
    }
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreError(
            Kind::Locked,
            Tr::tr("The database is busy in another program; try again in a moment."));
    case kSqliteReadOnly:
        return StoreError(
            Kind::ReadOnly,
            Tr::tr("The database cannot be written: it is open read-only, or the file "
                   "or its folder is not writable."));
    case kSqliteFull:
        return StoreError(Kind::Io,
                          Tr::tr("The disk is full: nothing was saved. Free some space "
                                 "and try again."));
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return StoreError(Kind::Io, Tr::tr("The disk reported an error: %1").arg(text));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return StoreError(Kind::Corrupt, Tr::tr("The database file is damaged: %1").arg(text));
    default:
        break;
    }
    return StoreError(Kind::Internal,
                      Tr::tr("The database reported an error: %1 (in: %2)")
                          .arg(error.text(), context.simplified().left(120)));
}

void execSql(const Database &db, const QString &sql)
{
    execSql(db, sql, sql);
}

void execSql(const Database &db, const QString &sql, const QString &shownAs)
{
    if (db.isConnectionLost())
        throw db.connectionLostError();
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        db.noteQueryFailure(query.lastError());
        throw SqlQuery::translate(query.lastError(), shownAs, db.dialect());
    }
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullableTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    // Read by hand: QTime::fromString with a format runs a general parser, a tenth of the time
    // of a national sessions return.
    const QString text = value.toString();
    auto digit = [&](int i) { return text.at(i).unicode() - u'0'; };
    auto isDigit = [&](int i) { return text.at(i) >= u'0' && text.at(i) <= u'9'; };
    if (text.size() != 5 || text.at(2) != u':' || !isDigit(0) || !isDigit(1) || !isDigit(3)
        || !isDigit(4))
        return {};
    return QTime(digit(0) * 10 + digit(1), digit(3) * 10 + digit(4)); // invalid past 23:59
}

} // namespace hubreg
