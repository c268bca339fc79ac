#include "PersonalTexts.h"

#include <QStringConverter>

namespace hubreg {

namespace {

constexpr int kPrefix = 4;

// Lower case with runs of white space made one space; `positions` maps each character of the
// result to the character of `text` it came from.
QString folded(const QString &text, QList<int> *positions = nullptr)
{
    QString result;
    result.reserve(text.size());
    if (positions) {
        positions->clear();
        positions->reserve(text.size());
    }
    bool inSpace = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (inSpace)
                continue;
            inSpace = true;
            result += QLatin1Char(' ');
        } else {
            inSpace = false;
            result += c.toLower();
        }
        if (positions)
            positions->append(i);
    }
    return result;
}

quint64 prefixKey(QStringView text)
{
    quint64 key = 0;
    for (int i = 0; i < kPrefix; ++i)
        key = (key << 16) | text.at(i).unicode();
    return key;
}

int letterCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isLetter() ? 1 : 0;
    return count;
}

QByteArray asciiLower(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

} // namespace

PersonalTexts PersonalTexts::of(const Person &person)
{
    return { person.firstName.simplified(), person.lastName.simplified(), person.email.trimmed(),
             person.trn.trimmed() };
}

QStringList PersonalTexts::inText() const
{
    QStringList texts;
    if (!firstName.isEmpty() && !lastName.isEmpty()) {
        const QString full = firstName + QLatin1Char(' ') + lastName;
        if (letterCount(full) >= kFewestLettersInFullName)
            texts << full << lastName + QStringLiteral(", ") + firstName;
    } else {
        const QString single = firstName.isEmpty() ? lastName : firstName;
        if (letterCount(single) >= kFewestLettersInSingleName)
            texts << single;
    }
    if (email.contains(QLatin1Char('@')) && email.size() >= kPrefix)
        texts << email;
    if (trn.size() == 7)
        texts << trn;
    return texts;
}

QList<QByteArray> PersonalTexts::inBytes(const QString &encoding) const
{
    QStringList forms = inText();
    if (!firstName.isEmpty() && !lastName.isEmpty() && forms.size() >= 2)
        forms << firstName + lastName << lastName + firstName;
    QList<QByteArray> bytes;
    const QString name = encoding.toUpper();
    for (const QString &form : std::as_const(forms)) {
        QByteArray encoded;
        if (name.startsWith(QLatin1String("UTF-16"))) {
            const bool big = name.endsWith(QLatin1String("BE"));
            QStringEncoder encoder(big ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                                   QStringConverter::Flag::Stateless);
            encoded = encoder.encode(form);
        } else {
            encoded = form.toUtf8();
        }
        bytes << asciiLower(encoded);
    }
    return bytes;
}

void TextMatcher::add(const PersonalTexts &texts, int owner)
{
    for (const QString &text : texts.inText())
        add(text, owner);
}

void TextMatcher::add(const QString &text, int owner)
{
    const QString key = folded(text.trimmed());
    if (key.size() < kPrefix)
        return;
    m_byPrefix[prefixKey(key)].append(int(m_needles.size()));
    m_needles.append({ key, text.trimmed(), owner });
}

QStringList TextMatcher::texts() const
{
    QStringList result;
    for (const Needle &needle : m_needles)
        result << needle.original;
    return result;
}

QList<TextMatcher::Match> TextMatcher::find(const QString &text) const
{
    QList<Match> matches;
    if (m_needles.isEmpty() || text.size() < kPrefix)
        return matches;
    QList<int> positions;
    const QString haystack = folded(text, &positions);
    const auto isWordCharacter = [&text](int index) {
        return index >= 0 && index < text.size() && text.at(index).isLetterOrNumber();
    };
    int i = 0;
    while (i + kPrefix <= haystack.size()) {
        const auto candidates = m_byPrefix.constFind(prefixKey(QStringView(haystack).mid(i)));
        int best = -1;
        if (candidates != m_byPrefix.constEnd()) {
            for (int index : *candidates) {
                const Needle &needle = m_needles.at(index);
                const int length = int(needle.folded.size());
                if (i + length > haystack.size()
                    || QStringView(haystack).mid(i, length) != QStringView(needle.folded))
                    continue;
                const int start = positions.at(i);
                const int end = positions.at(i + length - 1) + 1;
                if (isWordCharacter(start - 1) || isWordCharacter(end))
                    continue;
                if (best < 0 || length > m_needles.at(best).folded.size())
                    best = index;
            }
        }
        if (best < 0) {
            ++i;
            continue;
        }
        const int length = int(m_needles.at(best).folded.size());
        const int start = positions.at(i);
        const int end = positions.at(i + length - 1) + 1;
        matches.append({ start, end - start, m_needles.at(best).owner });
        i += length;
    }
    return matches;
}

QString TextMatcher::replaced(const QString &text,
                              const std::function<QString(int owner)> &replacement) const
{
    const QList<Match> matches = find(text);
    if (matches.isEmpty())
        return text;
    QString result;
    int from = 0;
    for (const Match &match : matches) {
        result += QStringView(text).mid(from, match.start - from);
        result += replacement(match.owner);
        from = match.start + match.length;
    }
    result += QStringView(text).mid(from);
    return result;
}

} // namespace hubreg
