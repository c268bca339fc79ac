#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::validation)
};

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

std::optional<Urn> Urn::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() != 6 || !allDigits(trimmed))
        return std::nullopt;
    return fromInt(trimmed.toInt());
}

std::optional<Urn> Urn::fromInt(int value)
{
    if (value < 100000 || value > 999999)
        return std::nullopt;
    return Urn(value);
}

namespace validation {

QString urn(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("Enter the school's URN.");
    if (!Urn::isValid(text))
        return Tr::tr("A URN is six digits, such as 100000.");
    return {};
}

QString email(const QString &text, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Tr::tr("Enter an email address.") : QString();
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!pattern.match(trimmed).hasMatch())
        return Tr::tr("“%1” is not an email address, such as name@school.org.uk.").arg(trimmed);
    return {};
}

QString trn(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() != 7 || !allDigits(trimmed))
        return Tr::tr("A Teacher Reference Number is seven digits.");
    return {};
}

QString requiredText(const QString &text, const QString &what)
{
    return text.trimmed().isEmpty() ? Tr::tr("Enter %1.").arg(what) : QString();
}

QString dateRange(const QDate &start, const QDate &end, const QString &startWhat,
                  const QString &endWhat)
{
    if (start.isValid() && end.isValid() && end < start)
        return Tr::tr("%1 must not be before %2.").arg(endWhat, startWhat);
    return {};
}

QDate parseUkDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QString formatUkDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace validation

} // namespace hubreg
