#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace hubreg::ui {

// What the person chose on being told their file is damaged.
struct DamagedFileChoice
{
    enum class Action {
        RestoreBackup, // put backupPath in place of the file
        ReadOnly, // look at the damaged file without changing it
        Cancel
    };
    Action action = Action::Cancel;
    QString backupPath;
};

// Says plainly that the file at `path` is damaged and how, looks for its latest good backup
// (in a worker thread, behind a progress dialog that can be cancelled) and asks whether to put
// that backup in place or to look at the damaged file read-only.
DamagedFileChoice askAboutDamagedFile(QWidget *parent, const QString &path, const QString &problem);

// Puts the backup in place of the damaged file, which must be closed, after keeping a copy of
// the damaged file in the backups folder. Returns what went wrong, or an empty string; on
// failure the file is left as it was.
QString restoreOverDamagedFile(const QString &backupPath, const QString &path,
                               const QDateTime &nowUtc, QString *keptDamagedPath = nullptr);

} // namespace hubreg::ui
