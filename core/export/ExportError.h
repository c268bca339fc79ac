#pragma once

#include <QString>

#include <stdexcept>

namespace hubreg {

// An export that could not be made: a layout naming a column the report does not have, or a
// file that could not be written. No file was left behind, and an older one was kept.
class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace hubreg
