#pragma once

#include "privacy/BackupCopies.h"

#include <QGroupBox>
#include <QList>
#include <QUuid>

class QLabel;
class QRadioButton;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The backups that still hold people being erased: each named with when it will be gone, and
// a choice of keeping them until then, rewriting them without the people now, or deleting them.
class BackupCopiesPanel : public QGroupBox
{
    Q_OBJECT

public:
    enum class Choice { Keep, Rewrite, Delete };

    BackupCopiesPanel(const QList<BackupCopy> &copies, QWidget *parent = nullptr);

    const QList<BackupCopy> &copies() const { return m_copies; }
    Choice choice() const;
    void setChoice(Choice choice);

    // Rewrites or deletes `copies` as chosen, with progress and Cancel between copies. Returns
    // what was done, for a person to read; problems with single copies are said there too.
    static QString apply(QWidget *parent, const Database &db, const QList<BackupCopy> &copies,
                         const QList<QUuid> &people, Choice choice);

private:
    QList<BackupCopy> m_copies;
    QRadioButton *m_keep;
    QRadioButton *m_rewrite;
    QRadioButton *m_delete;
};

} // namespace hubreg::ui
