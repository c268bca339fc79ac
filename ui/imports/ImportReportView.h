#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace hubreg {
class ImportError;
struct ImportReport;
} // namespace hubreg

namespace hubreg::ui {

class DataTableView;
class ImportReportModel;

// What an import did: a headline, the counts (added, updated, closed, unchanged, left out,
// rejected), and a sortable table of the rejected rows and notes with their line, column and
// reason, which Ctrl+C copies as tab-separated text and Save as CSV writes out whole.
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget *parent = nullptr);

    // `showClosed`: the import can close schools (GIAS establishments).
    void showReport(const QString &headline, const ImportReport &report, bool showClosed);
    void showError(const QString &headline, const ImportError &error);
    // A failure with no place in the file (the database refused).
    void showFailure(const QString &headline);

    DataTableView *table() const { return m_table; }
    void saveAsCsv();

private:
    void setCountsVisible(bool visible);

    QLabel *m_headline;
    QWidget *m_counts;
    QLabel *m_rows;
    QLabel *m_added;
    QLabel *m_updated;
    QLabel *m_closedName;
    QLabel *m_closed;
    QLabel *m_unchanged;
    QLabel *m_skipped;
    QLabel *m_rejected;
    ImportReportModel *m_model;
    QSortFilterProxyModel *m_sorted;
    DataTableView *m_table;
    QPushButton *m_save;
    QString m_fileName;
};

} // namespace hubreg::ui
