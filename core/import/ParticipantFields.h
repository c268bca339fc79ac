#pragma once

#include "domain/ImportMapping.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace hubreg {

// The fields a participant list can give, whatever its columns are called.
enum class ParticipantField {
    FirstName,
    LastName,
    FullName, // split at the last space when there are no separate name columns
    Email,
    Phone,
    JobRole,
    SchoolUrn,
    SchoolName,
    SchoolPostcode, // tells apart schools of the same name
    Trn,
    YearGroup,
    GroupRole, // role in this Work Group, e.g. "Year 1 Lead Teacher"
    LeadParticipant, // Y/N
};

namespace participantfields {

inline const QString kMappingKind = QStringLiteral("participants");

QList<ParticipantField> all();
QString key(ParticipantField field); // stable, stored in saved mappings: "first_name"
std::optional<ParticipantField> fromKey(const QString &key);
QString displayName(ParticipantField field);

// A mapping guessed from the headings (e.g. "Surname", "E-mail address", "School URN").
ImportMapping guess(const QStringList &header);

} // namespace participantfields
} // namespace hubreg
