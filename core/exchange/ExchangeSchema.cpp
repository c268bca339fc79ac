#include "ExchangeSchema.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

namespace hubreg::exchangeschema {

namespace {

FieldSpec text(const char *name)
{
    return { QLatin1String(name), QLatin1String(name), FieldType::Text, false, {}, false };
}

FieldSpec integer(const char *name, bool nullable = false)
{
    return { QLatin1String(name), QLatin1String(name), FieldType::Integer, nullable, {}, false };
}

FieldSpec boolean(const char *name)
{
    return { QLatin1String(name), QLatin1String(name), FieldType::Boolean, false, {}, false };
}

FieldSpec date(const char *name, bool nullable)
{
    return { QLatin1String(name), QLatin1String(name), FieldType::Date, nullable, {}, false };
}

FieldSpec time(const char *name)
{
    return { QLatin1String(name), QLatin1String(name), FieldType::Time, true, {}, false };
}

FieldSpec reference(const char *name, const char *column, const char *kind, bool nullable = false)
{
    return { QLatin1String(name),  QLatin1String(column),
             FieldType::Reference, nullable,
             QLatin1String(kind),  false };
}

QList<KindSpec> build()
{
    QList<KindSpec> all;
    all.append({ QStringLiteral("hub"),
                 QStringLiteral("hubs"),
                 Entity::Hub,
                 false,
                 { text("name"), text("contact_name"), text("contact_email"), text("phone"),
                   text("website") },
                 { QStringLiteral("name") },
                 true });
    all.append({ QStringLiteral("academic_year"),
                 QStringLiteral("academic_years"),
                 Entity::AcademicYear,
                 false,
                 { text("label"), date("start_date", false), date("end_date", false) },
                 { QStringLiteral("label") },
                 false });
    all.append({ QStringLiteral("half_term"),
                 QStringLiteral("half_terms"),
                 Entity::AcademicYear,
                 false,
                 { reference("academic_year", "academic_year_id", "academic_year"), integer("term"),
                   date("start_date", false), date("end_date", false) },
                 { QStringLiteral("academic_year"), QStringLiteral("term") },
                 false });
    all.append({ QStringLiteral("programme"),
                 QStringLiteral("programmes"),
                 Entity::Programme,
                 false,
                 { text("code"), text("title"), text("phase"), text("strand"), text("description"),
                   integer("default_sessions"), integer("participants_per_school"),
                   text("participant_guidance"), text("roles_expected"),
                   integer("completion_threshold"), text("prerequisites"), boolean("active") },
                 { QStringLiteral("code") },
                 true });
    all.append({ QStringLiteral("school"),
                 QStringLiteral("schools"),
                 Entity::School,
                 false,
                 { integer("urn"),
                   text("name"),
                   text("la_code"),
                   text("la_name"),
                   text("establishment_type"),
                   text("type_group"),
                   text("phase"),
                   text("status"),
                   text("street"),
                   text("locality"),
                   text("address3"),
                   text("town"),
                   text("county"),
                   text("postcode"),
                   text("trust_name"),
                   text("head_title"),
                   text("head_first_name"),
                   text("head_last_name"),
                   text("telephone"),
                   text("website"),
                   date("open_date", true),
                   date("close_date", true),
                   integer("statutory_low_age", true),
                   integer("statutory_high_age", true),
                   integer("pupils", true),
                   boolean("has_mastery_specialist"),
                   text("barrier"),
                   text("notes") },
                 { QStringLiteral("urn") },
                 false });
    all.append(
        { QStringLiteral("person"),
          QStringLiteral("people"),
          Entity::Person,
          true,
          { text("first_name"), text("last_name"), text("email"), text("phone"), text("role"),
            reference("school", "school_id", "school", true), text("year_group"), text("trn"),
            boolean("is_work_group_lead"), boolean("is_mastery_specialist"), text("notes") },
          { QStringLiteral("email") },
          true });
    all.append(
        { QStringLiteral("work_group"),
          QStringLiteral("work_groups"),
          Entity::WorkGroup,
          true,
          { reference("hub", "hub_id", "hub"), reference("programme", "programme_id", "programme"),
            reference("academic_year", "academic_year_id", "academic_year"), text("code"),
            text("title"), reference("lead_person", "lead_person_id", "person", true),
            text("status"), integer("capacity"), text("notes") },
          { QStringLiteral("code") },
          true });
    all.append({ QStringLiteral("school_enrolment"),
                 QStringLiteral("work_group_schools"),
                 Entity::SchoolEnrolment,
                 true,
                 { reference("work_group", "work_group_id", "work_group"),
                   reference("school", "school_id", "school"), date("joined_on", true),
                   date("withdrawn_on", true), boolean("head_commitment"),
                   text("eligibility_override"), text("notes") },
                 { QStringLiteral("work_group"), QStringLiteral("school") },
                 false });
    all.append({ QStringLiteral("participant_enrolment"),
                 QStringLiteral("work_group_participants"),
                 Entity::ParticipantEnrolment,
                 true,
                 { reference("work_group", "work_group_id", "work_group"),
                   reference("person", "person_id", "person"),
                   reference("school", "school_id", "school"), boolean("is_lead_participant"),
                   text("role"), date("joined_on", true), date("left_on", true) },
                 { QStringLiteral("work_group"), QStringLiteral("person") },
                 false });
    all.append({ QStringLiteral("session"),
                 QStringLiteral("sessions"),
                 Entity::Session,
                 true,
                 { reference("work_group", "work_group_id", "work_group"), integer("number"),
                   text("title"), date("held_on", true), time("start_time"), time("end_time"),
                   text("mode"), text("venue"), text("kind"),
                   reference("visit_school", "visit_school_id", "school", true), text("status"),
                   text("notes"), text("cancellation_reason") },
                 {},
                 false });
    all.append({ QStringLiteral("attendance_mark"),
                 QStringLiteral("attendance_marks"),
                 Entity::AttendanceMark,
                 true,
                 { reference("session", "session_id", "session"),
                   reference("participant", "participant_id", "participant_enrolment"),
                   text("mark"),
                   text("substitute_name"),
                   text("note"),
                   { QStringLiteral("recorded_by"),
                     QStringLiteral("recorded_by"),
                     FieldType::Text,
                     false,
                     {},
                     true },
                   { QStringLiteral("recorded_at"),
                     QStringLiteral("recorded_at"),
                     FieldType::Timestamp,
                     false,
                     {},
                     true } },
                 { QStringLiteral("session"), QStringLiteral("participant") },
                 false });
    return all;
}

} // namespace

const FieldSpec *KindSpec::field(const QString &fieldName) const
{
    for (const FieldSpec &spec : fields)
        if (spec.name == fieldName)
            return &spec;
    return nullptr;
}

const QList<KindSpec> &kinds()
{
    static const QList<KindSpec> all = build();
    return all;
}

const KindSpec *kind(const QString &name)
{
    for (const KindSpec &spec : kinds())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

bool isValidValue(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull())
        return field.nullable;
    switch (field.type) {
    case FieldType::Text:
        return value.isString() && value.toString().size() <= 1000000;
    case FieldType::Integer: {
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        // The range first: converting a larger double to an integer is undefined.
        return number > -1e15 && number < 1e15 && number == double(qint64(number));
    }
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::Date: {
        if (!value.isString())
            return false;
        const QString text = value.toString();
        return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    }
    case FieldType::Time: {
        if (!value.isString())
            return false;
        const QString text = value.toString();
        return text.size() == 5 && text.at(2) == u':'
            && QTime::fromString(text, QStringLiteral("HH:mm")).isValid();
    }
    case FieldType::Timestamp:
        return value.isString() && value.toString().size() <= 40
            && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
    case FieldType::Reference: {
        if (!value.isString())
            return false;
        const QString text = value.toString();
        return text.size() == 36 && !QUuid::fromString(text).isNull();
    }
    }
    return false;
}

QJsonValue defaultValue(const FieldSpec &field)
{
    if (field.nullable)
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Text:
        return QString();
    case FieldType::Integer:
        return 0;
    case FieldType::Boolean:
        return false;
    default:
        return QJsonValue::Null;
    }
}

} // namespace hubreg::exchangeschema
