#pragma once

#include "ExportError.h"

#include <functional>

namespace hubreg {

// How a long export reports progress and learns it should stop. Both may be left empty.
struct ExportControl
{
    // Rows written so far, and the rows the report expects to give in all (-1 when it cannot
    // tell cheaply). Called before the first row, after each row, and at the end with
    // done == total.
    std::function<void(qint64 done, qint64 total)> progress;
    // Asked before the first row and after each; true stops the export, and no file is left.
    std::function<bool()> cancelRequested;
};

// The export was stopped on request: nothing was written, and a file it would have replaced
// was kept. An ExportError, so a caller that does not ask to cancel need not know of it.
class ExportCancelled : public ExportError
{
public:
    ExportCancelled();
};

} // namespace hubreg
