#include "TextDecoder.h"

#include <QCoreApplication>

#include <cstring>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::TextDecoder)
};

// Bytes 0x80 to 0x9F; 0xA0 to 0xFF are the same code points as in Latin-1.
constexpr char16_t kHighControls[32] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000, // 88-8F
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178, // 98-9F
};

// The allowed range of the second byte after a UTF-8 lead byte (Unicode table 3-7), which
// rules out overlong forms, surrogates and code points above U+10FFFF.
bool utf8Lead(uchar b, int &need, uchar &lower, uchar &upper, char32_t &cp)
{
    lower = 0x80;
    upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
        if (b == 0xE0)
            lower = 0xA0;
        else if (b == 0xED)
            upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
        if (b == 0xF0)
            lower = 0x90;
        else if (b == 0xF4)
            upper = 0x8F;
    } else {
        return false;
    }
    return true;
}

// The first byte from `i` on that is not ASCII, or `size`: eight bytes at a time, as almost
// every byte of an extract is ASCII.
qsizetype asciiEnd(const uchar *data, qsizetype i, qsizetype size)
{
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    while (i + 8 <= size) {
        quint64 word = 0;
        memcpy(&word, data + i, sizeof word);
        if (word & kHighBits)
            break;
        i += 8;
    }
    while (i < size && data[i] < 0x80)
        ++i;
    return i;
}

} // namespace

QString displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return Tr::tr("Detect");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

namespace windows1252 {
char16_t toUnicode(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return kHighControls[byte - 0x80];
    return char16_t(byte);
}
} // namespace windows1252

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
{ }

void TextDecoder::fail(qint64 offset, QByteArray bytes)
{
    m_error = true;
    m_errorOffset = offset;
    m_errorBytes = std::move(bytes);
}

bool TextDecoder::decode(QByteArrayView bytes, QString &out)
{
    if (m_error)
        return false;
    bool ok = false;
    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        ok = decodeUtf8<true>(bytes, &out);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        ok = decodeUtf16(bytes, out);
        break;
    case TextEncoding::Windows1252:
        ok = decodeWindows1252<true>(bytes, &out);
        break;
    }
    m_offset += bytes.size();
    return ok;
}

bool TextDecoder::check(QByteArrayView bytes)
{
    Q_ASSERT(m_encoding != TextEncoding::Utf16LE && m_encoding != TextEncoding::Utf16BE);
    if (m_error)
        return false;
    const bool ok = m_encoding == TextEncoding::Windows1252
        ? decodeWindows1252<false>(bytes, nullptr)
        : decodeUtf8<false>(bytes, nullptr);
    m_offset += bytes.size();
    return ok;
}

bool TextDecoder::finish(QString *out)
{
    if (m_error)
        return false;
    if (m_encoding == TextEncoding::Windows1252) {
        // Bytes held as the start of a UTF-8 character the file ended inside: Windows-1252.
        for (qsizetype k = 0; k < m_pending.size(); ++k) {
            const uchar byte = uchar(m_pending.at(k));
            const char16_t c = windows1252::toUnicode(byte);
            if (c == 0) {
                fail(m_pendingOffset + k, QByteArray(1, char(byte)));
                return false;
            }
            if (out)
                out->append(QChar(c));
        }
        m_pending.clear();
        return true;
    }
    if (!m_pending.isEmpty()) {
        fail(m_pendingOffset, m_pending);
        return false;
    }
    if (m_highSurrogate != 0) {
        fail(m_highSurrogateOffset, QByteArray());
        return false;
    }
    return true;
}

template<bool MakeText> bool TextDecoder::decodeUtf8(QByteArrayView bytes, QString *out)
{
    // UTF-8 never needs more UTF-16 units than it has bytes.
    qsizetype start = 0;
    char16_t *dest = nullptr;
    if constexpr (MakeText) {
        start = out->size();
        out->resize(start + bytes.size() + 1);
        dest = reinterpret_cast<char16_t *>(out->data()) + start;
    }
    char16_t *const begin = dest;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();

    int need = 0;
    uchar lower = 0x80;
    uchar upper = 0xBF;
    char32_t cp = 0;
    // Resume a character split across chunks by replaying its lead bytes.
    for (qsizetype k = 0; k < m_pending.size(); ++k) {
        const uchar b = uchar(m_pending.at(k));
        if (k == 0) {
            utf8Lead(b, need, lower, upper, cp);
        } else {
            cp = (cp << 6) | (b & 0x3F);
            --need;
            lower = 0x80;
            upper = 0xBF;
        }
    }

    bool ok = true;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = data[i];
        if (need == 0) {
            if (b < 0x80) {
                if constexpr (MakeText)
                    *dest++ = char16_t(b);
                else
                    i = asciiEnd(data, i, size) - 1;
                continue;
            }
            if (!utf8Lead(b, need, lower, upper, cp)) {
                fail(m_offset + i, QByteArray(1, char(b)));
                ok = false;
                break;
            }
            m_pending = QByteArray(1, char(b));
            m_pendingOffset = m_offset + i;
            continue;
        }
        if (b < lower || b > upper) {
            fail(m_pendingOffset, m_pending + char(b));
            ok = false;
            break;
        }
        m_pending += char(b);
        cp = (cp << 6) | (b & 0x3F);
        lower = 0x80;
        upper = 0xBF;
        if (--need == 0) {
            m_pending.clear();
            if constexpr (MakeText) {
                if (cp < 0x10000) {
                    *dest++ = char16_t(cp);
                } else {
                    *dest++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
                    *dest++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
                }
            }
        }
    }
    if constexpr (MakeText)
        out->resize(start + (dest - begin));
    return ok;
}

bool TextDecoder::decodeUtf16(QByteArrayView bytes, QString &out)
{
    const bool littleEndian = m_encoding == TextEncoding::Utf16LE;
    QByteArray joined;
    QByteArrayView input = bytes;
    qint64 inputOffset = m_offset;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        input = joined;
        inputOffset = m_pendingOffset;
        m_pending.clear();
    }
    const auto *data = reinterpret_cast<const uchar *>(input.data());
    const qsizetype pairs = input.size() / 2;
    out.reserve(out.size() + pairs);
    for (qsizetype i = 0; i < pairs; ++i) {
        const uchar a = data[2 * i];
        const uchar b = data[2 * i + 1];
        const char16_t unit = littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
        const qint64 at = inputOffset + 2 * i;
        if (m_highSurrogate != 0) {
            if (unit < 0xDC00 || unit > 0xDFFF) {
                fail(m_highSurrogateOffset, QByteArray());
                return false;
            }
            out.append(QChar(m_highSurrogate));
            out.append(QChar(unit));
            m_highSurrogate = 0;
            continue;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            m_highSurrogate = unit;
            m_highSurrogateOffset = at;
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            fail(at, QByteArray(reinterpret_cast<const char *>(data + 2 * i), 2));
            return false;
        }
        out.append(QChar(unit));
    }
    if (input.size() % 2 != 0) {
        m_pending = QByteArray(1, char(data[input.size() - 1]));
        m_pendingOffset = inputOffset + input.size() - 1;
    }
    return true;
}

template<bool MakeText> bool TextDecoder::decodeWindows1252(QByteArrayView bytes, QString *out)
{
    qsizetype start = 0;
    char16_t *begin = nullptr;
    if constexpr (MakeText) {
        start = out->size();
        // Bytes held from the last chunk come out in this one.
        out->resize(start + bytes.size() + m_pending.size());
        begin = reinterpret_cast<char16_t *>(out->data()) + start;
    }
    char16_t *dest = begin;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    auto stop = [&](qint64 offset, QByteArray offending) {
        if constexpr (MakeText)
            out->resize(start + (dest - begin));
        fail(offset, std::move(offending));
        return false;
    };
    // The held bytes were no UTF-8 character after all: Windows-1252 text.
    auto giveOutHeld = [&]() {
        for (qsizetype k = 0; k < m_pending.size(); ++k) {
            const uchar byte = uchar(m_pending.at(k));
            const char16_t c = windows1252::toUnicode(byte);
            if (c == 0)
                return stop(m_pendingOffset + k, QByteArray(1, char(byte)));
            if constexpr (MakeText)
                *dest++ = c;
        }
        m_pending.clear();
        return true;
    };
    for (qsizetype i = 0; i < size; ++i) {
        if (!m_pending.isEmpty()) {
            const uchar byte = data[i];
            if (byte >= m_utf8Lower && byte <= m_utf8Upper) {
                m_pending += char(byte);
                m_utf8Lower = 0x80;
                m_utf8Upper = 0xBF;
                if (--m_utf8Need > 0)
                    continue;
                m_utf8Found = true;
                const QByteArray character = std::exchange(m_pending, {});
                return stop(m_pendingOffset, character);
            }
            if (!giveOutHeld())
                return false;
        }
        if constexpr (MakeText) {
            // Almost every byte of an extract is ASCII: copied in a loop the compiler vectorises.
            qsizetype ascii = i;
            while (ascii < size && data[ascii] < 0x80)
                ++ascii;
            for (; i < ascii; ++i)
                *dest++ = char16_t(data[i]);
        } else {
            i = asciiEnd(data, i, size);
        }
        if (i == size)
            break;
        const uchar byte = data[i];
        if (m_refuseUtf8) {
            char32_t ignored = 0;
            if (utf8Lead(byte, m_utf8Need, m_utf8Lower, m_utf8Upper, ignored)) {
                m_pending = QByteArray(1, char(byte));
                m_pendingOffset = m_offset + i;
                continue;
            }
        }
        const char16_t c = windows1252::toUnicode(byte);
        if (c == 0 && byte != 0)
            return stop(m_offset + i, QByteArray(1, char(byte)));
        if constexpr (MakeText)
            *dest++ = c;
    }
    if constexpr (MakeText)
        out->resize(start + (dest - begin));
    return true;
}

bool Utf8Validator::feed(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qint64 fedBefore = m_fed;
    m_fed += bytes.size();
    for (qsizetype i = 0; i < bytes.size() && m_valid; ++i) {
        const uchar b = data[i];
        if (m_need == 0) {
            if (b < 0x80)
                continue;
            char32_t ignored = 0;
            m_valid = utf8Lead(b, m_need, m_lower, m_upper, ignored);
            if (!m_valid) {
                m_invalidAt = fedBefore + i;
                m_invalidByte = b;
            }
            continue;
        }
        if (b < m_lower || b > m_upper) {
            m_valid = false;
            m_invalidAt = fedBefore + i;
            m_invalidByte = b;
            break;
        }
        m_lower = 0x80;
        m_upper = 0xBF;
        --m_need;
    }
    return m_valid;
}

} // namespace hubreg
