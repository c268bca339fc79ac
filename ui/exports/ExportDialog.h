#pragma once

#include "domain/ExportTemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class ColumnLayoutEditor;
class ExportFilterPanel;
class ExportPreviewModel;
class TemplateBar;

// File > Export Return: one of the NCETM returns, filtered, its columns laid out by hand or by
// a saved template, previewed, then saved as CSV or as an Excel workbook (.xlsx) with progress
// and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Database &db, QWidget *parent = nullptr);

    ReportKind report() const;
    // The format chosen for the file; a name typed with .csv or .xlsx wins over it.
    bool savesWorkbook() const;

public slots:
    void reject() override;

private:
    void reportChosen();
    void refreshColumns();
    // The report's columns for the filter; false (and the reason shown) when they cannot be read.
    bool loadColumns();
    void updatePreview();
    void saveFile();
    QString suggestedPath() const;
    QString chosenPath(const QString &typed) const;

    Database &m_db;
    QComboBox *m_report;
    QComboBox *m_format;
    ExportFilterPanel *m_filter;
    ColumnLayoutEditor *m_columns;
    TemplateBar *m_templates;
    ExportPreviewModel *m_previewModel;
    QTableView *m_preview;
    QLabel *m_previewStatus;
    QPushButton *m_save;
    bool m_writing = false;
};

} // namespace hubreg::ui
