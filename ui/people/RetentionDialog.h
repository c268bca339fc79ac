#pragma once

#include "privacy/Retention.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace hubreg::ui {

class BackupCopiesPanel;
class Workspace;

// The retention policy and its purge: how many years after the academic year ends each hub
// keeps people's personal data, who is past that (a preview), and anonymising them all at once
// as an erasure does, with the backups that still hold them.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(Workspace &workspace, QWidget *parent = nullptr);

    QList<QSpinBox *> yearsSpinBoxes() const { return m_years; }
    QTableView *previewTable() const { return m_table; }
    QPushButton *purgeButton() const { return m_purge; }
    BackupCopiesPanel *backupsPanel() const { return m_backups; }
    const QList<RetentionCandidate> &due() const { return m_due; }

    // Asks, then anonymises everyone in the preview, with progress and Cancel.
    void purge();

private:
    void refresh();

    Workspace &m_workspace;
    QList<QSpinBox *> m_years;
    QLabel *m_dueLabel;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QVBoxLayout *m_backupsHolder;
    BackupCopiesPanel *m_backups = nullptr;
    QPushButton *m_purge;
    QList<RetentionCandidate> m_due;
};

} // namespace hubreg::ui
