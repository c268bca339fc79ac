#include "CsvExport.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace hubreg::csvexport {

namespace {
QString field(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString line(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells)
        fields << field(cell);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}
} // namespace

QByteArray encode(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

void save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StoreError(
            StoreError::Kind::Io,
            QCoreApplication::translate("hubreg::csvexport", "“%1” could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace hubreg::csvexport
