#include "AcademicYear.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hubreg {

QString AcademicYear::labelFor(const QDate &date)
{
    const int first = date.month() >= 9 ? date.year() : date.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

bool AcademicYear::isValidLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})/(\\d{2})$"));
    const auto match = pattern.match(label);
    if (!match.hasMatch())
        return false;
    return (match.captured(1).toInt() + 1) % 100 == match.captured(2).toInt();
}

QDate AcademicYear::startOf(const QString &label)
{
    if (!isValidLabel(label))
        return {};
    return QDate(label.left(4).toInt(), 9, 1);
}

QDate AcademicYear::endOf(const QString &label)
{
    if (!isValidLabel(label))
        return {};
    return QDate(label.left(4).toInt() + 1, 8, 31);
}

QString AcademicYear::next(const QString &label)
{
    const QDate start = startOf(label);
    return start.isValid() ? labelFor(start.addYears(1)) : QString();
}

QString AcademicYear::previous(const QString &label)
{
    const QDate start = startOf(label);
    return start.isValid() ? labelFor(start.addYears(-1)) : QString();
}

QString HalfTerm::nameOf(int term)
{
    switch (term) {
    case 1:
        return QCoreApplication::translate("hubreg::HalfTerm", "Autumn 1");
    case 2:
        return QCoreApplication::translate("hubreg::HalfTerm", "Autumn 2");
    case 3:
        return QCoreApplication::translate("hubreg::HalfTerm", "Spring 1");
    case 4:
        return QCoreApplication::translate("hubreg::HalfTerm", "Spring 2");
    case 5:
        return QCoreApplication::translate("hubreg::HalfTerm", "Summer 1");
    case 6:
        return QCoreApplication::translate("hubreg::HalfTerm", "Summer 2");
    default:
        return {};
    }
}

} // namespace hubreg
