#pragma once

#include "csv/CsvError.h"

#include <QString>

#include <stdexcept>

namespace hubreg {

// An import file that cannot be imported at all (unreadable, malformed CSV, required columns
// missing). Nothing was written. The message names the file, and the line and column when there
// is one.
class ImportError : public std::runtime_error
{
public:
    ImportError(const QString &fileName, CsvPosition position, const QString &detail);
    explicit ImportError(const CsvError &error);

    QString fileName() const { return m_fileName; }
    CsvPosition position() const { return m_position; }
    QString detail() const { return m_detail; }
    QString message() const { return m_message; }

private:
    QString m_fileName;
    CsvPosition m_position;
    QString m_detail;
    QString m_message;
};

} // namespace hubreg
