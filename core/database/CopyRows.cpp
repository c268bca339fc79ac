#include "CopyRows.h"

#include <charconv>

namespace hubreg {

void CopyRows::append(QStringView text)
{
    separate();
    // At most three bytes a UTF-16 unit (a pair of them makes four), and two for an escape.
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + 3 * text.size());
    auto *out = reinterpret_cast<uchar *>(m_bytes.data()) + start;
    const char16_t *in = text.utf16();
    const char16_t *const end = in + text.size();
    while (in < end) {
        const char16_t c = *in++;
        if (c < 0x80) {
            switch (c) {
            case u'\\':
                *out++ = '\\';
                *out++ = '\\';
                break;
            case u'\t':
                *out++ = '\\';
                *out++ = 't';
                break;
            case u'\n':
                *out++ = '\\';
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = '\\';
                *out++ = 'r';
                break;
            default:
                *out++ = uchar(c);
            }
        } else if (c < 0x800) {
            *out++ = uchar(0xC0 | (c >> 6));
            *out++ = uchar(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && in < end && QChar::isLowSurrogate(*in)) {
            const char32_t code = QChar::surrogateToUcs4(c, *in++);
            *out++ = uchar(0xF0 | (code >> 18));
            *out++ = uchar(0x80 | ((code >> 12) & 0x3F));
            *out++ = uchar(0x80 | ((code >> 6) & 0x3F));
            *out++ = uchar(0x80 | (code & 0x3F));
        } else {
            // A surrogate without its pair is no character: U+FFFD, the replacement character.
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *out++ = uchar(0xE0 | (unit >> 12));
            *out++ = uchar(0x80 | ((unit >> 6) & 0x3F));
            *out++ = uchar(0x80 | (unit & 0x3F));
        }
    }
    m_bytes.resize(out - reinterpret_cast<uchar *>(m_bytes.data()));
}

void CopyRows::append(int number)
{
    separate();
    char digits[12];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    m_bytes.append(digits, written.ptr - digits);
}

void CopyRows::appendNull()
{
    separate();
    m_bytes.append("\\N", 2);
}

void CopyRows::endRow()
{
    m_bytes.append('\n');
    ++m_rows;
    m_fieldsInRow = 0;
}

} // namespace hubreg
