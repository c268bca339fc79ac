#include "FormulaGuard.h"

namespace hubreg::formulaguard {

namespace {
bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when the text is apostrophes (`minimum` or more) followed by a trigger character.
bool apostrophesThenTrigger(QStringView text, qsizetype minimum)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i >= minimum && i < text.size() && isTrigger(text.at(i));
}
} // namespace

bool needsGuard(QStringView text)
{
    return apostrophesThenTrigger(text, 0);
}

QString guarded(const QString &text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString unguarded(const QString &text)
{
    return apostrophesThenTrigger(text, 1) ? text.mid(1) : text;
}

} // namespace hubreg::formulaguard
