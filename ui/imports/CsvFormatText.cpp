#include "CsvFormatText.h"

#include "import/CsvPreview.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::CsvFormatText)
};

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return Tr::tr("semicolons");
    if (delimiter == QLatin1Char('\t'))
        return Tr::tr("tabs");
    return Tr::tr("commas");
}
} // namespace

QString describeCsvFormat(const CsvPreview &preview)
{
    return Tr::tr("Read as %1, columns separated by %2.")
        .arg(displayName(preview.encoding), delimiterName(preview.delimiter));
}

} // namespace hubreg::ui
