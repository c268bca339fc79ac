#pragma once

#include <QChar>

namespace hubreg {

// Guesses a CSV file's delimiter from its first row, given a character at a time: the most
// frequent of comma, semicolon and tab outside quotes, a comma on a tie with it. Both CSV
// readers use it, so a file is split the same way whichever reads it.
class DelimiterGuess
{
public:
    // Takes the next character (a byte past ASCII may be given as itself: it counts for none);
    // false once the first row has ended, after any blank lines before it.
    bool take(char16_t c);
    QChar delimiter() const;

private:
    int m_commas = 0;
    int m_semicolons = 0;
    int m_tabs = 0;
    bool m_quoted = false;
    bool m_started = false;
};

} // namespace hubreg
