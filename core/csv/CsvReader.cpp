#include "CsvReader.h"

#include "DelimiterGuess.h"
#include "FormulaGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::CsvReader)
};

constexpr qint64 kChunkSize = 64 * 1024;
// The first row is searched this far for the delimiter.
constexpr qsizetype kDetectLimit = 1024 * 1024;
constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return Tr::tr("tab");
    return QStringLiteral("“%1”").arg(delimiter);
}

} // namespace

CsvReader::CsvReader(QIODevice &device, const QString &fileName, const CsvReadOptions &options)
    : CsvRows(fileName, options)
    , m_device(&device)
    , m_source(device)
{ }

CsvReader::CsvReader(const QString &path, const CsvReadOptions &options)
    : CsvRows(QFileInfo(path).fileName(), options)
    , m_ownedDevice(std::make_unique<QFile>(path))
    , m_device(m_ownedDevice.get())
    , m_source(*m_device)
{
    if (QFileInfo(path).isDir())
        throw CsvError(CsvError::Kind::Io, m_fileName, {}, Tr::tr("this is a folder, not a file"));
    if (!m_device->open(QIODevice::ReadOnly))
        throw CsvError(CsvError::Kind::Io, m_fileName, {},
                       Tr::tr("the file cannot be opened: %1").arg(m_device->errorString()));
}

CsvReader::~CsvReader() = default;

void CsvReader::fail(CsvError::Kind kind, CsvPosition at, const QString &detail)
{
    m_finished = true;
    throw CsvError(kind, m_fileName, at, detail);
}

void CsvReader::failDecoding()
{
    fail(CsvError::Kind::Encoding, position(), m_source.decodingProblem(m_decoder));
}

CsvPosition CsvReader::position() const
{
    return { m_line, absolute() - m_lineStart + 1 };
}

void CsvReader::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_source.start())
        fail(CsvError::Kind::Io, {}, Tr::tr("the file is not open for reading"));
    m_source.chooseEncoding(m_options.encoding);
    m_decoder = m_source.decoder();
    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull())
        detectDelimiter();
    if (m_options.hasHeader) {
        CsvPosition end;
        if (readRecord(m_header, m_headerStarts, end))
            m_expectedFields = m_header.size();
    }
}

bool CsvReader::fill()
{
    if (m_inputDone)
        return false;
    if (const QByteArray lookahead = m_source.takeLookahead(); !lookahead.isEmpty()) {
        if (!m_decoder.decode(lookahead, m_buffer)) {
            m_inputDone = true;
            m_decodeFailed = true;
        }
        return true;
    }
    m_chunk.resize(kChunkSize);
    const qint64 read = m_source.read(m_chunk.data(), kChunkSize);
    if (read < 0) {
        m_inputDone = true;
        fail(CsvError::Kind::Io, position(),
             Tr::tr("the file could not be read: %1").arg(m_source.errorString()));
    }
    if (read == 0) {
        m_inputDone = true;
        if (!m_decoder.finish(&m_buffer))
            m_decodeFailed = true;
        return false;
    }
    if (!m_decoder.decode(QByteArrayView(m_chunk.constData(), read), m_buffer)) {
        m_inputDone = true;
        m_decodeFailed = true;
    }
    return true;
}

bool CsvReader::ensure(qsizetype count)
{
    while (m_buffer.size() - m_pos < count) {
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_base += m_pos;
            m_pos = 0;
        }
        if (!fill() && m_buffer.size() - m_pos < count)
            return false;
    }
    return true;
}

bool CsvReader::more()
{
    if (Q_LIKELY(m_pos < m_buffer.size()))
        return true;
    if (ensure(1))
        return true;
    if (m_decodeFailed)
        failDecoding();
    return false;
}

void CsvReader::detectDelimiter()
{
    DelimiterGuess guess;
    for (qsizetype k = 0; k < kDetectLimit && ensure(k + 1); ++k) {
        if (!guess.take(m_buffer.at(m_pos + k).unicode()))
            break;
    }
    m_delimiter = guess.delimiter();
}

void CsvReader::consumeLineEnd()
{
    const QChar c = current();
    advance();
    ++m_line;
    m_lineStart = absolute();
    if (c == kCr && more() && current() == kLf) {
        advance();
        m_lineStart = absolute();
    }
}

void CsvReader::checkLength(qint64 length, CsvPosition at)
{
    if (length > m_options.maxRecordLength)
        fail(CsvError::Kind::RecordTooLong, at,
             Tr::tr("this record is longer than %1 characters; is a closing quote missing?")
                 .arg(m_options.maxRecordLength));
}

qsizetype CsvReader::scanEnd(qint64 recordLength) const
{
    // The characters the record may still take, and one more, which takes it over its limit:
    // the limit is met at that character wherever the buffer ends, so nothing past it is
    // looked at.
    const qint64 room = m_options.maxRecordLength - recordLength;
    return room < m_buffer.size() - m_pos ? m_pos + qsizetype(room) + 1 : m_buffer.size();
}

qint64 CsvReader::readUnquoted(QString *field, qint64 recordLength)
{
    const CsvPosition fieldStart = position();
    const char16_t delimiter = m_delimiter.unicode();
    qint64 length = 0;
    while (more()) {
        const QChar *data = m_buffer.constData();
        const qsizetype end = scanEnd(recordLength + length);
        qsizetype i = m_pos;
        while (i < end) {
            const char16_t c = data[i].unicode();
            if (c == delimiter || c == kQuote || c == kCr || c == kLf || c == 0)
                break;
            ++i;
        }
        if (field)
            field->append(data + m_pos, i - m_pos);
        length += i - m_pos;
        m_pos = i;
        checkLength(recordLength + length, fieldStart);
        if (i < m_buffer.size()) {
            const char16_t c = data[i].unicode();
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

qint64 CsvReader::readQuoted(QString *field, qint64 recordLength)
{
    const CsvPosition quoteStart = position();
    advance();
    qint64 length = 0;
    auto append = [&](const QChar *from, qsizetype count) {
        if (field)
            field->append(from, count);
        length += count;
        checkLength(recordLength + length, quoteStart);
    };
    for (;;) {
        if (!more())
            fail(CsvError::Kind::UnterminatedQuote, quoteStart,
                 Tr::tr("the quoted field starting here is never closed"));
        const QChar *data = m_buffer.constData();
        const qsizetype end = scanEnd(recordLength + length);
        qsizetype i = m_pos;
        while (i < end) {
            const char16_t c = data[i].unicode();
            if (c == kQuote || c == kCr || c == kLf || c == 0)
                break;
            ++i;
        }
        append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == m_buffer.size())
            continue;
        const QChar c = data[i];
        if (c == QChar(0))
            fail(CsvError::Kind::NulCharacter, position(),
                 Tr::tr("a NUL character: this looks like a binary file, or UTF-16 text without a "
                        "byte order mark"));
        if (c == kCr || c == kLf) {
            // A line end inside quotes belongs to the field, exactly as written.
            append(&c, 1);
            const bool crlf = c == kCr && ensure(2) && m_buffer.at(m_pos + 1) == kLf;
            if (crlf) {
                const QChar lf(kLf);
                append(&lf, 1);
            }
            consumeLineEnd();
            continue;
        }
        advance(); // the quote
        if (more() && current() == kQuote) {
            const QChar quote(kQuote);
            append(&quote, 1);
            advance();
            continue;
        }
        if (!more())
            return length;
        const QChar next = current();
        if (next == m_delimiter || next == kCr || next == kLf)
            return length;
        fail(CsvError::Kind::TextAfterQuote, position(),
             Tr::tr("text after the closing quote of a field; expected %1 or the end of the line")
                 .arg(delimiterName(m_delimiter)));
    }
}

bool CsvReader::readRecord(QStringList &fields, QList<CsvPosition> &starts, CsvPosition &end)
{
    fields.clear();
    starts.clear();
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
        starts << position();
        QString field;
        QString *into = keeps(fields.size()) ? &field : nullptr;
        if (more() && current() == kQuote)
            length += readQuoted(into, length);
        else
            length += readUnquoted(into, length);
        if (m_options.undoFormulaGuard)
            fields << formulaguard::unguarded(field);
        else
            fields << std::move(field);
        if (!more()) {
            end = position();
            return true;
        }
        if (current() == m_delimiter) {
            advance();
            continue;
        }
        end = position();
        consumeLineEnd();
        return true;
    }
}

QStringList CsvRows::header()
{
    start();
    return m_header;
}

CsvPosition CsvRows::headerPosition(int field)
{
    start();
    return field >= 0 && field < m_headerStarts.size() ? m_headerStarts.at(field)
                                                       : CsvPosition { 1, 1 };
}

bool CsvRows::readRow(CsvRow &row)
{
    start();
    CsvPosition end;
    if (!readRecord(row.fields, row.fieldStarts, end))
        return false;
    countRow(row, end);
    return true;
}

void CsvRows::keepOnlyColumns(const QList<int> &columns)
{
    m_kept.clear();
    for (int column : columns) {
        if (column < 0)
            continue;
        if (column >= m_kept.size())
            m_kept.resize(column + 1, false);
        m_kept[column] = true;
    }
}

QChar CsvRows::delimiter()
{
    start();
    return m_delimiter;
}

void CsvRows::countRow(CsvRow &row, const CsvPosition &end)
{
    row.number = ++m_rowNumber;
    row.start = row.fieldStarts.first();
    if (m_expectedFields < 0)
        m_expectedFields = row.fields.size();
    const qsizetype count = row.fields.size();
    if (count == m_expectedFields)
        return;
    const CsvPosition at = count > m_expectedFields ? row.fieldStarts.at(m_expectedFields) : end;
    const QString detail = m_options.hasHeader
        ? Tr::tr("this row has %1 fields but the header has %2").arg(count).arg(m_expectedFields)
        : Tr::tr("this row has %1 fields but the first row has %2")
              .arg(count)
              .arg(m_expectedFields);
    // The record was read whole, so the next call can carry on with the one after it.
    throw CsvError(CsvError::Kind::FieldCount, m_fileName, at, detail);
}

TextEncoding CsvReader::encoding()
{
    start();
    return m_source.encoding();
}

} // namespace hubreg
