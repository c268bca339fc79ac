#include "DateFields.h"

#include "domain/Validation.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace hubreg::ui {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/ ]{0,12}")), this));
    setMaxLength(12);
}

QDate DateLineEdit::date() const
{
    return validation::parseUkDate(text());
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(validation::formatUkDate(date));
}

QString DateLineEdit::problem(bool required, const QString &what) const
{
    if (isBlank())
        return required ? tr("Enter %1 as dd/mm/yyyy.").arg(what) : QString();
    if (!date().isValid())
        return tr("%1 is not a date: write it as dd/mm/yyyy, such as 05/11/2024.")
            .arg(text().trimmed());
    return {};
}

TimeLineEdit::TimeLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9:. ]{0,6}")), this));
    setMaxLength(6);
}

QTime TimeLineEdit::time() const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    const auto match = pattern.match(text());
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

void TimeLineEdit::setTime(const QTime &time)
{
    setText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
}

QString TimeLineEdit::problem(const QString &what) const
{
    if (isBlank() || time().isValid())
        return {};
    return tr("%1 is not a time for %2: write it as hh:mm, such as 13:30.")
        .arg(text().trimmed(), what);
}

} // namespace hubreg::ui
