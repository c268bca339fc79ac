#pragma once

#include "import/ImportControl.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hubreg::ui {

// Progress of an import running on this thread, with Cancel. The importer is handed control():
// each progress report moves the bar and lets the program's events through, so the window is
// redrawn and Cancel can be pressed; the importer stops at its next check and rolls back.
//
// Why not a worker thread: the open file is one SQLite connection, which belongs to the thread
// that opened it, and its lock keeps a second connection of ours out too.
class ImportProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPanel(QWidget *parent = nullptr);

    // Starts afresh and gives the importer its progress and cancel.
    ImportControl control();
    void requestCancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void showProgress(ImportStage stage, qint64 done, qint64 total);

    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_cancelRequested = false;
};

} // namespace hubreg::ui
