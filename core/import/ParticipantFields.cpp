#include "ParticipantFields.h"

#include "HeaderIndex.h"
#include "records/ImportMappingStore.h"

#include <QCoreApplication>

namespace hubreg::participantfields {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ParticipantFields)
};

// Headings seen on hubs' application forms and spreadsheets, compared case-insensitively.
QStringList synonyms(ParticipantField field)
{
    switch (field) {
    case ParticipantField::FirstName:
        return { QStringLiteral("First name"), QStringLiteral("Firstname"),
                 QStringLiteral("Forename"), QStringLiteral("Given name"),
                 QStringLiteral("First") };
    case ParticipantField::LastName:
        return { QStringLiteral("Last name"), QStringLiteral("Lastname"), QStringLiteral("Surname"),
                 QStringLiteral("Family name"), QStringLiteral("Last") };
    case ParticipantField::FullName:
        return { QStringLiteral("Name"), QStringLiteral("Full name"), QStringLiteral("Participant"),
                 QStringLiteral("Participant name"), QStringLiteral("Teacher name") };
    case ParticipantField::Email:
        return { QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Email address"),
                 QStringLiteral("E-mail address"), QStringLiteral("Work email") };
    case ParticipantField::Phone:
        return { QStringLiteral("Phone"), QStringLiteral("Telephone"),
                 QStringLiteral("Phone number"), QStringLiteral("Mobile") };
    case ParticipantField::JobRole:
        return { QStringLiteral("Role"), QStringLiteral("Job title"), QStringLiteral("Job role"),
                 QStringLiteral("Position") };
    case ParticipantField::SchoolUrn:
        return { QStringLiteral("URN"), QStringLiteral("School URN") };
    case ParticipantField::SchoolName:
        return { QStringLiteral("School"), QStringLiteral("School name"),
                 QStringLiteral("Establishment"), QStringLiteral("Establishment name"),
                 QStringLiteral("Setting") };
    case ParticipantField::SchoolPostcode:
        return { QStringLiteral("Postcode"), QStringLiteral("School postcode"),
                 QStringLiteral("Post code") };
    case ParticipantField::Trn:
        return { QStringLiteral("TRN"), QStringLiteral("Teacher reference number"),
                 QStringLiteral("Teacher Reference Number (TRN)") };
    case ParticipantField::YearGroup:
        return { QStringLiteral("Year group"), QStringLiteral("Year"), QStringLiteral("Class") };
    case ParticipantField::GroupRole:
        return { QStringLiteral("Work Group role"), QStringLiteral("Group role"),
                 QStringLiteral("Lead teacher for") };
    case ParticipantField::LeadParticipant:
        return { QStringLiteral("Lead participant"), QStringLiteral("Lead") };
    }
    return {};
}
} // namespace

QList<ParticipantField> all()
{
    return { ParticipantField::FirstName,      ParticipantField::LastName,
             ParticipantField::FullName,       ParticipantField::Email,
             ParticipantField::Phone,          ParticipantField::JobRole,
             ParticipantField::SchoolUrn,      ParticipantField::SchoolName,
             ParticipantField::SchoolPostcode, ParticipantField::Trn,
             ParticipantField::YearGroup,      ParticipantField::GroupRole,
             ParticipantField::LeadParticipant };
}

QString key(ParticipantField field)
{
    switch (field) {
    case ParticipantField::FirstName:
        return QStringLiteral("first_name");
    case ParticipantField::LastName:
        return QStringLiteral("last_name");
    case ParticipantField::FullName:
        return QStringLiteral("full_name");
    case ParticipantField::Email:
        return QStringLiteral("email");
    case ParticipantField::Phone:
        return QStringLiteral("phone");
    case ParticipantField::JobRole:
        return QStringLiteral("job_role");
    case ParticipantField::SchoolUrn:
        return QStringLiteral("school_urn");
    case ParticipantField::SchoolName:
        return QStringLiteral("school_name");
    case ParticipantField::SchoolPostcode:
        return QStringLiteral("school_postcode");
    case ParticipantField::Trn:
        return QStringLiteral("trn");
    case ParticipantField::YearGroup:
        return QStringLiteral("year_group");
    case ParticipantField::GroupRole:
        return QStringLiteral("group_role");
    case ParticipantField::LeadParticipant:
        return QStringLiteral("lead_participant");
    }
    return {};
}

std::optional<ParticipantField> fromKey(const QString &text)
{
    for (ParticipantField field : all()) {
        if (key(field) == text)
            return field;
    }
    return std::nullopt;
}

QString displayName(ParticipantField field)
{
    switch (field) {
    case ParticipantField::FirstName:
        return Tr::tr("First name");
    case ParticipantField::LastName:
        return Tr::tr("Last name");
    case ParticipantField::FullName:
        return Tr::tr("Full name");
    case ParticipantField::Email:
        return Tr::tr("Email");
    case ParticipantField::Phone:
        return Tr::tr("Phone");
    case ParticipantField::JobRole:
        return Tr::tr("Job role");
    case ParticipantField::SchoolUrn:
        return Tr::tr("School URN");
    case ParticipantField::SchoolName:
        return Tr::tr("School name");
    case ParticipantField::SchoolPostcode:
        return Tr::tr("School postcode");
    case ParticipantField::Trn:
        return Tr::tr("TRN");
    case ParticipantField::YearGroup:
        return Tr::tr("Year group");
    case ParticipantField::GroupRole:
        return Tr::tr("Role in the Work Group");
    case ParticipantField::LeadParticipant:
        return Tr::tr("Lead participant (Y/N)");
    }
    return {};
}

ImportMapping guess(const QStringList &header)
{
    const HeaderIndex index(header);
    ImportMapping mapping;
    mapping.kind = kMappingKind;
    mapping.headerKey = ImportMappingStore::headerKey(header);
    for (ParticipantField field : all()) {
        for (const QString &synonym : synonyms(field)) {
            const int column = index.column(synonym);
            if (column >= 0) {
                mapping.columns.insert(key(field), header.at(column).trimmed());
                break;
            }
        }
    }
    // Separate name columns beat a single one when both are there.
    if (mapping.columns.contains(key(ParticipantField::FirstName))
        && mapping.columns.contains(key(ParticipantField::LastName)))
        mapping.columns.remove(key(ParticipantField::FullName));
    return mapping;
}

} // namespace hubreg::participantfields
