#include "GiasImportDialog.h"

#include "GiasImportSetup.h"
#include "ImportProgressPanel.h"
#include "ImportReportView.h"
#include "common/DataTableView.h"
#include "common/ScreenFit.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/GiasLinkImporter.h"
#include "import/ImportError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

GiasImportDialog::GiasImportDialog(Workspace &workspace, GiasImportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_setup(new GiasImportSetup(workspace.database(), kind, this))
    , m_progress(new ImportProgressPanel(this))
    , m_reportView(new ImportReportView(this))
    , m_pages(new QStackedWidget(this))
    , m_run(new QPushButton(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    const bool schools = kind == GiasImportKind::Schools;
    setObjectName(schools ? QStringLiteral("giasSchoolsImportDialog")
                          : QStringLiteral("giasLinksImportDialog"));
    setWindowTitle(schools ? tr("Import GIAS Schools") : tr("Import GIAS Links"));
    auto *intro = new QLabel(
        schools ? tr("An establishment extract from Get Information about Schools "
                     "(edubasealldataYYYYMMDD.csv). Every row is checked before anything is "
                     "saved, and the import is saved whole or not at all.")
                : tr("A links file from Get Information about Schools "
                     "(links_edubasealldataYYYYMMDD.csv): each school's predecessors and "
                     "successors, which carry its history across academy conversions and "
                     "mergers. Every row is checked before anything is saved."),
        this);
    intro->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runImportPushButton"));
    m_back->setObjectName(QStringLiteral("backPushButton"));
    m_close->setObjectName(QStringLiteral("closePushButton"));
    m_back->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_run->setDefault(true);
    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(m_reportView);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &GiasImportDialog::runImport);
    connect(m_back, &QPushButton::clicked, this, &GiasImportDialog::showSetup);
    connect(m_close, &QPushButton::clicked, this, &GiasImportDialog::reject);
    connect(m_setup, &GiasImportSetup::readyChanged, this, &GiasImportDialog::updateButtons);
    connect(m_setup, &GiasImportSetup::checkOnlyChanged, this, &GiasImportDialog::updateButtons);
    updateButtons();
    resizeWithinScreen(this, QSize(760, 560));
}

void GiasImportDialog::start(Workspace &workspace, GiasImportKind kind, QWidget *parent)
{
    if (!workspace.may(AccessRights::Action::ChangeHub)) {
        workspace.showError(kind == GiasImportKind::Schools ? tr("Import GIAS Schools")
                                                            : tr("Import GIAS Links"),
                            workspace.database().isReadOnly()
                                ? tr("This file is open read-only, so nothing can be imported "
                                     "into it. Open it again when no other HubRegister is "
                                     "using it.")
                                : workspace.rights().whyNot(AccessRights::Action::ChangeHub));
        return;
    }
    auto *dialog = new GiasImportDialog(workspace, kind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GiasImportDialog::showSetup()
{
    m_pages->setCurrentWidget(m_setup);
    updateButtons();
}

void GiasImportDialog::updateButtons()
{
    const bool setup = m_pages->currentWidget() == m_setup;
    m_run->setVisible(setup);
    m_run->setEnabled(m_setup->isReady());
    m_run->setText(m_setup->checkOnly() ? tr("C&heck") : tr("&Import"));
    m_back->setVisible(m_pages->currentWidget() == m_reportView);
    m_close->setEnabled(!m_running);
}

void GiasImportDialog::runImport()
{
    if (m_running || !m_setup->isReady())
        return;
    const QString path = m_setup->path();
    const GiasEstablishmentOptions options = m_setup->options();
    m_setup->remember();
    m_running = true;
    m_pages->setCurrentWidget(m_progress);
    updateButtons();
    m_progress->cancelButton()->setFocus();
    const ImportControl control = m_progress->control();
    Database &db = m_workspace.database();
    try {
        m_report = m_kind == GiasImportKind::Schools
            ? GiasEstablishmentImporter(db).run(path, options, control)
            : GiasLinkImporter(db).run(path, options, control);
        // An undo of an edit made before would write back what the import just replaced.
        if (m_report.changedAnything())
            m_workspace.undoStack()->clear();
        m_reportView->showReport(headline(options.onRejection), m_report,
                                 m_kind == GiasImportKind::Schools);
    } catch (const ImportError &error) {
        m_report = {};
        m_report.fileName = error.fileName();
        m_reportView->showError(
            tr("Nothing was imported, and the file is as it was: %1").arg(error.message()), error);
    } catch (const StoreError &error) {
        m_report = {};
        m_reportView->showFailure(tr("Nothing was imported, and the file is as it was: the "
                                     "database refused the changes. %1")
                                      .arg(error.message()));
    }
    m_running = false;
    m_pages->setCurrentWidget(m_reportView);
    updateButtons();
    m_reportView->table()->setFocus();
}

QString GiasImportDialog::headline(OnRejection onRejection) const
{
    const ImportReport &r = m_report;
    const int rejected = int(r.rejected.size());
    if (r.cancelled)
        return tr("Cancelled: nothing from %1 was imported, and the file is as it was.")
            .arg(r.fileName);
    if (onRejection == OnRejection::ImportNothing && rejected > 0)
        return tr("Nothing from %1 was imported: some rows failed the checks (listed below), "
                  "and you chose to import nothing while any row does.")
            .arg(r.fileName);
    if (r.dryRun)
        return tr("Checked %1: this is what importing it would do. Nothing was saved.")
            .arg(r.fileName);
    QString text = tr("Imported %1.").arg(r.fileName);
    if (rejected > 0)
        text += QLatin1Char(' ')
            + tr("The rows that failed the checks were left out; they are listed below.");
    if (r.added + r.updated > 0)
        text += QLatin1Char(' ') + tr("Edits made before the import can no longer be undone.");
    return text;
}

void GiasImportDialog::reject()
{
    if (m_running) {
        m_progress->requestCancel();
        return;
    }
    QDialog::reject();
}

} // namespace hubreg::ui
