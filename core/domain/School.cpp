#include "School.h"

#include <QStringList>

namespace hubreg {

QString School::headteacher() const
{
    QStringList parts;
    for (const QString &part : {headTitle, headFirstName, headLastName}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

QString School::address() const
{
    QStringList parts;
    for (const QString &part : {street, locality, address3, town, postcode}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace hubreg
