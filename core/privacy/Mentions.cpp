#include "Mentions.h"

#include "database/Catalogue.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Mentions)
};

// Reference data: it names schools and programmes, not the people we hold.
const QSet<QString> kReferenceTables = {
    QStringLiteral("tombstones"),     QStringLiteral("school_links"),
    QStringLiteral("programmes"),     QStringLiteral("hub_local_authorities"),
    QStringLiteral("academic_years"), QStringLiteral("half_terms"),
};

// The audit trail: an erasure takes people out of it itself, keeping which fields changed
// (AuditTrail::erase).
const QSet<QString> kTrailTables = {
    QStringLiteral("audit_log"),
    QStringLiteral("audit_pauses"),
};

// Tables where only some columns are typed freely; the rest are someone's own details or
// come from GIAS.
const QHash<QString, QSet<QString>> kOnlyColumns = {
    { QStringLiteral("people"), { QStringLiteral("notes") } },
    { QStringLiteral("schools"), { QStringLiteral("notes"), QStringLiteral("barrier") } },
    { QStringLiteral("settings"), { QStringLiteral("value") } },
};

bool holdsText(const QString &column, const QString &declaredType)
{
    static const QRegularExpression stamp(QStringLiteral("(_at|_on|_date|_time)$"));
    if (column == QLatin1String("uuid") || stamp.match(column).hasMatch())
        return false;
    const QString type = declaredType.toUpper();
    // SQLite's affinity rules: INT anywhere means integer; REAL, FLOA, DOUB real; BLOB blob.
    return !(type.contains(QLatin1String("INT")) || type.contains(QLatin1String("REAL"))
             || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB"))
             || type.contains(QLatin1String("BLOB")) || type.contains(QLatin1String("NUM"))
             || type.contains(QLatin1String("BOOL")));
}

QString keyCondition(const TextColumn &column)
{
    QStringList parts;
    for (int i = 0; i < column.key.size(); ++i)
        parts << QStringLiteral("%1 = :k%2").arg(catalogue::quoted(column.key.at(i))).arg(i);
    return parts.join(QStringLiteral(" AND "));
}

// A LIKE pattern that every match of `text` also matches (runs of spaces become %), so SQL
// passes only the rows worth a closer look.
QString likePattern(const QString &text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '));
    for (QString &word : words)
        word = likeEscaped(word);
    return QLatin1Char('%') + words.join(QLatin1Char('%')) + QLatin1Char('%');
}

// Above this many texts the rows are read whole: a LIKE per text would cost more.
constexpr int kMostPrefilterTexts = 24;

QString scalarText(const Database &db, const QString &sql, const QVariantList &values)
{
    SqlQuery query(db, sql);
    for (int i = 0; i < values.size(); ++i)
        query.bind(QStringLiteral(":v%1").arg(i), values.at(i));
    return query.scalar().toString();
}

} // namespace

bool Mention::isSubstituteName() const
{
    return where.table == QLatin1String("attendance_marks")
        && where.column == QLatin1String("substitute_name");
}

QList<TextColumn> Mentions::textColumns(const Database &db)
{
    QList<TextColumn> columns;
    const QStringList found = catalogue::tables(db);
    SqlQuery info(db, db.dialect().columnsSql());
    for (const QString &table : std::as_const(found)) {
        if (kReferenceTables.contains(table) || kTrailTables.contains(table))
            continue;
        info.bind(QStringLiteral(":table"), table).exec();
        QStringList primaryKey;
        QList<QPair<QString, QString>> typed;
        bool hasUpdatedAt = false;
        bool hasVersion = false;
        while (info.next()) {
            const QString name = info.value(QStringLiteral("name")).toString();
            typed.append({ name, info.value(QStringLiteral("type")).toString() });
            if (info.value(QStringLiteral("pk")).toInt() > 0)
                primaryKey << name;
            hasUpdatedAt = hasUpdatedAt || name == QLatin1String("updated_at");
            hasVersion = hasVersion || name == QLatin1String("version");
        }
        info.finish();
        const auto only = kOnlyColumns.constFind(table);
        for (const auto &[name, type] : std::as_const(typed)) {
            if (only != kOnlyColumns.constEnd() && !only->contains(name))
                continue;
            if (primaryKey.contains(name) || !holdsText(name, type))
                continue;
            // Rows are found again by the primary key (the id of most tables). Text in a table
            // without one could not be written back safely, so it is refused, not passed over.
            if (primaryKey.isEmpty())
                throw StoreError(StoreError::Kind::Invalid,
                                 Tr::tr("The table “%1” has no primary key, so the texts in it "
                                        "cannot be looked through.")
                                     .arg(table));
            columns.append({ table, name, primaryKey, hasUpdatedAt, hasVersion });
        }
    }
    return columns;
}

QList<Mention> Mentions::find(const TextMatcher &matcher, const QSet<RecordId> &ownRecords) const
{
    QList<Mention> mentions;
    if (matcher.isEmpty())
        return mentions;
    const QStringList texts = matcher.texts();
    const bool prefilter = texts.size() <= kMostPrefilterTexts;
    for (const TextColumn &column : textColumns(m_db)) {
        QStringList keyNames;
        for (const QString &key : column.key)
            keyNames << catalogue::quoted(key);
        // Whose own record the row is: their own rows are cleared by the erasure itself.
        QString owner = QStringLiteral("NULL");
        if (column.table == QLatin1String("people"))
            owner = QStringLiteral("id");
        else if (column.table == QLatin1String("work_group_participants"))
            owner = QStringLiteral("person_id");
        else if (column.table == QLatin1String("attendance_marks"))
            owner = QStringLiteral("(SELECT person_id FROM work_group_participants WHERE id = "
                                   "participant_id)");
        QString sql
            = QStringLiteral("SELECT %1, %2, %4 FROM %3 WHERE %2 <> ''")
                  .arg(keyNames.join(QStringLiteral(", ")), catalogue::quoted(column.column),
                       catalogue::quoted(column.table), owner);
        if (prefilter) {
            QStringList likes;
            for (int i = 0; i < texts.size(); ++i)
                likes << QStringLiteral("%1 %2 :t%3 ESCAPE '\\'")
                             .arg(catalogue::quoted(column.column),
                                  m_db.dialect().likeIgnoringCase())
                             .arg(i);
            sql += QStringLiteral(" AND (") + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        SqlQuery query(m_db, sql);
        if (prefilter) {
            for (int i = 0; i < texts.size(); ++i)
                query.bind(QStringLiteral(":t%1").arg(i), likePattern(texts.at(i)));
        }
        query.exec();
        const int keys = int(column.key.size());
        while (query.next()) {
            const QVariant ownerId = query.value(keys + 1);
            if (!ownerId.isNull() && ownRecords.contains(ownerId.toLongLong()))
                continue;
            const QString text = query.value(keys).toString();
            const QList<TextMatcher::Match> matches = matcher.find(text);
            if (matches.isEmpty())
                continue;
            Mention mention;
            mention.where = column;
            for (int i = 0; i < keys; ++i)
                mention.key << query.value(i);
            mention.text = text;
            for (const TextMatcher::Match &match : matches)
                mention.owners.insert(match.owner);
            mentions << mention;
        }
    }
    return mentions;
}

QSet<Entity> Mentions::replace(const QList<Mention> &mentions, const TextMatcher &matcher,
                               const std::function<QString(int owner)> &replacement,
                               const QDateTime &nowUtc) const
{
    static const QHash<QString, Entity> kEntities = {
        { QStringLiteral("hubs"), Entity::Hub },
        { QStringLiteral("schools"), Entity::School },
        { QStringLiteral("people"), Entity::Person },
        { QStringLiteral("work_groups"), Entity::WorkGroup },
        { QStringLiteral("work_group_schools"), Entity::SchoolEnrolment },
        { QStringLiteral("work_group_participants"), Entity::ParticipantEnrolment },
        { QStringLiteral("sessions"), Entity::Session },
        { QStringLiteral("attendance_marks"), Entity::AttendanceMark },
    };
    QSet<Entity> changed;
    for (const Mention &mention : mentions) {
        const TextColumn &column = mention.where;
        QString sql = QStringLiteral("UPDATE %1 SET %2 = :text")
                          .arg(catalogue::quoted(column.table), catalogue::quoted(column.column));
        if (column.hasUpdatedAt)
            sql += QStringLiteral(", updated_at = :now");
        if (column.hasVersion) // a record's: the change is counted, so no form writes over it
            sql += QStringLiteral(", version = version + 1");
        sql += QStringLiteral(" WHERE ") + keyCondition(column);
        SqlQuery update(m_db, sql);
        update.bind(QStringLiteral(":text"), matcher.replaced(mention.text, replacement));
        if (column.hasUpdatedAt)
            update.bind(QStringLiteral(":now"), Clock::timestamp(nowUtc));
        for (int i = 0; i < mention.key.size(); ++i)
            update.bind(QStringLiteral(":k%1").arg(i), mention.key.at(i));
        update.exec();
        changed.insert(kEntities.value(column.table, Entity::Setting));
    }
    return changed;
}

QString Mentions::describe(const Mention &mention) const
{
    const QString table = mention.where.table;
    const QString column = mention.where.column;
    const QVariantList key = mention.key;
    const auto workGroupOf
        = [this](const QString &sql, const QVariant &id) { return scalarText(m_db, sql, { id }); };
    if (table == QLatin1String("attendance_marks")) {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT s.number, w.code FROM attendance_marks m JOIN "
                                      "sessions s ON s.id = m.session_id JOIN work_groups w "
                                      "ON w.id = s.work_group_id WHERE m.id = :v0"));
        query.bind(QStringLiteral(":v0"), key.value(0)).exec();
        const QString session = query.next() ? Tr::tr("session %1 of Work Group %2")
                                                   .arg(query.value(0).toInt())
                                                   .arg(query.value(1).toString())
                                             : QString();
        if (column == QLatin1String("substitute_name"))
            return Tr::tr("the substitute named on a colleague's mark, %1").arg(session);
        if (column == QLatin1String("recorded_by"))
            return Tr::tr("who recorded a mark, %1").arg(session);
        if (column == QLatin1String("note"))
            return Tr::tr("the note on a mark, %1").arg(session);
        return Tr::tr("a mark (%1), %2").arg(column, session);
    }
    if (table == QLatin1String("work_groups"))
        return Tr::tr("the %1 of Work Group %2")
            .arg(column == QLatin1String("title") ? Tr::tr("title") : Tr::tr("notes"),
                 workGroupOf(QStringLiteral("SELECT code FROM work_groups WHERE id = :v0"),
                             key.value(0)));
    if (table == QLatin1String("sessions")) {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT s.number, w.code FROM sessions s JOIN "
                                      "work_groups w ON w.id = s.work_group_id WHERE "
                                      "s.id = :v0"));
        query.bind(QStringLiteral(":v0"), key.value(0)).exec();
        const bool found = query.next();
        return Tr::tr("the %1 of session %2 of Work Group %3")
            .arg(column, found ? query.value(0).toString() : QString(),
                 found ? query.value(1).toString() : QString());
    }
    if (table == QLatin1String("work_group_schools"))
        return Tr::tr("a school's place in Work Group %1 (%2)")
            .arg(workGroupOf(QStringLiteral("SELECT w.code FROM work_group_schools e JOIN "
                                            "work_groups w ON w.id = e.work_group_id WHERE "
                                            "e.id = :v0"),
                             key.value(0)),
                 column == QLatin1String("eligibility_override") ? Tr::tr("reason for enrolling")
                                                                 : column);
    if (table == QLatin1String("work_group_participants"))
        return Tr::tr("another participant's place in Work Group %1")
            .arg(workGroupOf(QStringLiteral("SELECT w.code FROM work_group_participants p JOIN "
                                            "work_groups w ON w.id = p.work_group_id WHERE "
                                            "p.id = :v0"),
                             key.value(0)));
    if (table == QLatin1String("people"))
        return Tr::tr("the notes on another person's record");
    if (table == QLatin1String("schools"))
        return Tr::tr("the %1 of the school %2")
            .arg(column,
                 workGroupOf(QStringLiteral("SELECT name FROM schools WHERE id = :v0"),
                             key.value(0)));
    if (table == QLatin1String("hubs"))
        return Tr::tr("the hub's %1")
            .arg(QString(column).replace(QLatin1Char('_'), QLatin1Char(' ')));
    if (table == QLatin1String("settings"))
        return Tr::tr("the setting “%1”").arg(key.value(0).toString());
    if (table == QLatin1String("import_mappings") || table == QLatin1String("export_templates")) {
        const QString name = workGroupOf(
            QStringLiteral("SELECT name FROM %1 WHERE id = :v0").arg(catalogue::quoted(table)),
            key.value(0));
        return table == QLatin1String("import_mappings")
            ? Tr::tr("the saved import mapping “%1”").arg(name)
            : Tr::tr("the saved export template “%1”").arg(name);
    }
    return Tr::tr("%1 of a record in “%2”")
        .arg(QString(column).replace(QLatin1Char('_'), QLatin1Char(' ')), table);
}

} // namespace hubreg
