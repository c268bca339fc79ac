#pragma once

#include "GiasImportKind.h"
#include "import/ImportControl.h"
#include "import/ImportReport.h"

#include <QDialog>

class QPushButton;
class QStackedWidget;

namespace hubreg::ui {

class GiasImportSetup;
class ImportProgressPanel;
class ImportReportView;
class Workspace;

// File > Import > GIAS Schools… and GIAS Links…: choose the file and the options, run the
// import with progress and Cancel, and read the report. The import is all or nothing: a
// cancel, a failure or (when asked) a rejected row leaves the file exactly as it was.
class GiasImportDialog : public QDialog
{
    Q_OBJECT

public:
    GiasImportDialog(Workspace &workspace, GiasImportKind kind, QWidget *parent = nullptr);

    // Opens the dialog over `parent` for the workspace's file, or says why a read-only file
    // cannot take an import.
    static void start(Workspace &workspace, GiasImportKind kind, QWidget *parent);

    GiasImportSetup *setup() const { return m_setup; }
    // The report of the last run.
    const ImportReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }

    void runImport();

public slots:
    // Esc and the window's close button: while the import runs, they cancel it.
    void reject() override;

private:
    void showSetup();
    void updateButtons();
    QString headline(OnRejection onRejection) const;

    Workspace &m_workspace;
    GiasImportKind m_kind;
    GiasImportSetup *m_setup;
    ImportProgressPanel *m_progress;
    ImportReportView *m_reportView;
    QStackedWidget *m_pages;
    QPushButton *m_run;
    QPushButton *m_back;
    QPushButton *m_close;
    ImportReport m_report;
    bool m_running = false;
};

} // namespace hubreg::ui
