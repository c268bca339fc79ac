#include "CsvError.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Every marker is filled in one pass (QString::arg with several arguments): filled one at a
// time, a file name such as "100%1.csv" would take the line number in place of its own "%1".
QString compose(const QString &fileName, CsvPosition position, const QString &detail)
{
    const char *context = "hubreg::CsvError";
    if (position.line <= 0)
        return QCoreApplication::translate(context, "%1: %2").arg(fileName, detail);
    if (position.column <= 0)
        return QCoreApplication::translate(context, "%1, line %2: %3")
            .arg(fileName, QString::number(position.line), detail);
    return QCoreApplication::translate(context, "%1, line %2, column %3: %4")
        .arg(fileName, QString::number(position.line), QString::number(position.column), detail);
}
} // namespace

CsvError::CsvError(Kind kind, const QString &fileName, CsvPosition position, const QString &detail)
    : std::runtime_error(compose(fileName, position, detail).toStdString())
    , m_kind(kind)
    , m_fileName(fileName)
    , m_position(position)
    , m_detail(detail)
    , m_message(compose(fileName, position, detail))
{ }

} // namespace hubreg
