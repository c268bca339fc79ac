#include "DelimiterGuess.h"

namespace hubreg {

bool DelimiterGuess::take(char16_t c)
{
    const bool lineEnd = c == u'\r' || c == u'\n';
    if (!m_started && lineEnd)
        return true; // blank lines before the header
    m_started = true;
    if (c == u'"')
        m_quoted = !m_quoted;
    else if (m_quoted)
        return true;
    else if (lineEnd)
        return false;
    else if (c == u',')
        ++m_commas;
    else if (c == u';')
        ++m_semicolons;
    else if (c == u'\t')
        ++m_tabs;
    return true;
}

QChar DelimiterGuess::delimiter() const
{
    if (m_semicolons > m_commas && m_semicolons >= m_tabs)
        return QLatin1Char(';');
    if (m_tabs > m_commas && m_tabs > m_semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace hubreg
