#include "FileNames.h"

#include <QRegularExpression>

namespace hubreg::ui {

QString fileNameFrom(const QString &name)
{
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString cleaned = name;
    cleaned.replace(forbidden, QStringLiteral("-"));
    return cleaned.simplified();
}

} // namespace hubreg::ui
