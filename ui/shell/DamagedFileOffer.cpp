#include "DamagedFileOffer.h"

#include "common/Prompter.h"
#include "common/WaitCursor.h"
#include "database/Backup.h"
#include "database/Restore.h"
#include "database/StoreError.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::DamagedFileOffer)
};

// Every backup is read page by page, which takes a while for a large file. Returns an empty
// string when there is none or the person stopped looking.
QString findLatestGoodBackup(QWidget *parent, const QString &path)
{
    auto found = std::make_shared<QString>();
    QThread *thread = QThread::create([found, path] { *found = Backup::latestGood(path); });
    QProgressDialog progress(Tr::tr("Looking for the latest good backup…"), Tr::tr("Stop"), 0, 0,
                             parent);
    progress.setWindowTitle(Tr::tr("The file is damaged"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    // A stopped search goes on reading to its end; the thread then deletes itself.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    loop.exec();
    // Not stopped: the loop ended because the search had finished.
    return progress.wasCanceled() ? QString() : *found;
}
} // namespace

DamagedFileChoice askAboutDamagedFile(QWidget *parent, const QString &path, const QString &problem)
{
    DamagedFileChoice choice;
    const QString backup = findLatestGoodBackup(parent, path);
    const QString title = Tr::tr("The file is damaged");
    const QString readOnly
        = Tr::tr("HubRegister will not write to a damaged file. You can look at it read-only "
                 "and copy out what can still be read.");
    if (backup.isEmpty()) {
        const auto answer = Prompter::question(
            parent, title,
            problem + QStringLiteral("\n\n")
                + Tr::tr("No good backup of it was found in “%1”. If you have a copy elsewhere, "
                         "use File > Restore from Backup.")
                      .arg(QDir::toNativeSeparators(Backup::folderPath(path)))
                + QStringLiteral("\n\n") + readOnly + QStringLiteral("\n\n")
                + Tr::tr("Open it read-only?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        choice.action = answer == QMessageBox::Open ? DamagedFileChoice::Action::ReadOnly
                                                    : DamagedFileChoice::Action::Cancel;
        return choice;
    }
    const auto answer = Prompter::question(
        parent, title,
        problem + QStringLiteral("\n\n")
            + Tr::tr("The latest good backup is “%1”, taken %2. Changes made since then are not "
                     "in it.")
                  .arg(
                      QDir::toNativeSeparators(backup),
                      QFileInfo(backup).lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            + QStringLiteral("\n\n")
            + Tr::tr("Yes: put the backup in place. The damaged file is kept in the backups "
                     "folder.\nNo: look at the damaged file read-only.")
            + QStringLiteral("\n\n") + Tr::tr("Restore the backup now?"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        choice.action = DamagedFileChoice::Action::RestoreBackup;
        choice.backupPath = backup;
    } else if (answer == QMessageBox::No) {
        choice.action = DamagedFileChoice::Action::ReadOnly;
    }
    return choice;
}

QString restoreOverDamagedFile(const QString &backupPath, const QString &path,
                               const QDateTime &nowUtc, QString *keptDamagedPath)
{
    const WaitCursor wait;
    QString failure;
    StagedRestore staged;
    try {
        staged = Restore::prepare(backupPath, path);
        // The damaged file is kept in its backups folder, under a name kept out of the backups
        // offered, before the backup takes its place.
        const QString kept
            = Restore::replace(staged, path, Restore::Replacing::DamagedFile, nowUtc);
        if (keptDamagedPath)
            *keptDamagedPath = kept;
    } catch (const StoreError &error) {
        Restore::discard(staged);
        failure = error.message();
    }
    return failure;
}

} // namespace hubreg::ui
