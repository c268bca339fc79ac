#pragma once

#include "database/Entity.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubreg {

// The kinds of record a pack carries and the fields of each, as named in packs
// (docs/exchange.md). One table drives reading, writing, comparing and checking them, so a
// field added here travels everywhere at once.
namespace exchangeschema {

enum class FieldType {
    Text, // '' for nothing
    Integer,
    Boolean, // 0 or 1 in the database, true or false in packs
    Date, // ISO date
    Time, // HH:MM
    Timestamp, // ISO date and time, UTC
    Reference // another record, by its uuid in packs and its id in the database
};

struct FieldSpec
{
    QString name; // in packs
    QString column; // in the table
    FieldType type = FieldType::Text;
    bool nullable = false;
    QString refersTo; // for a reference: the kind it names
    // Says who and when rather than what (a mark's recorded_by and recorded_at): never a
    // conflict of its own; it goes with the record's other fields.
    bool incidental = false;
};

struct KindSpec
{
    QString name; // "attendance_mark"
    QString table; // "attendance_marks"
    Entity entity = Entity::Hub;
    // A Lead's changes and deletions travel; otherwise the hub's copy is the one that counts
    // and only a Lead's new records that something refers to travel.
    bool leadEdits = false;
    QList<FieldSpec> fields;
    // Fields that name the same thing when two sides made it apart (an email, a URN);
    // empty when none does.
    QStringList naturalKey;
    bool naturalKeyIgnoresCase = false;

    const FieldSpec *field(const QString &name) const;
};

// Every kind, parents before the records that refer to them.
const QList<KindSpec> &kinds();
const KindSpec *kind(const QString &name);

// Whether `value` is a well-formed value of `field` as a pack holds it.
bool isValidValue(const FieldSpec &field, const QJsonValue &value);
// The value for a field a pack leaves out: empty text, 0, false, or null.
QJsonValue defaultValue(const FieldSpec &field);

} // namespace exchangeschema
} // namespace hubreg
