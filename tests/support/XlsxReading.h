#pragma once

// Reads an .xlsx workbook back for the tests, through tests/support/read_xlsx.py and Python's
// openpyxl (Debian's python3-openpyxl): a reader that owes nothing to the writer under test.
// Header-only so tests include it without a build change.

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace hubreg::test {

struct XlsxCell
{
    QString type; // "text", "number", "date", "time", or empty for a blank cell
    QString value;
    QString format; // the number format
    bool bold = false;
};

struct XlsxSheet
{
    QStringList sheets;
    QString title;
    QString freeze; // the top-left cell below and right of the frozen panes, "A2"
    QString filter; // the filter's range, "A1:N3"
    QList<QList<XlsxCell>> rows;
    QString error; // why it could not be read, or empty
};

// A Python 3 with openpyxl: Debian's own first, as a Python on the PATH may lack it.
inline QString pythonWithOpenpyxl()
{
    for (const QString &candidate :
         { QStringLiteral("/usr/bin/python3"), QStringLiteral("python3") }) {
        if (candidate.startsWith(QLatin1Char('/')) && !QFileInfo::exists(candidate))
            continue;
        QProcess probe;
        probe.start(candidate, { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

inline XlsxSheet readXlsx(const QString &path)
{
    XlsxSheet sheet;
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty()) {
        sheet.error = QStringLiteral("no python3 with openpyxl (install python3-openpyxl)");
        return sheet;
    }
    const QString script = QDir(QStringLiteral(HUBREGISTER_TEST_DATA))
                               .filePath(QStringLiteral("../support/read_xlsx.py"));
    QProcess process;
    process.start(python, { script, path });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        sheet.error = QString::fromUtf8(process.readAllStandardError());
        return sheet;
    }
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &name : root.value(QStringLiteral("sheets")).toArray())
        sheet.sheets << name.toString();
    sheet.title = root.value(QStringLiteral("title")).toString();
    sheet.freeze = root.value(QStringLiteral("freeze")).toString();
    sheet.filter = root.value(QStringLiteral("filter")).toString();
    for (const QJsonValue &row : root.value(QStringLiteral("rows")).toArray()) {
        QList<XlsxCell> cells;
        for (const QJsonValue &value : row.toArray()) {
            XlsxCell cell;
            if (value.isObject()) {
                const QJsonObject o = value.toObject();
                cell.type = o.value(QStringLiteral("type")).toString();
                cell.value = o.value(QStringLiteral("value")).toString();
                cell.format = o.value(QStringLiteral("format")).toString();
                cell.bold = o.value(QStringLiteral("bold")).toBool();
            }
            cells << cell;
        }
        sheet.rows << cells;
    }
    return sheet;
}

} // namespace hubreg::test
