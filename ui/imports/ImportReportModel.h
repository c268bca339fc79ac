#pragma once

#include "common/RowTableModel.h"

namespace hubreg {
class ImportError;
struct ImportReport;
} // namespace hubreg

namespace hubreg::ui {

// A rejected row, a note, or the error that stopped an import.
struct ImportReportRow
{
    QString outcome;
    qint64 line = 0; // 0: not known
    qint64 column = 0; // 0: the row as a whole
    QString field;
    QString reason;
};

// The rows of an import's report that need a person's eye: each rejected row and each note
// with its line, column and reason, or the error that stopped the import. Sorts by number on
// the Line and Column columns (SortRole).
class ImportReportModel : public RowTableModel<ImportReportRow>
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, LineColumn, ColumnColumn, FieldColumn, ReasonColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const ImportReport &report);
    void setError(const ImportError &error);
    void clear();

    // Every row in line order, as CSV (UTF-8 with BOM, the file named on each row).
    QByteArray toCsv() const;

protected:
    QVariant cellData(const ImportReportRow &row, int column, int role) const override;

private:
    QString m_fileName;
};

} // namespace hubreg::ui
