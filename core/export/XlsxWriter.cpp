#include "XlsxWriter.h"

#include "ExportError.h"
#include "csv/FormulaGuard.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTime>

#include <xlsxwriter.h>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::XlsxWriter)
};

constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;

// The characters Excel refuses in a sheet's name, and its length limit.
QString sheetNameFrom(const QString &name)
{
    QString clean;
    for (QChar c : name)
        clean += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char(' ') : c;
    clean = clean.simplified().left(31);
    return clean.isEmpty() ? QStringLiteral("Return") : clean;
}
} // namespace

struct XlsxWriter::Workbook
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *date = nullptr;
    lxw_format *time = nullptr;
    QHash<int, lxw_format *> decimals; // by the number of decimals shown

    ~Workbook()
    {
        // Not finished: free everything without writing a file.
        if (book)
            lxw_workbook_free(book);
    }

    lxw_format *decimalFormat(int places)
    {
        if (places <= 0)
            return nullptr;
        if (lxw_format *format = decimals.value(places))
            return format;
        lxw_format *format = workbook_add_format(book);
        const QByteArray pattern = QByteArrayLiteral("0.") + QByteArray(qMin(places, 10), '0');
        format_set_num_format(format, pattern.constData());
        decimals.insert(places, format);
        return format;
    }
};

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName, const QString &displayName,
                       bool guardFormulas)
    : m_book(std::make_unique<Workbook>())
    , m_displayName(displayName)
    , m_guardFormulas(guardFormulas)
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a national return can pass 4 GB of XML before zipping
    const QByteArray file = QFile::encodeName(path);
    m_book->book = workbook_new_opt(file.constData(), &options);
    if (!m_book->book)
        fail(Tr::tr("the workbook could not be started"));
    m_book->sheet
        = workbook_add_worksheet(m_book->book, sheetNameFrom(sheetName).toUtf8().constData());
    m_book->heading = workbook_add_format(m_book->book);
    m_book->date = workbook_add_format(m_book->book);
    m_book->time = workbook_add_format(m_book->book);
    if (!m_book->sheet || !m_book->heading || !m_book->date || !m_book->time)
        fail(Tr::tr("the workbook could not be started"));
    format_set_bold(m_book->heading);
    format_set_num_format(m_book->date, "dd/mm/yyyy");
    format_set_num_format(m_book->time, "hh:mm");
}

XlsxWriter::~XlsxWriter() = default;

void XlsxWriter::fail(const QString &reason) const
{
    throw ExportError(Tr::tr("%1 cannot be written: %2").arg(m_displayName, reason));
}

void XlsxWriter::writeHeader(const QStringList &headings)
{
    m_columns = int(headings.size());
    if (m_columns > LXW_COL_MAX)
        fail(Tr::tr("it has %1 columns, more than a spreadsheet holds (%2)")
                 .arg(QLocale().toString(m_columns), QLocale().toString(LXW_COL_MAX)));
    m_widths = QList<int>(m_columns, kMinWidth);
    for (int column = 0; column < m_columns; ++column) {
        const QString &text = headings.at(column);
        const QString shown = m_guardFormulas ? formulaguard::guarded(text) : text;
        if (shown.size() > kMaxCellLength)
            fail(Tr::tr("the heading of column %1 is longer than a spreadsheet cell holds")
                     .arg(column + 1));
        if (!shown.isEmpty()
            && worksheet_write_string(m_book->sheet, 0, lxw_col_t(column),
                                      shown.toUtf8().constData(), m_book->heading)
                != LXW_NO_ERROR)
            fail(Tr::tr("the heading row was refused"));
        // Room for the filter's button beside the heading.
        m_widths[column] = qBound(kMinWidth, int(shown.size()) + 4, kMaxWidth);
    }
    m_row = 1;
}

void XlsxWriter::writeRow(const QList<CsvCell> &cells)
{
    if (m_row >= kMaxRows)
        fail(Tr::tr("it has more rows than a spreadsheet holds (%1); save it as CSV instead")
                 .arg(QLocale().toString(kMaxRows - 1)));
    const int count = qMin(int(cells.size()), m_columns);
    for (int column = 0; column < count; ++column)
        writeCell(column, cells.at(column));
    ++m_row;
}

void XlsxWriter::writeCell(int column, const CsvCell &cell)
{
    if (cell.text.isEmpty())
        return;
    lxw_worksheet *sheet = m_book->sheet;
    const lxw_row_t row = lxw_row_t(m_row);
    const lxw_col_t col = lxw_col_t(column);
    lxw_error result = LXW_NO_ERROR;
    int width = int(cell.text.size());
    bool written = false;
    switch (cell.kind) {
    case CsvCellKind::Number: {
        bool ok = false;
        const double value = cell.text.toDouble(&ok);
        if (ok && qIsFinite(value)) {
            const qsizetype point = cell.text.indexOf(QLatin1Char('.'));
            const int places = point < 0 ? 0 : int(cell.text.size() - point - 1);
            result = worksheet_write_number(sheet, row, col, value, m_book->decimalFormat(places));
            written = true;
        }
        break;
    }
    case CsvCellKind::Date: {
        const QDate date = QDate::fromString(cell.text, Qt::ISODate);
        if (date.isValid() && date.year() >= 1900) {
            lxw_datetime value { date.year(), date.month(), date.day(), 0, 0, 0.0 };
            result = worksheet_write_datetime(sheet, row, col, &value, m_book->date);
            width = 10;
            written = true;
        }
        break;
    }
    case CsvCellKind::Time: {
        const QTime time = QTime::fromString(cell.text, QStringLiteral("HH:mm"));
        if (time.isValid()) {
            // A time of day alone: Excel's day 0, as libxlsxwriter takes it.
            lxw_datetime value { 0, 0, 0, time.hour(), time.minute(), 0.0 };
            result = worksheet_write_datetime(sheet, row, col, &value, m_book->time);
            written = true;
        }
        break;
    }
    case CsvCellKind::Text:
    case CsvCellKind::Code:
        break;
    }
    if (!written) {
        // Text and codes, and anything that does not read as its kind, as text: a string cell
        // is never run as a formula, and free text keeps the CSV's guard as well.
        const QString text = cell.kind == CsvCellKind::Text && m_guardFormulas
            ? formulaguard::guarded(cell.text)
            : cell.text;
        if (text.size() > kMaxCellLength)
            fail(Tr::tr("row %1, column %2 holds more characters than a spreadsheet cell (%3)")
                     .arg(QLocale().toString(m_row), QString::number(column + 1),
                          QLocale().toString(kMaxCellLength)));
        result = worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
        width = int(text.size());
    }
    if (result != LXW_NO_ERROR)
        fail(Tr::tr("row %1, column %2 was refused: %3")
                 .arg(QLocale().toString(m_row), QString::number(column + 1),
                      QString::fromUtf8(lxw_strerror(result))));
    if (width + 2 > m_widths.at(column))
        m_widths[column] = qMin(width + 2, kMaxWidth);
}

void XlsxWriter::finish()
{
    lxw_worksheet *sheet = m_book->sheet;
    if (m_columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(qMax<qint64>(m_row - 1, 0)),
                             lxw_col_t(m_columns - 1));
        for (int column = 0; column < m_columns; ++column)
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                                 double(m_widths.at(column)), nullptr);
    }
    lxw_workbook *book = std::exchange(m_book->book, nullptr);
    // workbook_close writes the file and frees the workbook, whatever the outcome.
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR)
        fail(QString::fromUtf8(lxw_strerror(result)));
}

} // namespace hubreg
