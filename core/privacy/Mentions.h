#pragma once

#include "PersonalTexts.h"
#include "database/Entity.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <functional>

namespace hubreg {

class Database;

// A column that holds what people type (notes, titles, a substitute's name, a setting), and
// could therefore name a person outside their own record.
struct TextColumn
{
    QString table;
    QString column;
    QStringList key; // the primary key: the id, or a table's own key
    bool hasUpdatedAt = false;
    bool hasVersion = false;
};

// One stored text, outside a person's own record, that names them.
struct Mention
{
    TextColumn where;
    QVariantList key;
    QString text;
    QSet<int> owners; // whose texts it holds (the matcher's owners)

    bool isSubstituteName() const;
};

// Finds and replaces people's names, emails and TRNs wherever people type in the file. Every
// table is looked at, those added later too, except the reference data that names no one we
// hold (the school register from GIAS, its links, the programme catalogue, the calendar) and
// the personal details of other people, which are theirs (only their notes are looked at).
class Mentions
{
public:
    explicit Mentions(const Database &db)
        : m_db(db)
    { }

    static QList<TextColumn> textColumns(const Database &db);

    // Every text naming one of the matcher's owners; the rows of `ownRecords` (people) are left
    // out: their own record, their places in Work Groups and their marks, which an erasure
    // clears itself and a subject access report shows as theirs.
    QList<Mention> find(const TextMatcher &matcher, const QSet<RecordId> &ownRecords) const;
    // Writes each mention's text back with every match replaced by `replacement(owner)`, and
    // stamps the record as changed. Returns the kinds of record changed.
    QSet<Entity> replace(const QList<Mention> &mentions, const TextMatcher &matcher,
                         const std::function<QString(int owner)> &replacement,
                         const QDateTime &nowUtc) const;
    // Where the mention is, for a person to read ("the notes of Work Group TFM-DEV 24-01"),
    // naming nobody.
    QString describe(const Mention &mention) const;

private:
    const Database &m_db;
};

} // namespace hubreg
