#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hubreg::csvexport {

// A small RFC 4180 writer for the dashboard's lists, to be replaced by core/csv's writer once
// that is on main: UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends, a field
// quoted when it holds a comma, quote or line break, and text a spreadsheet would run as a
// formula (starting =, +, -, @, tab or carriage return) led by an apostrophe.
QByteArray encode(const QStringList &header, const QList<QStringList> &rows);

// Writes `bytes` to `path` through a temporary file, so a failed write leaves no half file.
// Throws StoreError(Io) naming the file.
void save(const QString &path, const QByteArray &bytes);

} // namespace hubreg::csvexport
