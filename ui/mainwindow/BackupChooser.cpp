#include "BackupChooser.h"

#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "database/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
enum Column { Name, Taken, Size, Made, ColumnCount };

QString madeBy(const QString &fileName)
{
    if (fileName.contains(QLatin1String("-daily-")))
        return BackupChooser::tr("Daily, on opening");
    if (fileName.contains(QLatin1String("-before-restore-")))
        return BackupChooser::tr("Before a restore");
    if (fileName.contains(QLatin1String("-schema")))
        return BackupChooser::tr("Before an upgrade");
    return BackupChooser::tr("Backed up by hand");
}
} // namespace

BackupChooser::BackupChooser(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("backupChooser"));
    setWindowTitle(tr("Restore from Backup"));
    m_table->setObjectName(QStringLiteral("backupsTableWidget"));
    m_table->setAccessibleName(tr("Backups of this file"));
    m_table->setAccessibleDescription(
        tr("Newest first: the file, when it was taken, its size and what made it"));
    m_table->setHorizontalHeaderLabels({ tr("Backup"), tr("Taken"), tr("Size"), tr("Made") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    const QLocale locale;
    for (const QString &path : Backup::allBackups(databasePath)) {
        const QFileInfo file(path);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(file.fileName());
        name->setData(Qt::UserRole, path);
        name->setToolTip(QDir::toNativeSeparators(path));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Taken,
                         new QTableWidgetItem(
                             file.lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(file.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Size, size);
        m_table->setItem(row, Made, new QTableWidgetItem(madeBy(file.fileName())));
    }
    // Every column shows all it holds: the times and sizes are what tell backups apart.
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column : { Taken, Size, Made })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *intro = new QLabel(
        m_table->rowCount() > 0
            ? tr("Backups kept in “%1”, newest first. The file as it is now is backed up "
                 "before it is replaced.")
                  .arg(QDir::toNativeSeparators(Backup::folderPath(databasePath)))
            : tr("No backups are kept in “%1” yet. Choose another file to restore from.")
                  .arg(QDir::toNativeSeparators(Backup::folderPath(databasePath))),
        this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore This Backup…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupPushButton"));
    QPushButton *other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFilePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
        if (chosen.isEmpty())
            return;
        m_chosen = m_table->item(chosen.first()->row(), Name)->data(Qt::UserRole).toString();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &BackupChooser::chooseOther);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemActivated, m_restore, &QPushButton::click);
    m_restore->setEnabled(false);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const int wanted = m_table->horizontalHeader()->length() + 80;
    resizeWithinScreen(this, QSize(qMax(640, wanted), 420));
    m_table->setFocus(Qt::OtherFocusReason);
}

void BackupChooser::chooseOther()
{
    const QString path = Prompter::openFileName(
        this, tr("Restore from Backup"), Backup::folderPath(m_databasePath),
        tr("HubRegister files (*.sqlite *.hubregister);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

QString BackupChooser::choose(const QString &databasePath, QWidget *parent)
{
    if (const auto answer = Prompter::answeredFileName())
        return *answer;
    BackupChooser dialog(databasePath, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenPath() : QString();
}

} // namespace hubreg::ui
