#include "ExchangeDisplay.h"

#include "ExchangeSchema.h"
#include "RecordTable.h"
#include "domain/Attendance.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"

#include <QCoreApplication>
#include <QDate>

namespace hubreg {

using namespace exchangeschema;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ExchangeDisplay)
};

QString text(const QJsonObject &fields, const char *name)
{
    return fields.value(QLatin1String(name)).toString();
}
} // namespace

ExchangeDisplay::ExchangeDisplay(Database &db, UuidResolver &resolver)
    : m_db(db)
    , m_resolver(resolver)
{ }

ExchangeDisplay::~ExchangeDisplay() = default;

std::optional<QJsonObject> ExchangeDisplay::stored(const QString &kind, const QString &uuid)
{
    const KindSpec *spec = exchangeschema::kind(kind);
    if (!spec)
        return std::nullopt;
    auto &table = m_tables[kind];
    if (!table)
        table = std::make_shared<RecordTable>(m_db, *spec);
    const auto found = table->byUuid(m_resolver.canonical(kind, uuid));
    return found ? std::optional<QJsonObject>(found->fields) : std::nullopt;
}

void ExchangeDisplay::addPackRecord(const QString &kind, const QString &uuid,
                                    const QJsonObject &fields)
{
    m_packRecords.insert(kind + QLatin1Char('/') + uuid, fields);
}

QString ExchangeDisplay::recordOf(const QString &kind, const QString &uuid)
{
    if (uuid.isEmpty())
        return Tr::tr("none");
    const QString key = kind + QLatin1Char('/') + uuid;
    const auto cached = m_labels.constFind(key);
    if (cached != m_labels.constEnd())
        return cached.value();
    QString label;
    const KindSpec *spec = exchangeschema::kind(kind);
    // A mark names a session that names a Work Group: a few levels, never a loop.
    if (spec && m_depth < 4) {
        ++m_depth;
        const auto pack = m_packRecords.constFind(key);
        if (pack != m_packRecords.constEnd()) {
            label = record(kind, pack.value());
        } else if (const auto held = stored(kind, uuid)) {
            label = record(kind, *held);
        }
        --m_depth;
    }
    if (label.isEmpty())
        label = Tr::tr("a record not held here");
    m_labels.insert(key, label);
    return label;
}

QString ExchangeDisplay::record(const QString &kind, const QJsonObject &f)
{
    if (kind == QLatin1String("hub"))
        return text(f, "name");
    if (kind == QLatin1String("academic_year"))
        return Tr::tr("Academic year %1").arg(text(f, "label"));
    if (kind == QLatin1String("half_term"))
        return Tr::tr("Half term %1 of %2")
            .arg(f.value(QLatin1String("term")).toInt())
            .arg(recordOf(QStringLiteral("academic_year"), text(f, "academic_year")));
    if (kind == QLatin1String("programme"))
        return QStringLiteral("%1 %2").arg(text(f, "code"), text(f, "title"));
    if (kind == QLatin1String("school"))
        return QStringLiteral("%1 (%2)")
            .arg(text(f, "name"))
            .arg(f.value(QLatin1String("urn")).toInteger());
    if (kind == QLatin1String("person")) {
        const QString name
            = (text(f, "first_name") + QLatin1Char(' ') + text(f, "last_name")).trimmed();
        return name.isEmpty() ? text(f, "email") : name;
    }
    if (kind == QLatin1String("work_group"))
        return Tr::tr("Work Group %1").arg(text(f, "code"));
    if (kind == QLatin1String("school_enrolment"))
        return Tr::tr("%1 in %2")
            .arg(recordOf(QStringLiteral("school"), text(f, "school")),
                 recordOf(QStringLiteral("work_group"), text(f, "work_group")));
    if (kind == QLatin1String("participant_enrolment"))
        return Tr::tr("%1 in %2")
            .arg(recordOf(QStringLiteral("person"), text(f, "person")),
                 recordOf(QStringLiteral("work_group"), text(f, "work_group")));
    if (kind == QLatin1String("session"))
        return Tr::tr("Session %1 of %2")
            .arg(f.value(QLatin1String("number")).toInt())
            .arg(recordOf(QStringLiteral("work_group"), text(f, "work_group")));
    if (kind == QLatin1String("attendance_mark")) {
        // The person behind the participant, at the session.
        QString person = Tr::tr("a participant");
        const QString participant = text(f, "participant");
        const auto pack
            = m_packRecords.constFind(QStringLiteral("participant_enrolment/") + participant);
        QJsonObject enrolment;
        if (pack != m_packRecords.constEnd()) {
            enrolment = pack.value();
        } else if (const auto held = stored(QStringLiteral("participant_enrolment"), participant)) {
            enrolment = *held;
        }
        if (!enrolment.isEmpty())
            person = recordOf(QStringLiteral("person"), text(enrolment, "person"));
        return Tr::tr("Mark of %1 at %2")
            .arg(person, recordOf(QStringLiteral("session"), text(f, "session")));
    }
    return kind;
}

QString ExchangeDisplay::value(const QString &kind, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return Tr::tr("(none)");
    const KindSpec *spec = exchangeschema::kind(kind);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    if (!fieldSpec)
        return value.toVariant().toString();
    switch (fieldSpec->type) {
    case FieldType::Boolean:
        return value.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    case FieldType::Date:
        return QDate::fromString(value.toString(), Qt::ISODate)
            .toString(QStringLiteral("dd/MM/yyyy"));
    case FieldType::Timestamp:
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case FieldType::Reference:
        return recordOf(fieldSpec->refersTo, value.toString());
    case FieldType::Integer:
        return QString::number(value.toInteger());
    case FieldType::Time:
        return value.toString();
    case FieldType::Text:
        break;
    }
    const QString stored = value.toString();
    if (stored.isEmpty())
        return Tr::tr("(empty)");
    if (kind == QLatin1String("attendance_mark") && field == QLatin1String("mark")
        && stored.size() == 1) {
        if (const auto mark = markFromCode(stored.at(0)))
            return QStringLiteral("%1 (%2)").arg(stored, displayName(*mark));
    }
    if (kind == QLatin1String("session")) {
        if (field == QLatin1String("status"))
            return displayName(sessionStatusFromStorage(stored));
        if (field == QLatin1String("mode"))
            return displayName(sessionModeFromStorage(stored));
        if (field == QLatin1String("kind"))
            return displayName(sessionKindFromStorage(stored));
    }
    if (kind == QLatin1String("work_group") && field == QLatin1String("status"))
        return displayName(workGroupStatusFromStorage(stored));
    return stored;
}

QString ExchangeDisplay::fieldLabel(const QString &kind, const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Name") },
        { QStringLiteral("first_name"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "First name") },
        { QStringLiteral("last_name"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Last name") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Email") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Phone") },
        { QStringLiteral("role"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Role") },
        { QStringLiteral("school"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "School") },
        { QStringLiteral("year_group"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Year group") },
        { QStringLiteral("trn"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "TRN") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Notes") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Note") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Title") },
        { QStringLiteral("code"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Code") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Status") },
        { QStringLiteral("cancellation_reason"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Why cancelled") },
        { QStringLiteral("capacity"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Capacity") },
        { QStringLiteral("lead_person"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Lead") },
        { QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Joined on") },
        { QStringLiteral("left_on"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Left on") },
        { QStringLiteral("withdrawn_on"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Withdrawn on") },
        { QStringLiteral("head_commitment"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Headteacher's commitment") },
        { QStringLiteral("eligibility_override"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Reason for enrolling") },
        { QStringLiteral("is_lead_participant"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Lead participant") },
        { QStringLiteral("number"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Number") },
        { QStringLiteral("held_on"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Date") },
        { QStringLiteral("start_time"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Start") },
        { QStringLiteral("end_time"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "End") },
        { QStringLiteral("mode"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Mode") },
        { QStringLiteral("venue"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Venue") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Kind") },
        { QStringLiteral("visit_school"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "School visited") },
        { QStringLiteral("mark"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Mark") },
        { QStringLiteral("substitute_name"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Substitute") },
        { QStringLiteral("recorded_by"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Recorded by") },
        { QStringLiteral("recorded_at"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Recorded at") },
        { QStringLiteral("is_work_group_lead"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Work Group Lead") },
        { QStringLiteral("is_mastery_specialist"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Mastery Specialist") },
        { QStringLiteral("session"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Session") },
        { QStringLiteral("participant"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Participant") },
        { QStringLiteral("person"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Person") },
        { QStringLiteral("work_group"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Work Group") },
    };
    Q_UNUSED(kind);
    const auto found = labels.constFind(field);
    if (found != labels.constEnd())
        return QCoreApplication::translate("hubreg::ExchangeDisplay", found.value());
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString ExchangeDisplay::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("hub"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "hubs") },
        { QStringLiteral("academic_year"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "academic years") },
        { QStringLiteral("half_term"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "half terms") },
        { QStringLiteral("programme"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "programmes") },
        { QStringLiteral("school"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "schools") },
        { QStringLiteral("person"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "people") },
        { QStringLiteral("work_group"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "Work Groups") },
        { QStringLiteral("school_enrolment"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "schools enrolled") },
        { QStringLiteral("participant_enrolment"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "participants") },
        { QStringLiteral("session"), QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "sessions") },
        { QStringLiteral("attendance_mark"),
          QT_TRANSLATE_NOOP("hubreg::ExchangeDisplay", "attendance marks") },
    };
    const auto found = labels.constFind(kind);
    return found == labels.constEnd()
        ? kind
        : QCoreApplication::translate("hubreg::ExchangeDisplay", found.value());
}

} // namespace hubreg
