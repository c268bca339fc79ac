#include "CsvExport.h"

#include "database/FileSafety.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace hubreg::csvexport {

void save(const QString &path, const QByteArray &bytes)
{
    if (const QString why = filesafety::whyNotWrite(path, {}, filesafety::Purpose::Export);
        !why.isEmpty())
        throw StoreError(StoreError::Kind::Io, why);
    QSaveFile file(path);
    // Readable by its owner only, like the database: such files can name schools' staff.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        throw StoreError(
            StoreError::Kind::Io,
            QCoreApplication::translate("hubreg::csvexport", "“%1” could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace hubreg::csvexport
