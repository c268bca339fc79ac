#pragma once

#include "TextDecoder.h"

#include <QByteArray>
#include <QString>

#include <utility>

class QIODevice;

namespace hubreg {

// The bytes of a CSV file for its readers (CsvReader, CsvByteReader): the encoding chosen for
// the whole file before its first row (named, told by a byte order mark, or judged from the
// bytes), the bytes after the mark a chunk at a time, and what to say of bytes the encoding
// does not allow.
class CsvSource
{
public:
    explicit CsvSource(QIODevice &device)
        : m_device(&device)
    { }

    // Whether the device is open for reading; then notes its size.
    bool start();
    // Reads the byte order mark and chooses the encoding, `option` as CsvReadOptions says.
    void chooseEncoding(TextEncoding option);
    TextEncoding encoding() const { return m_encoding; }
    // A decoder for the chosen encoding.
    TextDecoder decoder() const;

    // The bytes read to choose the encoding and not yet given out (once).
    QByteArray takeLookahead() { return std::exchange(m_lookahead, {}); }
    // Reads up to `max` bytes into `into`: how many, 0 at the end, -1 on an error.
    qint64 read(char *into, qint64 max);
    QString errorString() const;

    // Bytes taken from the device, and its size (-1 when unknown).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesTotal() const { return m_bytesTotal; }

    // What is wrong with the bytes `decoder` stopped at, for a CsvError of kind Encoding.
    QString decodingProblem(const TextDecoder &decoder) const;

private:
    QByteArray readUpTo(qint64 count);

    QIODevice *m_device;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingDetected = false;
    QByteArray m_lookahead; // read for the encoding check, not yet given out
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = -1;
    qint64 m_bomLength = 0;
    // When the file was judged not UTF-8: where the first byte that is not UTF-8 is, and what.
    qint64 m_notUtf8At = -1;
    uchar m_notUtf8Byte = 0;
};

} // namespace hubreg
