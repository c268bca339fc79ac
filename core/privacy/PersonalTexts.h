#pragma once

#include "domain/Person.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace hubreg {

// The texts that name one person where people type freely (notes, titles, a substitute's name,
// settings): their full name either way round, their email and their TRN. A first or last name
// alone is too common to look for safely, so it is not one of them.
struct PersonalTexts
{
    QString firstName;
    QString lastName;
    QString email;
    QString trn;

    static PersonalTexts of(const Person &person);

    // "Ann Smith" and "Smith, Ann" (one of them for a single name), the email and the TRN; only
    // those long enough to find without naming someone else by chance.
    QStringList inText() const;
    // How the same texts lie in the file's bytes, lower case where ASCII: also the name parts
    // run together ("AnnSmith", "SmithAnn"), as a record and an index store columns side by
    // side. `utf16` for a file whose text encoding is UTF-16 (little or big endian).
    QList<QByteArray> inBytes(const QString &encoding = QStringLiteral("UTF-8")) const;
    bool isEmpty() const { return inText().isEmpty(); }

    // Fewer letters than these, and a name would match too much of what others typed: a full
    // name needs four ("Jo Li"), a single name six (a lone "Smith" is someone else's too).
    static constexpr int kFewestLettersInFullName = 4;
    static constexpr int kFewestLettersInSingleName = 6;
};

// Finds several people's texts in a string at once, as whole words, ignoring case and runs of
// spaces; quick with thousands of people, for a purge. Each text belongs to an owner (an index
// the caller chooses).
class TextMatcher
{
public:
    struct Match
    {
        int start = 0;
        int length = 0;
        int owner = -1;
    };

    void add(const PersonalTexts &texts, int owner);
    void add(const QString &text, int owner);
    bool isEmpty() const { return m_needles.isEmpty(); }
    // The texts added, as given (for an SQL prefilter).
    QStringList texts() const;

    // Non-overlapping matches, leftmost first, the longest where several start at one place.
    QList<Match> find(const QString &text) const;
    bool contains(const QString &text) const { return !find(text).isEmpty(); }
    // The text with every match replaced by `replacement(owner)`.
    QString replaced(const QString &text,
                     const std::function<QString(int owner)> &replacement) const;

private:
    struct Needle
    {
        QString folded; // lower case, single spaces
        QString original;
        int owner = -1;
    };
    QList<Needle> m_needles;
    // The first four folded characters of each needle, to the needles starting so.
    QHash<quint64, QList<int>> m_byPrefix;
};

} // namespace hubreg
