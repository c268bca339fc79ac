#include "AuditTrail.h"

#include "csv/CsvWriter.h"
#include "database/Catalogue.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "privacy/PersonalTexts.h"
#include "privacy/PrivateFile.h"
#include "privacy/Retention.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::AuditTrail)
};

AuditEntry::Action actionFrom(const QString &text)
{
    if (text == QLatin1String("insert"))
        return AuditEntry::Action::Insert;
    if (text == QLatin1String("delete"))
        return AuditEntry::Action::Delete;
    if (text == QLatin1String("import"))
        return AuditEntry::Action::Import;
    return AuditEntry::Action::Update;
}

QList<AuditFieldChange> changesFrom(const QString &json)
{
    QList<AuditFieldChange> changes;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        AuditFieldChange change;
        change.field = it.key();
        const QJsonArray pair = it.value().toArray();
        if (pair.size() == 2) {
            change.before = pair.at(0);
            change.after = pair.at(1);
        } else if (it.value().isArray()) {
            change.erased = true;
        } else {
            change.after = it.value();
        }
        changes << change;
    }
    return changes;
}

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Tr::tr("(none)");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    const QString text = value.toString();
    return text.isEmpty() ? Tr::tr("(empty)") : text;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The ids of the records that hold a person: their own, their places in Work Groups and the
// marks of those places.
QList<QPair<QString, QList<RecordId>>> recordsOf(Database &db, const QList<RecordId> &people)
{
    QList<RecordId> places;
    QList<RecordId> marks;
    SqlQuery placesOf(
        db, QStringLiteral("SELECT id FROM work_group_participants WHERE person_id = :id"));
    SqlQuery marksOf(db,
                     QStringLiteral("SELECT m.id FROM attendance_marks m JOIN "
                                    "work_group_participants p ON p.id = m.participant_id "
                                    "WHERE p.person_id = :id"));
    for (RecordId person : people) {
        placesOf.bind(QStringLiteral(":id"), person).exec();
        while (placesOf.next())
            places << placesOf.value(0).toLongLong();
        marksOf.bind(QStringLiteral(":id"), person).exec();
        while (marksOf.next())
            marks << marksOf.value(0).toLongLong();
    }
    return { { QStringLiteral("people"), people },
             { QStringLiteral("work_group_participants"), places },
             { QStringLiteral("attendance_marks"), marks } };
}

// Who is at the keyboard when no recorder's name is set (as Workspace::recorderName).
QString computerLogin()
{
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? qEnvironmentVariable("USERNAME") : login;
}

// The tables of records, whose changes are recorded.
const QStringList kRecordTables {
    QStringLiteral("hubs"),
    QStringLiteral("academic_years"),
    QStringLiteral("half_terms"),
    QStringLiteral("programmes"),
    QStringLiteral("schools"),
    QStringLiteral("school_links"),
    QStringLiteral("people"),
    QStringLiteral("work_groups"),
    QStringLiteral("work_group_schools"),
    QStringLiteral("work_group_participants"),
    QStringLiteral("sessions"),
    QStringLiteral("attendance_marks"),
};

// Columns whose change alone is no change: the id, and the stamps every write moves on.
const QSet<QString> kNoChange {
    QStringLiteral("id"),
    QStringLiteral("updated_at"),
    QStringLiteral("version"),
};

} // namespace

QString AuditEntry::actionName(Action action)
{
    switch (action) {
    case Action::Insert:
        return Tr::tr("Added");
    case Action::Update:
        return Tr::tr("Changed");
    case Action::Delete:
        return Tr::tr("Removed");
    case Action::Import:
        return Tr::tr("Imported");
    }
    return {};
}

QString AuditEntry::describeChanges() const
{
    QStringList parts;
    for (const AuditFieldChange &change : changes) {
        if (change.erased)
            parts << Tr::tr("%1: (erased)").arg(change.field);
        else if (action == Action::Import)
            parts << Tr::tr("%1: %2").arg(change.field, shown(change.after));
        else
            parts << Tr::tr("%1: %2 → %3")
                         .arg(change.field, shown(change.before), shown(change.after));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditTrail::tableOf(Entity entity)
{
    switch (entity) {
    case Entity::Hub:
        return QStringLiteral("hubs");
    case Entity::AcademicYear:
        return QStringLiteral("academic_years");
    case Entity::Programme:
        return QStringLiteral("programmes");
    case Entity::School:
        return QStringLiteral("schools");
    case Entity::SchoolLink:
        return QStringLiteral("school_links");
    case Entity::Person:
        return QStringLiteral("people");
    case Entity::WorkGroup:
        return QStringLiteral("work_groups");
    case Entity::SchoolEnrolment:
        return QStringLiteral("work_group_schools");
    case Entity::ParticipantEnrolment:
        return QStringLiteral("work_group_participants");
    case Entity::Session:
        return QStringLiteral("sessions");
    case Entity::AttendanceMark:
        return QStringLiteral("attendance_marks");
    case Entity::Setting:
        break;
    }
    return {};
}

QList<AuditEntry> AuditTrail::history(Entity entity, RecordId id) const
{
    QList<AuditEntry> entries;
    const QString table = tableOf(entity);
    if (table.isEmpty())
        return entries;
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id, at, who, action, changes FROM audit_log "
                                  "WHERE table_name = :table AND record_id = :id "
                                  "ORDER BY at DESC, id DESC"));
    query.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":id"), id).exec();
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value("id").toLongLong();
        entry.at = QDateTime::fromString(query.value("at").toString(), Qt::ISODateWithMs);
        entry.who = query.value("who").toString();
        entry.table = table;
        entry.recordId = id;
        entry.action = actionFrom(query.value("action").toString());
        entry.changes = changesFrom(query.value("changes").toString());
        entries << entry;
    }
    return entries;
}

void AuditTrail::exportCsv(const QList<AuditEntry> &entries, const QString &path) const
{
    PrivateFile::checkTarget(m_db, path);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, QFileInfo(path).fileName());
    writer.writeRow(QStringList { Tr::tr("When (UTC)"), Tr::tr("Who"), Tr::tr("Record"),
                                  Tr::tr("Record ID"), Tr::tr("Action"), Tr::tr("Field"),
                                  Tr::tr("Old value"), Tr::tr("New value") });
    for (const AuditEntry &entry : entries) {
        const QList<CsvCell> common {
            CsvCell(entry.at.toUTC().toString(Qt::ISODate), CsvCellKind::Date),
            CsvCell(entry.who),
            CsvCell(entry.table, CsvCellKind::Code),
            CsvCell::number(entry.recordId),
            CsvCell(AuditEntry::actionName(entry.action)),
        };
        if (entry.changes.isEmpty()) {
            writer.writeRow(common + QList<CsvCell> { CsvCell(), CsvCell(), CsvCell() });
            continue;
        }
        // One row per field, so a spreadsheet can filter by field.
        for (const AuditFieldChange &change : entry.changes) {
            const QString erased = Tr::tr("(erased)");
            writer.writeRow(
                common
                + QList<CsvCell> { CsvCell(change.field, CsvCellKind::Code),
                                   CsvCell(change.erased ? erased : shown(change.before)),
                                   CsvCell(change.erased ? erased : shown(change.after)) });
        }
    }
    writer.finish();
    PrivateFile::write({ { path, buffer.data() } });
}

int AuditTrail::purge(const QDate &today)
{
    const int years = Retention(m_db).longestYears();
    const QDate keptFrom = today.addYears(-years);
    SqlQuery purge(m_db, QStringLiteral("DELETE FROM audit_log WHERE at < :from"));
    purge.bind(QStringLiteral(":from"), Clock::timestamp(keptFrom.startOfDay(QTimeZone::utc())))
        .exec();
    return purge.rowsAffected();
}

void AuditTrail::erase(const QList<RecordId> &people, const TextMatcher &matcher,
                       const std::function<QString(int owner)> &label)
{
    SqlQuery rewrite(m_db,
                     QStringLiteral("UPDATE audit_log SET who = :who, changes = :changes "
                                    "WHERE id = :id"));
    // Their own records: which fields changed stays, the values go.
    QSet<qint64> done;
    for (const auto &[table, ids] : recordsOf(m_db, people)) {
        SqlQuery own(m_db,
                     QStringLiteral("SELECT id, who, changes FROM audit_log WHERE table_name = "
                                    ":table AND record_id = :id"));
        for (RecordId id : ids) {
            own.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":id"), id).exec();
            QList<std::tuple<qint64, QString, QString>> found;
            while (own.next())
                found << std::make_tuple(own.value(0).toLongLong(), own.value(1).toString(),
                                         own.value(2).toString());
            for (const auto &[entryId, who, changes] : found) {
                QJsonObject kept;
                const QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
                for (auto it = object.begin(); it != object.end(); ++it)
                    kept.insert(it.key(), QJsonArray());
                rewrite.bind(QStringLiteral(":who"), matcher.replaced(who, label))
                    .bind(QStringLiteral(":changes"), compact(kept))
                    .bind(QStringLiteral(":id"), entryId)
                    .exec();
                done.insert(entryId);
            }
        }
    }
    // Everywhere else: their name, email or TRN in a value or as who becomes their label.
    SqlQuery all(m_db, QStringLiteral("SELECT id, who, changes FROM audit_log"));
    all.exec();
    QList<std::tuple<qint64, QString, QString>> rewritten;
    while (all.next()) {
        const qint64 entryId = all.value(0).toLongLong();
        if (done.contains(entryId))
            continue;
        const QString who = all.value(1).toString();
        const QString changes = all.value(2).toString();
        if (!matcher.contains(who) && !matcher.contains(changes))
            continue;
        QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonArray values = it.value().toArray();
            for (qsizetype i = 0; i < values.size(); ++i)
                if (values.at(i).isString())
                    values[i] = matcher.replaced(values.at(i).toString(), label);
            it.value() = values;
        }
        rewritten << std::make_tuple(entryId, matcher.replaced(who, label), compact(object));
    }
    all.finish();
    for (const auto &[entryId, who, changes] : rewritten)
        rewrite.bind(QStringLiteral(":who"), who)
            .bind(QStringLiteral(":changes"), changes)
            .bind(QStringLiteral(":id"), entryId)
            .exec();
}

namespace {

// Drops the connection's triggers that write the trail of `tables`.
void dropRecordingTriggers(Database &db, const QStringList &tables = kRecordTables)
{
    for (const QString &table : tables)
        for (const QString &action :
             { QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete") })
            execSql(db,
                    QStringLiteral("DROP TRIGGER IF EXISTS temp.audit_%1_%2").arg(table, action));
}

// Makes the connection's triggers that write the trail of `tables`, from their columns as they
// are; those already there (a rollback brought them back) are left as they are.
void makeRecordingTriggers(Database &db, const QStringList &tables = kRecordTables)
{
    // As recorder() says, read at each write: a name set in the settings counts at once.
    const QString who = QStringLiteral(
        "coalesce(nullif((SELECT value FROM main.settings WHERE key = 'register/recorder'), ''), "
        "(SELECT login FROM temp.audit_recorder), '')");
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString running = QStringLiteral("NOT EXISTS (SELECT 1 FROM main.audit_pauses)");
    for (const QString &table : tables) {
        QStringList fields;
        for (const QString &column : catalogue::columns(db, table))
            if (!kNoChange.contains(column))
                fields << column;
        const QString name = catalogue::quoted(table);
        const auto rowOf = [&fields](const QString &row) {
            QStringList values;
            for (const QString &field : fields)
                values << row + QLatin1Char('.') + catalogue::quoted(field);
            return values.join(QStringLiteral(", "));
        };
        const auto objectOf = [&fields](const QString &row) {
            QStringList pairs;
            for (const QString &field : fields)
                pairs << QStringLiteral("'%1', %2.%3").arg(field, row, catalogue::quoted(field));
            return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
        };
        const auto entry = [&](const QString &row, const QString &action) {
            return QStringLiteral("INSERT INTO audit_log (at, who, table_name, record_id, "
                                  "record_uuid, action) VALUES (%1, %2, '%3', %4.id, %4.uuid, "
                                  "'%5')")
                .arg(now, who, table, row, action);
        };
        execSql(
            db,
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_insert AFTER INSERT ON main.%2 "
                "WHEN %3 BEGIN %4; END")
                .arg(table, name, running, entry(QStringLiteral("NEW"), QStringLiteral("insert"))));
        execSql(
            db,
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_delete AFTER DELETE ON main.%2 "
                "WHEN %3 BEGIN %4; END")
                .arg(table, name, running, entry(QStringLiteral("OLD"), QStringLiteral("delete"))));
        // The cheap comparison of whole rows first; the JSON only for a real change.
        execSql(db,
                QStringLiteral(
                    "CREATE TEMP TRIGGER IF NOT EXISTS audit_%1_update AFTER UPDATE ON main.%2 "
                    "WHEN (%3) IS NOT (%4) AND %5 BEGIN "
                    "INSERT INTO audit_log (at, who, table_name, record_id, record_uuid, action, "
                    "changes) SELECT %6, %7, '%1', NEW.id, NEW.uuid, 'update', "
                    "json_group_object(o.key, json_array(o.value, n.value)) "
                    "FROM json_each(%8) AS o JOIN json_each(%9) AS n ON n.key = o.key "
                    "WHERE o.value IS NOT n.value; END")
                    .arg(table, name, rowOf(QStringLiteral("OLD")), rowOf(QStringLiteral("NEW")),
                         running, now, who, objectOf(QStringLiteral("OLD")),
                         objectOf(QStringLiteral("NEW"))));
    }
}

// Whether this connection records through triggers of its own (a file opened for writing).
bool recordsThroughOwnTriggers(const Database &db)
{
    return !db.isServer() && !db.isReadOnly();
}

// Whether the connection's triggers are there (a test may have stopped them).
bool recordingTriggersPresent(Database &db)
{
    return recordsThroughOwnTriggers(db)
        && SqlQuery(db,
                    QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE 'audit\\_%' ESCAPE '\\'"))
               .scalar()
               .toInt()
        > 0;
}

} // namespace

AuditTrail::Pause::Pause(Database &db, const QString &reason, const QStringList &bulkTables)
    : m_db(db)
{
    SqlQuery pause(m_db, QStringLiteral("INSERT INTO audit_pauses (reason) VALUES (:reason)"));
    pause.bind(QStringLiteral(":reason"), reason).exec();
    // A file's triggers would record nothing while paused, yet a table with an AFTER trigger
    // makes SQLite keep a statement journal of every page each insert touches (the row must be
    // undone if the trigger fails): for fifty thousand schools, most of the import's time. So
    // those of the tables written in bulk go while the pause lasts; a rollback brings them back
    // with the rest.
    if (!bulkTables.isEmpty() && recordingTriggersPresent(m_db)) {
        Q_ASSERT(std::all_of(bulkTables.cbegin(), bulkTables.cend(),
                             [](const QString &table) { return kRecordTables.contains(table); }));
        dropRecordingTriggers(m_db, bulkTables);
        m_droppedOnFile = bulkTables;
    }
}

AuditTrail::Pause::~Pause()
{
    if (!m_open)
        return;
    // Left by an error: the transaction's rollback takes the row away and brings the triggers
    // back; both tidied here for a caller that commits anyway.
    try {
        end();
    } catch (const StoreError &) { }
}

void AuditTrail::Pause::end()
{
    execSql(m_db, QStringLiteral("DELETE FROM audit_pauses"));
    m_open = false;
    if (const QStringList dropped = std::exchange(m_droppedOnFile, {}); !dropped.isEmpty())
        makeRecordingTriggers(m_db, dropped);
    for (const QString &table : std::exchange(m_setAside, {}))
        execSql(
            m_db,
            QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2")
                .arg(catalogue::quoted(table), catalogue::quoted(table + QLatin1String("_audit"))));
}

void AuditTrail::Pause::setAside(const QString &table)
{
    Q_ASSERT(m_open && kRecordTables.contains(table));
    if (!m_db.isServer()) {
        if (!m_droppedOnFile.contains(table) && recordingTriggersPresent(m_db)) {
            dropRecordingTriggers(m_db, { table });
            m_droppedOnFile << table;
        }
        return;
    }
    if (m_setAside.contains(table))
        return;
    // The trigger of migration 0010, named for its table.
    execSql(m_db,
            QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2")
                .arg(catalogue::quoted(table), catalogue::quoted(table + QLatin1String("_audit"))));
    m_setAside << table;
}

void AuditTrail::Pause::finish(const QString &table, qint64 rows)
{
    end();
    if (rows == 0)
        return;
    QJsonObject summary;
    summary.insert(QStringLiteral("rows"), QJsonValue(double(rows)));
    SqlQuery entry(m_db,
                   QStringLiteral("INSERT INTO audit_log (at, who, table_name, record_id, action, "
                                  "changes) VALUES (:at, :who, :table, 0, 'import', :changes)"));
    entry.bind(QStringLiteral(":at"), Clock::timestamp(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":who"), recorder(m_db))
        .bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":changes"), compact(summary))
        .exec();
}

QString AuditTrail::recorder(Database &db)
{
    if (db.isServer())
        return SqlQuery(db, QStringLiteral("SELECT session_user")).scalar().toString();
    const QString configured = db.setting(QStringLiteral("register/recorder"));
    return configured.isEmpty() ? computerLogin() : configured;
}

void AuditTrail::stopRecording(Database &db)
{
    if (!recordsThroughOwnTriggers(db))
        return;
    dropRecordingTriggers(db);
    execSql(db, QStringLiteral("DROP TABLE IF EXISTS temp.audit_recorder"));
}

void AuditTrail::startRecording(Database &db)
{
    if (!recordsThroughOwnTriggers(db))
        return;
    execSql(db, QStringLiteral("CREATE TEMP TABLE audit_recorder (login TEXT NOT NULL)"));
    SqlQuery recorderRow(db,
                         QStringLiteral("INSERT INTO temp.audit_recorder (login) VALUES (:login)"));
    recorderRow.bind(QStringLiteral(":login"), computerLogin()).exec();
    makeRecordingTriggers(db);
}

} // namespace hubreg
