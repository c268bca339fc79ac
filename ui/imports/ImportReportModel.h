#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace hubreg {
class ImportError;
struct ImportReport;
} // namespace hubreg

namespace hubreg::ui {

// The rows of an import's report that need a person's eye: each rejected row and each note
// with its line, column and reason, or the error that stopped the import. Sorts by number on
// the Line and Column columns (SortRole).
class ImportReportModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString outcome;
        qint64 line = 0; // 0: not known
        qint64 column = 0; // 0: the row as a whole
        QString field;
        QString reason;
    };

    QString m_fileName;
    QList<Row> m_rows;
};

} // namespace hubreg::ui
