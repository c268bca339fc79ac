#include "CsvSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace hubreg {

namespace {

// The readers' strings, in the reader's translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::CsvReader)
};

constexpr qint64 kCheckChunk = 1024 * 1024;
// A device that cannot seek back is judged on this much.
constexpr qint64 kDetectLimit = 1024 * 1024;

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (char b : bytes)
        parts << QStringLiteral("0x")
                + QString::number(uchar(b), 16).rightJustified(2, u'0').toUpper();
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool CsvSource::start()
{
    if (!m_device->isOpen() || !m_device->isReadable())
        return false;
    if (!m_device->isSequential())
        m_bytesTotal = m_device->size() - m_device->pos();
    return true;
}

QByteArray CsvSource::readUpTo(qint64 count)
{
    QByteArray bytes;
    while (bytes.size() < count) {
        const QByteArray part = m_device->read(count - bytes.size());
        if (part.isEmpty())
            break;
        bytes += part;
    }
    m_bytesRead += bytes.size();
    return bytes;
}

void CsvSource::chooseEncoding(TextEncoding option)
{
    const qint64 startPos = m_device->isSequential() ? 0 : m_device->pos();
    m_lookahead = readUpTo(3);
    TextEncoding bom = TextEncoding::Auto;
    if (m_lookahead.startsWith("\xEF\xBB\xBF")) {
        bom = TextEncoding::Utf8;
        m_bomLength = 3;
    } else if (m_lookahead.startsWith("\xFF\xFE")) {
        bom = TextEncoding::Utf16LE;
        m_bomLength = 2;
    } else if (m_lookahead.startsWith("\xFE\xFF")) {
        bom = TextEncoding::Utf16BE;
        m_bomLength = 2;
    }

    m_encoding = option;
    if (m_encoding == TextEncoding::Auto && bom != TextEncoding::Auto) {
        m_encoding = bom;
    } else if (m_encoding == TextEncoding::Auto) {
        // Valid UTF-8 throughout, or Windows-1252: decided for the whole file before the first
        // row, so a late accent cannot change how earlier rows were read. A device that
        // cannot seek back is judged on its first megabyte.
        m_encodingDetected = true;
        Utf8Validator validator;
        validator.feed(m_lookahead);
        if (m_device->isSequential()) {
            m_lookahead += readUpTo(kDetectLimit);
            validator = Utf8Validator();
            validator.feed(m_lookahead);
            m_encoding = validator.validSoFar() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        } else {
            while (validator.validSoFar()) {
                const QByteArray chunk = m_device->read(kCheckChunk);
                if (chunk.isEmpty())
                    break;
                validator.feed(chunk);
            }
            m_encoding = validator.finish() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
            m_device->seek(startPos);
            m_lookahead.clear();
            m_bytesRead = 0;
        }
        m_notUtf8At = validator.invalidAt();
        m_notUtf8Byte = validator.invalidByte();
    }
    if (bom != m_encoding)
        m_bomLength = 0;
    m_lookahead.remove(0, m_bomLength);
}

TextDecoder CsvSource::decoder() const
{
    TextDecoder decoder(m_encoding);
    // Judged Windows-1252 for a byte that is not UTF-8: UTF-8 elsewhere in the file means it
    // mixes the two, and one of them would be garbled without a word.
    decoder.setRefuseUtf8(m_encodingDetected && m_encoding == TextEncoding::Windows1252);
    return decoder;
}

qint64 CsvSource::read(char *into, qint64 max)
{
    const qint64 read = m_device->read(into, max);
    if (read > 0)
        m_bytesRead += read;
    return read;
}

QString CsvSource::errorString() const
{
    return m_device->errorString();
}

QString CsvSource::decodingProblem(const TextDecoder &decoder) const
{
    const QString bytes = hexBytes(decoder.errorBytes());
    const qint64 offset = decoder.errorOffset() + m_bomLength;
    if (decoder.utf8Found())
        return Tr::tr("the bytes %1 (at byte %2 of the file) are UTF-8 for “%3”, but the byte "
                      "%4 (at byte %5) is not UTF-8: the file mixes UTF-8 and Windows-1252, "
                      "so some of its text would be garbled either way. Save it again in one "
                      "encoding (UTF-8), or name the encoding to read it in")
            .arg(bytes)
            .arg(offset)
            .arg(QString::fromUtf8(decoder.errorBytes()))
            .arg(hexBytes(QByteArray(1, char(m_notUtf8Byte))))
            .arg(m_notUtf8At);
    if (m_encodingDetected && m_encoding == TextEncoding::Windows1252)
        return Tr::tr("the byte %1 (at byte %2 of the file) is neither UTF-8 nor Windows-1252 text")
            .arg(bytes)
            .arg(offset);
    if (bytes.isEmpty())
        return Tr::tr("the file ends in the middle of a %1 character (at byte %2)")
            .arg(displayName(m_encoding))
            .arg(offset);
    return Tr::tr("the bytes %1 (at byte %2 of the file) are not valid %3 text")
        .arg(bytes)
        .arg(offset)
        .arg(displayName(m_encoding));
}

} // namespace hubreg
