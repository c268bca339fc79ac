#include "ControlCharacters.h"

namespace hubreg::controlcharacters {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Embeddings, overrides and isolates: they reorder the text around them on screen.
bool isDirectional(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

qsizetype find(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c) && c != u'\t' && c != u'\n' && c != u'\r')
            return i;
    }
    return -1;
}

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isControl(c))
            out += QLatin1String("\\x")
                + QString::number(uint(c), 16).rightJustified(2, u'0').toUpper();
        else if (isDirectional(c))
            out += QLatin1String("\\u")
                + QString::number(uint(c), 16).rightJustified(4, u'0').toUpper();
        else
            out += ch;
    }
    return out;
}

} // namespace hubreg::controlcharacters
