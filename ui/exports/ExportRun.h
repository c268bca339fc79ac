#pragma once

#include "domain/ExportTemplate.h"
#include "export/ExportFilter.h"

#include <QString>

class QWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// How a return's writing ended.
struct ExportOutcome
{
    enum class Result { Written, Cancelled, Failed };
    Result result = Result::Failed;
    qint64 rows = 0;
    QString error; // why it failed, for a person to read
};

// Writes a return to `path` with a progress dialog (shown when it takes a while) whose Cancel
// stops it between rows. Whatever the outcome, the file is either whole or as it was before.
ExportOutcome writeReturnWithProgress(QWidget *parent, const Database &db, ReportKind kind,
                                      const ExportFilter &filter, const QList<ExportColumn> &layout,
                                      const QString &path);

} // namespace hubreg::ui
