#include "CsvWriter.h"

#include "FormulaGuard.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hubreg {

namespace {
constexpr qsizetype kFlushSize = 256 * 1024;

bool needsQuotes(const QString &text, QChar delimiter)
{
    for (QChar c : text) {
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}
} // namespace

CsvCell CsvCell::number(qint64 value)
{
    return CsvCell(QString::number(value), CsvCellKind::Number);
}

CsvCell CsvCell::decimal(double value, int decimals)
{
    return CsvCell(QString::number(value, 'f', decimals), CsvCellKind::Number);
}

CsvCell CsvCell::date(const QDate &value)
{
    return CsvCell(value.isValid() ? value.toString(Qt::ISODate) : QString(), CsvCellKind::Date);
}

CsvCell CsvCell::time(const QTime &value)
{
    return CsvCell(value.isValid() ? value.toString(QStringLiteral("HH:mm")) : QString(),
                   CsvCellKind::Time);
}

CsvWriter::CsvWriter(QIODevice &device, const QString &fileName, const CsvWriteOptions &options)
    : m_device(device)
    , m_fileName(fileName)
    , m_options(options)
{
    if (m_options.byteOrderMark)
        m_pending = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString &text, QChar delimiter)
{
    if (!needsQuotes(text, delimiter))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::append(const QString &field)
{
    if (m_fieldsInRow > 0)
        m_line += m_options.delimiter;
    m_line += quoted(field, m_options.delimiter);
    m_lastFieldEmpty = field.isEmpty();
    ++m_fieldsInRow;
}

void CsvWriter::endRow()
{
    // A row of one empty field would be a blank line, which readers skip: quote it.
    if (m_fieldsInRow == 1 && m_lastFieldEmpty)
        m_line = QStringLiteral("\"\"");
    m_line += QLatin1String("\r\n");
    m_pending += m_line.toUtf8();
    m_line.clear();
    m_fieldsInRow = 0;
    ++m_rows;
    if (m_pending.size() >= kFlushSize)
        flush();
}

void CsvWriter::writeRow(const QList<CsvCell> &cells)
{
    for (const CsvCell &cell : cells) {
        const bool guard = m_options.guardFormulas && cell.kind == CsvCellKind::Text;
        append(guard ? formulaguard::guarded(cell.text) : cell.text);
    }
    endRow();
}

void CsvWriter::writeRow(const QStringList &texts)
{
    for (const QString &text : texts)
        append(m_options.guardFormulas ? formulaguard::guarded(text) : text);
    endRow();
}

void CsvWriter::flush()
{
    qsizetype done = 0;
    while (done < m_pending.size()) {
        const qint64 written
            = m_device.write(m_pending.constData() + done, m_pending.size() - done);
        if (written <= 0)
            throw CsvError(CsvError::Kind::Io, m_fileName, {},
                           QCoreApplication::translate("hubreg::CsvWriter",
                                                       "the file could not be written: %1")
                               .arg(m_device.errorString()));
        done += written;
    }
    m_pending.clear();
}

void CsvWriter::finish()
{
    flush();
}

} // namespace hubreg
