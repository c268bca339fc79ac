#pragma once

#include "privacy/SubjectAccess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hubreg {
class Database;
}

// The subject access export a hub sends a person: a PDF to read, and the same data as JSON
// beside it for a machine. The core gathers (privacy/SubjectAccess.h); this draws.
namespace hubreg::ui::subjectaccess {

// The document as HTML (for the PDF; also what a test reads).
QString html(const SubjectAccessReport &report);
// The PDF (A4). Needs a QGuiApplication, for fonts.
QByteArray pdf(const SubjectAccessReport &report);

// "ann.pdf" for "ann", "ann.pdf", or "ann.json"; the JSON goes beside it as "ann.json".
QString pdfPathFor(const QString &path);
QString jsonPathFor(const QString &path);

// Gathers everything held about the person and writes the PDF and the JSON, whole and private
// (0600), never over the database or a backup. Returns the two paths; throws StoreError.
QStringList write(Database &db, RecordId personId, const QString &path);

} // namespace hubreg::ui::subjectaccess
