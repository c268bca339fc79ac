#include "ImportValues.h"

#include "csv/ControlCharacters.h"

#include <QRegularExpression>

namespace hubreg::importvalues {

std::optional<QDate> date(const QString &text)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    QDate value;
    if (const auto match = dayFirst.match(trimmed); match.hasMatch())
        value = QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                      match.captured(1).toInt());
    else if (const auto isoMatch = iso.match(trimmed); isoMatch.hasMatch())
        value = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(),
                      isoMatch.captured(3).toInt());
    if (!value.isValid())
        return std::nullopt;
    return value;
}

std::optional<int> count(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("y") || value == QLatin1String("yes")
        || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("n") || value == QLatin1String("no")
        || value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString shown(const QString &text)
{
    constexpr qsizetype kMost = 40;
    // Control characters written out: a message must never carry an escape sequence to the
    // terminal or window that shows it.
    if (text.size() <= kMost)
        return controlcharacters::escaped(text);
    return controlcharacters::escaped(QStringView(text).left(kMost - 1)) + QChar(0x2026);
}

} // namespace hubreg::importvalues
