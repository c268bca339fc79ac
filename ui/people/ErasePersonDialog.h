#pragma once

#include "database/Entity.h"
#include "privacy/Erasure.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QPushButton;

namespace hubreg::ui {

class BackupCopiesPanel;
class Workspace;

// Erasing one person (UK GDPR): says exactly what goes and what stays, which backups still
// hold them and until when, and what to do with those backups; then erases, clears Undo (its
// commands hold copies of people's details), and says what a search of the file found. For a
// person erased earlier, only the backups part.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(Workspace &workspace, RecordId personId, QWidget *parent = nullptr);

    bool alreadyErased() const { return m_alreadyErased; }
    BackupCopiesPanel *backupsPanel() const { return m_backups; }
    QPushButton *eraseButton() const { return m_erase; }
    QString goesText() const;
    QString staysText() const;

    void accept() override;

signals:
    // After the erasure (and the backups' handling): what was done, for the page to show.
    void finished(const QString &summary);

private:
    QString erase();

    Workspace &m_workspace;
    RecordId m_personId;
    QUuid m_uuid;
    bool m_alreadyErased = false;
    ErasurePlan m_plan;
    QLabel *m_goes = nullptr;
    QLabel *m_stays = nullptr;
    BackupCopiesPanel *m_backups = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace hubreg::ui
