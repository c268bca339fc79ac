#include "CsvByteReader.h"

#include "DelimiterGuess.h"
#include "FormulaGuard.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hubreg {

namespace {

// The reader's strings, in CsvReader's translation context: they are its words.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::CsvReader)
};

constexpr qint64 kChunkSize = 64 * 1024;
// The first row is searched this far (in characters) for the delimiter.
constexpr qint64 kDetectLimit = 1024 * 1024;
constexpr uchar kQuote = '"';
constexpr uchar kCr = '\r';
constexpr uchar kLf = '\n';

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return Tr::tr("tab");
    return QStringLiteral("“%1”").arg(delimiter);
}

// The UTF-16 units a UTF-8 byte adds: none for a continuation byte, two for the lead byte of
// a character past U+FFFF, one for any other.
int utf8Units(uchar byte)
{
    if (byte >= 0x80 && byte < 0xC0)
        return 0;
    return byte >= 0xF0 ? 2 : 1;
}

} // namespace

bool CsvByteReader::canRead(QIODevice &device, const CsvReadOptions &options)
{
    if (!options.delimiter.isNull() && options.delimiter.unicode() >= 0x80)
        return false;
    if (options.encoding == TextEncoding::Utf16LE || options.encoding == TextEncoding::Utf16BE)
        return false;
    if (options.encoding != TextEncoding::Auto)
        return true;
    // Read and given back: a pipe may hand out a byte at a time.
    device.startTransaction();
    QByteArray head;
    while (head.size() < 2) {
        const QByteArray part = device.read(2 - head.size());
        if (part.isEmpty())
            break;
        head += part;
    }
    device.rollbackTransaction();
    return !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF");
}

CsvByteReader::CsvByteReader(QIODevice &device, const QString &fileName,
                             const CsvReadOptions &options)
    : CsvRows(fileName, options)
    , m_source(device)
{ }

void CsvByteReader::fail(CsvError::Kind kind, CsvPosition at, const QString &detail)
{
    m_finished = true;
    throw CsvError(kind, m_fileName, at, detail);
}

void CsvByteReader::failDecoding()
{
    fail(CsvError::Kind::Encoding, position(), m_source.decodingProblem(m_decoder));
}

void CsvByteReader::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_source.start())
        fail(CsvError::Kind::Io, {}, Tr::tr("the file is not open for reading"));
    m_source.chooseEncoding(m_options.encoding);
    Q_ASSERT(m_source.encoding() == TextEncoding::Utf8
             || m_source.encoding() == TextEncoding::Windows1252);
    m_decoder = m_source.decoder();
    m_utf8 = m_source.encoding() != TextEncoding::Windows1252;
    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull())
        detectDelimiter();
    for (const uchar stop : { kQuote, kCr, kLf, uchar(0) }) {
        m_stopsUnquoted[stop] = true;
        m_stopsQuoted[stop] = true;
    }
    m_stopsUnquoted[uchar(m_delimiter.unicode())] = true;
    if (m_utf8) {
        for (int byte = 0x80; byte < 0x100; ++byte) {
            m_stopsUnquoted[byte] = true;
            m_stopsQuoted[byte] = true;
        }
    }
    if (m_options.hasHeader) {
        CsvPosition end;
        if (readRecord(m_header, m_headerStarts, end))
            m_expectedFields = m_header.size();
    }
}

void CsvByteReader::noteChecked()
{
    m_checkedEnd = m_decoder.checkedEnd() - m_base;
}

bool CsvByteReader::fill()
{
    if (m_inputDone)
        return false;
    if (const QByteArray lookahead = m_source.takeLookahead(); !lookahead.isEmpty()) {
        m_buffer += lookahead;
        if (!m_decoder.check(lookahead)) {
            m_inputDone = true;
            m_decodeFailed = true;
        }
        noteChecked();
        return true;
    }
    const qsizetype held = m_buffer.size();
    m_buffer.resize(held + kChunkSize);
    const qint64 read = m_source.read(m_buffer.data() + held, kChunkSize);
    m_buffer.resize(held + qMax<qint64>(read, 0));
    if (read < 0) {
        m_inputDone = true;
        fail(CsvError::Kind::Io, position(),
             Tr::tr("the file could not be read: %1").arg(m_source.errorString()));
    }
    if (read == 0) {
        m_inputDone = true;
        if (!m_decoder.finish())
            m_decodeFailed = true;
        noteChecked();
        return false;
    }
    if (!m_decoder.check(QByteArrayView(m_buffer.constData() + held, read))) {
        m_inputDone = true;
        m_decodeFailed = true;
    }
    noteChecked();
    return true;
}

bool CsvByteReader::ensure(qsizetype count)
{
    while (m_checkedEnd - m_pos < count) {
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_base += m_pos;
            m_checkedEnd -= m_pos;
            m_pos = 0;
        }
        if (!fill() && m_checkedEnd - m_pos < count)
            return false;
    }
    return true;
}

bool CsvByteReader::moreToCome()
{
    if (ensure(1))
        return true;
    if (m_decodeFailed)
        failDecoding();
    return false;
}

void CsvByteReader::detectDelimiter()
{
    DelimiterGuess guess;
    // As CsvReader: character by character up to the limit, the bytes past ASCII only counted.
    qint64 characters = 0;
    for (qsizetype k = 0; characters < kDetectLimit && ensure(k + 1); ++k) {
        const uchar c = uchar(m_buffer.constData()[m_pos + k]);
        characters += m_utf8 && c >= 0x80 ? utf8Units(c) : 1;
        if (!guess.take(c))
            break;
    }
    m_delimiter = guess.delimiter();
}

void CsvByteReader::consumeLineEnd()
{
    const uchar c = current();
    advance();
    ++m_line;
    m_lineStart = absolute();
    if (c == kCr && more() && current() == kLf) {
        advance();
        m_lineStart = absolute();
    }
}

void CsvByteReader::failTooLong(CsvPosition at)
{
    fail(CsvError::Kind::RecordTooLong, at,
         Tr::tr("this record is longer than %1 characters; is a closing quote missing?")
             .arg(m_options.maxRecordLength));
}

qint64 CsvByteReader::scanText(qint64 room, bool quoted)
{
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData());
    const std::array<bool, 256> &stops = quoted ? m_stopsQuoted : m_stopsUnquoted;
    qsizetype i = m_pos;
    qint64 characters = 0;
    for (;;) {
        // An ASCII byte is a character: at most those the record has room for, and one more.
        qsizetype end = m_checkedEnd;
        if (room - characters < end - i)
            end = i + qsizetype(room - characters) + 1;
        const qsizetype from = i;
        while (i < end && !stops[data[i]])
            ++i;
        characters += i - from;
        if (i == end)
            break;
        const uchar byte = data[i];
        if (byte < 0x80)
            break; // it ends the field's text
        // UTF-8 past ASCII: the characters are counted as CsvReader counts them.
        const int units = utf8Units(byte);
        characters += units;
        m_extraBytes += 1 - units;
        ++i;
        if (characters > room)
            break;
    }
    m_pos = i;
    return characters;
}

// Most fields are plain: quoted or not, with no quote, line end or NUL inside (in UTF-8 no byte
// past ASCII either), ended by the delimiter or a line end among the bytes checked, and within
// the record's limit. Read in one pass, such a field gives what readQuoted() or readUnquoted()
// would: they could meet no error in it.
qint64 CsvByteReader::readPlainField(bool keep, qint64 recordLength)
{
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData());
    const qsizetype end = m_checkedEnd;
    const uchar delimiter = uchar(m_delimiter.unicode());
    const bool quoted = m_pos < end && data[m_pos] == kQuote;
    const std::array<bool, 256> &stops = quoted ? m_stopsQuoted : m_stopsUnquoted;
    const qsizetype from = quoted ? m_pos + 1 : m_pos;
    qsizetype i = from;
    while (i < end && !stops[data[i]])
        ++i;
    if (i == end)
        return -1;
    qsizetype next = i; // where the field ends
    if (quoted) {
        // The closing quote, not doubled, and the delimiter or a line end after it.
        if (data[i] != kQuote || i + 1 == end)
            return -1;
        next = i + 1;
    }
    const uchar after = data[next];
    if (after == kQuote || (after != delimiter && after != kCr && after != kLf))
        return -1;
    const qint64 length = i - from;
    if (recordLength + length > m_options.maxRecordLength)
        return -1;
    if (keep)
        m_field.append(m_buffer.constData() + from, length);
    m_pos = next;
    return length;
}

qint64 CsvByteReader::readUnquoted(bool keep, qint64 recordLength)
{
    const CsvPosition fieldStart = position();
    qint64 length = 0;
    while (more()) {
        const qsizetype from = m_pos;
        length += scanText(m_options.maxRecordLength - recordLength - length, false);
        if (keep)
            m_field.append(m_buffer.constData() + from, m_pos - from);
        checkLength(recordLength + length, fieldStart);
        if (m_pos < m_checkedEnd) {
            const uchar c = current();
            if (c == kQuote)
                fail(CsvError::Kind::QuoteInUnquotedField, position(),
                     Tr::tr("a quote inside a field that does not start with a quote; a field "
                            "holding quotes must be quoted, with each quote doubled"));
            if (c == 0)
                fail(CsvError::Kind::NulCharacter, position(),
                     Tr::tr("a NUL character: this looks like a binary file, or UTF-16 text "
                            "without a byte order mark"));
            return length;
        }
    }
    return length;
}

qint64 CsvByteReader::readQuoted(bool keep, qint64 recordLength)
{
    const CsvPosition quoteStart = position();
    advance();
    qint64 length = 0;
    // One ASCII character of the field that is not in the file as it is.
    auto append = [&](char c) {
        if (keep)
            m_field.append(c);
        ++length;
        checkLength(recordLength + length, quoteStart);
    };
    for (;;) {
        if (!more())
            fail(CsvError::Kind::UnterminatedQuote, quoteStart,
                 Tr::tr("the quoted field starting here is never closed"));
        const qsizetype from = m_pos;
        length += scanText(m_options.maxRecordLength - recordLength - length, true);
        if (keep)
            m_field.append(m_buffer.constData() + from, m_pos - from);
        checkLength(recordLength + length, quoteStart);
        if (m_pos == m_checkedEnd)
            continue;
        const uchar c = current();
        if (c == 0)
            fail(CsvError::Kind::NulCharacter, position(),
                 Tr::tr("a NUL character: this looks like a binary file, or UTF-16 text without a "
                        "byte order mark"));
        if (c == kCr || c == kLf) {
            // A line end inside quotes belongs to the field, exactly as written.
            append(char(c));
            const bool crlf = c == kCr && ensure(2) && m_buffer.at(m_pos + 1) == char(kLf);
            if (crlf)
                append(char(kLf));
            consumeLineEnd();
            continue;
        }
        advance(); // the quote
        if (more() && current() == kQuote) {
            append(char(kQuote));
            advance();
            continue;
        }
        if (!more())
            return length;
        const uchar next = current();
        if (next == m_delimiter.unicode() || next == kCr || next == kLf)
            return length;
        fail(CsvError::Kind::TextAfterQuote, position(),
             Tr::tr("text after the closing quote of a field; expected %1 or the end of the line")
                 .arg(delimiterName(m_delimiter)));
    }
}

QString CsvByteReader::fieldText() const
{
    if (m_field.isEmpty())
        return {};
    if (m_utf8) {
        // Decoded as CsvReader decodes it: QString::fromUtf8 would drop a field's leading
        // U+FEFF as if it were a byte order mark. The bytes were checked, so none is refused.
        QString text;
        TextDecoder decoder(TextEncoding::Utf8);
        decoder.decode(m_field, text);
        return text;
    }
    // Every byte was checked as Windows-1252: one character each.
    QString text(m_field.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : m_field)
        *out++ = uchar(byte) < 0x80 ? char16_t(uchar(byte)) : windows1252::toUnicode(uchar(byte));
    return text;
}

QString CsvByteReader::keptText(qsizetype column)
{
    // After this many lookups a column that found fewer than half of its values stops.
    constexpr qint64 kTrial = 4096;
    if (m_field.isEmpty())
        return {};
    if (column >= qsizetype(m_repeated.size()))
        m_repeated.resize(column + 1);
    RepeatedText &repeated = m_repeated[column];
    if (repeated.off)
        return fieldText();
    const auto *bytes = reinterpret_cast<const uchar *>(m_field.constData());
    const qsizetype size = m_field.size();
    const size_t place = (size_t(size) * 31 + bytes[0] * 7 + bytes[size - 1] + bytes[size / 2] * 3)
        % repeated.seen.size();
    RepeatedText::Seen &seen = repeated.seen[place];
    ++repeated.lookups;
    if (seen.bytes == m_field) {
        ++repeated.found;
        return seen.text;
    }
    QString text = fieldText();
    if (repeated.lookups >= kTrial && repeated.found * 2 < repeated.lookups) {
        repeated = RepeatedText();
        repeated.off = true;
        return text;
    }
    // Copied into the slot's own bytes: m_field is written over for the next field.
    seen.bytes.resize(0);
    seen.bytes.append(m_field.constData(), m_field.size());
    seen.text = text;
    return text;
}

bool CsvByteReader::readRecord(QStringList &fields, QList<CsvPosition> &starts, CsvPosition &end)
{
    // The lists keep their room and their columns not kept (null text) from record to record:
    // each field is written over its place, and the lists cut to the record's fields at the
    // end, an error's included.
    qsizetype count = 0;
    struct Cut
    {
        QStringList &fields;
        QList<CsvPosition> &starts;
        const qsizetype &count;
        ~Cut()
        {
            fields.resize(count);
            starts.resize(count);
        }
    } cut { fields, starts, count };
    if (m_finished)
        return false;
    for (;;) {
        if (!more()) {
            m_finished = true;
            return false;
        }
        if (!m_options.skipBlankLines || (current() != kCr && current() != kLf))
            break;
        consumeLineEnd();
        ++m_blankLines;
    }
    qint64 length = 0;
    for (;;) {
        const CsvPosition at = position();
        if (count < starts.size())
            starts[count] = at;
        else
            starts.append(at);
        const bool keep = keeps(count);
        if (keep)
            m_field.resize(0);
        if (const qint64 plain = readPlainField(keep, length); plain >= 0)
            length += plain;
        else if (more() && current() == kQuote)
            length += readQuoted(keep, length);
        else
            length += readUnquoted(keep, length);
        QString text = keep ? keptText(count) : QString();
        if (m_options.undoFormulaGuard)
            text = formulaguard::unguarded(text);
        if (count == fields.size())
            fields.append(std::move(text));
        else if (!text.isNull() || !fields.at(count).isNull())
            fields[count] = std::move(text);
        ++count;
        if (!more()) {
            end = position();
            return true;
        }
        if (current() == m_delimiter.unicode()) {
            advance();
            continue;
        }
        end = position();
        consumeLineEnd();
        return true;
    }
}

TextEncoding CsvByteReader::encoding()
{
    start();
    return m_source.encoding();
}

} // namespace hubreg
