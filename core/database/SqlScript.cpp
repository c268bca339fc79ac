#include "SqlScript.h"

#include <QRegularExpression>

namespace hubreg {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The length of PostgreSQL's dollar-quote opening delimiter at `from` (`$$` or `$tag$`, the tag
// an identifier without `$`), or 0 when there is none there (`$1` is a parameter).
int dollarQuoteLength(const QString &script, int from)
{
    const int n = script.size();
    int i = from + 1;
    if (i < n && (script.at(i).isLetter() || script.at(i) == QLatin1Char('_'))) {
        while (i < n && isWordChar(script.at(i)))
            ++i;
    }
    return i < n && script.at(i) == QLatin1Char('$') ? i + 1 - from : 0;
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;
    bool inTrigger = false;
    int blockDepth = 0;

    auto endWord = [&]() {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (upper == QLatin1String("TRIGGER"))
            inTrigger = true;
        else if (inTrigger && (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE")))
            ++blockDepth;
        else if (inTrigger && upper == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
        word.clear();
    };

    const int n = script.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            endWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            endWord();
            const int close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')
            || c == QLatin1Char('[')) {
            endWord();
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == close) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (close != QLatin1Char(']') && i + 1 < n && script.at(i + 1) == close) {
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('$') && word.isEmpty()) {
            // A dollar-quoted body (PostgreSQL's function bodies) runs to the same delimiter.
            const int length = dollarQuoteLength(script, i);
            if (length > 0) {
                const QString delimiter = script.mid(i, length);
                const int close = script.indexOf(delimiter, i + length);
                const int end = close < 0 ? n : close + length;
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        // PostgreSQL lets `$` continue an identifier, so it opens no quote there.
        if (isWordChar(c) || (c == QLatin1Char('$') && !word.isEmpty())) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            inTrigger = false;
            continue;
        }
        current += c;
    }
    endWord();
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        statements << tail;
    return statements;
}

} // namespace hubreg
