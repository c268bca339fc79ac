#include "CsvPreview.h"

#include "ImportError.h"

namespace hubreg {

CsvPreview previewCsv(const QString &path, int maxRows, const CsvReadOptions &options)
{
    CsvPreview preview;
    try {
        CsvReader reader(path, options);
        preview.fileName = reader.fileName();
        preview.header = reader.header();
        preview.encoding = reader.encoding();
        preview.delimiter = reader.delimiter();
        CsvRow row;
        while (preview.rows.size() < maxRows) {
            try {
                if (!reader.readRow(row))
                    break;
                preview.rows << row.fields;
            } catch (const CsvError &error) {
                preview.problem = error.message();
                break;
            }
        }
    } catch (const CsvError &error) {
        throw ImportError(error);
    }
    return preview;
}

} // namespace hubreg
