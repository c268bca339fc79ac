#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace hubreg::ui {

// File > Restore from Backup: the copies kept in the file's backups folder, newest first, each
// with when it was taken, its size and what made it, so that two can be told apart; or any
// other file, through a file chooser.
class BackupChooser : public QDialog
{
    Q_OBJECT

public:
    BackupChooser(const QString &databasePath, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The backup chosen, once accepted.
    QString chosenPath() const { return m_chosen; }

    // Asks which backup to restore; empty when none was chosen. A test's answer given to
    // Prompter::setNextFileName() is taken without asking.
    static QString choose(const QString &databasePath, QWidget *parent);

private:
    void chooseOther();

    QString m_databasePath;
    QTableWidget *m_table;
    QPushButton *m_restore;
    QString m_chosen;
};

} // namespace hubreg::ui
