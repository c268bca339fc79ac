#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hubreg::csvexport {

// Writes `bytes` to `path` through a temporary file, so a failed write leaves no half file;
// private (0600), and never over an SQLite database or through a link to nothing. Throws
// StoreError(Io) naming the file.
void save(const QString &path, const QByteArray &bytes);

} // namespace hubreg::csvexport
