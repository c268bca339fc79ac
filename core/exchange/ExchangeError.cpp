#include "ExchangeError.h"

namespace hubreg {

ExchangeError::ExchangeError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{ }

} // namespace hubreg
