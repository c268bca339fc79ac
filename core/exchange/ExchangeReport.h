#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hubreg {

// Whose value a conflict takes.
enum class Side { Hub, Lead };

struct KindCounts
{
    int added = 0;
    int changed = 0;
    int deleted = 0;
};

// One decision an administrator takes: a field changed differently on both sides, or an edit on
// one side against a deletion on the other. Shown as Lead / hub / result.
struct ExchangeConflict
{
    enum class Type { Field, LeadDeletedHubEdited, LeadEditedHubDeleted };

    Type type = Type::Field;
    QString kind;
    QString uuid;
    QString field; // empty for a deletion conflict
    QString record; // the record, for people ("Session 3 of NCP 24-11 YH03")
    QString fieldLabel; // "Date"; for a deletion conflict, what was deleted and edited
    QJsonValue hub;
    QJsonValue lead;
    QString baseText;
    QString hubText;
    QString leadText;
    bool hasBase = false;
    std::optional<Side> decision;

    QString key() const { return kind + QLatin1Char('/') + uuid + QLatin1Char('/') + field; }
    // What the record will hold with the decision taken (the hub's while undecided).
    QString resultText() const;
};

// A record that cannot be written as it is (it refers to something deleted, or breaks a rule),
// left out of an otherwise whole exchange and listed beforehand.
struct LeftOutRecord
{
    QString kind;
    QString uuid;
    QString record;
    QString reason;
};

// What taking in a pack did, or will do: the preview before, the report after.
struct ExchangeReport
{
    static constexpr int kMassDeletionThreshold = 10;

    QString fileName;
    QString from; // the Lead, or the hub
    int seq = 0;
    QMap<QString, KindCounts> counts; // by kind
    int deletions = 0; // every record deleted, with what went with them
    QList<ExchangeConflict> conflicts;
    QList<LeftOutRecord> leftOut;
    QStringList notes;
    int kept = 0; // a Lead's copy: changes kept for the hub to see
    bool alreadyTaken = false;
    bool dryRun = false;
    bool committed = false;

    int added() const;
    int changed() const;
    int deleted() const;
    int undecided() const;
    bool asksBeforeDeleting() const { return deletions > kMassDeletionThreshold; }
    // "12 added, 3 changed, 1 deleted; 2 conflicts" for a person.
    QString summary() const;
};

} // namespace hubreg
