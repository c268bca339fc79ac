#include "ImportError.h"

namespace hubreg {

ImportError::ImportError(const QString &fileName, CsvPosition position, const QString &detail)
    : ImportError(CsvError(CsvError::Kind::Io, fileName, position, detail))
{ }

ImportError::ImportError(const CsvError &error)
    : std::runtime_error(error.what())
    , m_fileName(error.fileName())
    , m_position(error.position())
    , m_detail(error.detail())
    , m_message(error.message())
{ }

} // namespace hubreg
