#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hubreg {

// The text encodings the CSV reader understands. Auto: a byte order mark decides, else UTF-8
// when every byte of the file is valid UTF-8, else Windows-1252 (GIAS's encoding).
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

QString displayName(TextEncoding encoding);

// Turns bytes of one encoding into text, a chunk at a time, and stops at the first bytes the
// encoding does not allow, saying where they are: input is never silently "repaired".
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }

    // Windows-1252 only: also stop at bytes that make a whole UTF-8 character of two bytes or
    // more, as in a file that mixes the two encodings (read either way, some of its text
    // would be garbled); utf8Found() then tells. Such a character is rare in real
    // Windows-1252 text ("Ã©"); a person who means it names the encoding.
    void setRefuseUtf8(bool refuse) { m_refuseUtf8 = refuse; }
    bool utf8Found() const { return m_utf8Found; }

    // Appends the text of `bytes` to `out`. Returns false at bytes the encoding does not
    // allow: the text before them has been appended and errorOffset() says where they start.
    // Nothing more is decoded after an error.
    bool decode(QByteArrayView bytes, QString &out);
    // As decode(), without making the text: for a reader that makes text of a few of the
    // bytes only. UTF-8 and Windows-1252 only. The bytes before checkedEnd() are known to be
    // text; those after, up to the end of the input, wait for the next bytes (a character
    // split between chunks, or held as in setRefuseUtf8).
    bool check(QByteArrayView bytes);
    qint64 checkedEnd() const { return m_error ? m_errorOffset : m_offset - m_pending.size(); }
    // Call at the end of the input: false when it stopped inside a character. Text held back
    // until the next bytes could tell what it was (see setRefuseUtf8) goes to `out`.
    bool finish(QString *out = nullptr);

    bool hasError() const { return m_error; }
    // Offset of the offending bytes from the first byte given to decode().
    qint64 errorOffset() const { return m_errorOffset; }
    // The offending bytes (up to four), for the message.
    QByteArray errorBytes() const { return m_errorBytes; }

private:
    // Without MakeText, only checked: `out` is not used.
    template<bool MakeText> bool decodeUtf8(QByteArrayView bytes, QString *out);
    bool decodeUtf16(QByteArrayView bytes, QString &out);
    template<bool MakeText> bool decodeWindows1252(QByteArrayView bytes, QString *out);
    void fail(qint64 offset, QByteArray bytes);

    TextEncoding m_encoding;
    qint64 m_offset = 0; // bytes given to decode() before the current chunk
    bool m_error = false;
    qint64 m_errorOffset = -1;
    QByteArray m_errorBytes;

    // A character split between chunks: its bytes so far and where it started.
    QByteArray m_pending;
    qint64 m_pendingOffset = 0;
    // UTF-16: a high surrogate waiting for its low half.
    char16_t m_highSurrogate = 0;
    qint64 m_highSurrogateOffset = 0;
    // Windows-1252 refusing UTF-8: the bytes of what may be a UTF-8 character are held in
    // m_pending, with the continuation bytes still needed and their allowed range.
    bool m_refuseUtf8 = false;
    bool m_utf8Found = false;
    int m_utf8Need = 0;
    uchar m_utf8Lower = 0x80;
    uchar m_utf8Upper = 0xBF;
};

// Tells whether a stream of bytes is valid UTF-8, fed in chunks of any size.
class Utf8Validator
{
public:
    bool feed(QByteArrayView bytes);
    // False when the bytes end inside a character.
    bool finish() const { return m_valid && m_need == 0; }
    // True while no invalid byte has been seen; an unfinished last character is allowed.
    bool validSoFar() const { return m_valid; }
    // The first invalid byte: its offset from the first byte fed, and its value; -1 while
    // there is none.
    qint64 invalidAt() const { return m_invalidAt; }
    uchar invalidByte() const { return m_invalidByte; }

private:
    qint64 m_fed = 0;
    qint64 m_invalidAt = -1;
    uchar m_invalidByte = 0;
    bool m_valid = true;
    int m_need = 0;
    uchar m_lower = 0x80;
    uchar m_upper = 0xBF;
};

namespace windows1252 {
// The character a Windows-1252 byte stands for, or 0 for the five bytes it leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D). Our own table: Qt 6.4 has Windows-1252 only through ICU.
char16_t toUnicode(uchar byte);
} // namespace windows1252

} // namespace hubreg
