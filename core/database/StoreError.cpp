#include "StoreError.h"

namespace hubreg {

StoreError::StoreError(Kind kind, const QString &message, const QString &record,
                       const QString &field)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_record(record)
    , m_field(field)
{ }

} // namespace hubreg
