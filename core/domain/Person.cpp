#include "Person.h"

namespace hubreg {

QString Person::fullName() const
{
    return (firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

QString Person::sortName() const
{
    if (firstName.trimmed().isEmpty())
        return lastName.trimmed();
    if (lastName.trimmed().isEmpty())
        return firstName.trimmed();
    return lastName.trimmed() + QStringLiteral(", ") + firstName.trimmed();
}

} // namespace hubreg
