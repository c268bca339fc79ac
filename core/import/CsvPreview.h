#pragma once

#include "csv/CsvReader.h"

#include <QList>
#include <QStringList>

namespace hubreg {

// The first rows of a file to import, as the reader sees them, for a person to check the
// encoding, delimiter and columns before mapping and importing.
struct CsvPreview
{
    QString fileName;
    QStringList header;
    QList<QStringList> rows;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    // The first problem met within the rows previewed (with its place), or empty.
    QString problem;
};

// Throws ImportError when the file cannot be opened or its header cannot be read.
CsvPreview previewCsv(const QString &path, int maxRows = 10, const CsvReadOptions &options = {});

} // namespace hubreg
