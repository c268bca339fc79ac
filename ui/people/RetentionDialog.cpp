#include "RetentionDialog.h"

#include "BackupCopiesPanel.h"
#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "common/ViewSettings.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "history/AuditTrail.h"
#include "privacy/BackupCopies.h"
#include "privacy/Erasure.h"
#include "records/PersonStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
// Events are let through only every so many people: a national purge has thousands.
constexpr int kPeopleBetweenEvents = 50;
} // namespace

RetentionDialog::RetentionDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dueLabel(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_backupsHolder(new QVBoxLayout)
    , m_purge(new QPushButton(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Retention of Personal Data"));
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_table->setObjectName(QStringLiteral("dueTableView"));
    m_table->setAccessibleName(tr("People past the retention period"));
    m_table->setAccessibleDescription(
        tr("Each person a purge would anonymise, with when their last Work Group ended"));
    m_purge->setObjectName(QStringLiteral("purgePushButton"));
    m_purge->setAutoDefault(false);

    auto *about = new QLabel(
        tr("People's names, emails, TRNs and other details are kept for a number of years "
           "after the academic year of their last Work Group ends. After that, a purge "
           "anonymises them as an erasure does: their attendance stays, as an anonymous "
           "participant of their school, so the figures of those years do not change. People "
           "in no Work Group are judged by when their record last changed."),
        this);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    Retention retention(workspace.database());
    const QList<HubRetention> hubs = retention.hubs();
    for (const HubRetention &hub : hubs) {
        auto *years = new QSpinBox(this);
        years->setObjectName(QStringLiteral("retentionYearsSpinBox"));
        years->setRange(Retention::kFewestYears, Retention::kMostYears);
        years->setValue(hub.years);
        years->setSuffix(tr(" years after the year ends"));
        years->setEnabled(workspace.may(AccessRights::Action::ChangeHub));
        form->addRow(tr("%1 keeps them:").arg(hub.hubName), years);
        m_years << years;
        connect(years, qOverload<int>(&QSpinBox::valueChanged), this, [this, hub](int value) {
            try {
                Retention(m_workspace.database()).setYears(hub.hubId, value);
            } catch (const StoreError &error) {
                m_workspace.showError(tr("Retention not changed"), error);
            }
            refresh();
        });
    }
    if (hubs.isEmpty())
        form->addRow(new QLabel(tr("No hub in this file yet: people are kept for %n year(s) "
                                   "after their record last changed.",
                                   nullptr, Retention::kDefaultYears),
                                this));

    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);
    connect(m_purge, &QPushButton::clicked, this, &RetentionDialog::purge);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_backupsHolder);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(900, 640));
    refresh();
}

void RetentionDialog::refresh()
{
    WaitCursor wait;
    Database &db = m_workspace.database();
    m_due = Retention(db).due(db.clock().today());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        { tr("Name"), tr("Email"), tr("School"), tr("Last Work Group"), tr("Kept until") });
    QList<QUuid> uuids;
    PersonStore people(db);
    for (const RetentionCandidate &candidate : std::as_const(m_due)) {
        QList<QStandardItem *> row;
        for (const QString &text : { candidate.name, candidate.email, candidate.school,
                                     candidate.lastYear.isEmpty() ? tr("none") : candidate.lastYear,
                                     candidate.keptUntil.toString(QStringLiteral("dd/MM/yyyy")) }) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            row << item;
        }
        m_model->appendRow(row);
        if (const auto person = people.find(candidate.personId))
            uuids << person->uuid;
    }
    for (const auto &[column, width] :
         { std::pair { 0, 170 }, std::pair { 1, 230 }, std::pair { 2, 250 }, std::pair { 3, 120 } })
        m_table->setColumnWidth(column, width);
    m_dueLabel->setText(m_due.isEmpty()
                            ? tr("Nobody is past the retention period.")
                            : tr("%n person(s) are past the retention period and would be "
                                 "anonymised:",
                                 nullptr, int(m_due.size())));
    m_purge->setText(m_due.isEmpty() ? tr("&Anonymise…")
                                     : tr("&Anonymise %n Person(s)…", nullptr, int(m_due.size())));
    m_purge->setEnabled(!m_due.isEmpty() && m_workspace.may(AccessRights::Action::ChangeHub));
    const auto choice = m_backups ? m_backups->choice() : BackupCopiesPanel::Choice::Keep;
    delete m_backups;
    m_backups = new BackupCopiesPanel(BackupCopies::holding(db, uuids), this);
    m_backups->setChoice(choice);
    m_backups->setVisible(!m_due.isEmpty());
    m_backupsHolder->addWidget(m_backups);
}

void RetentionDialog::purge()
{
    if (m_due.isEmpty())
        return;
    Database &db = m_workspace.database();
    QList<RecordId> ids;
    QList<QUuid> uuids;
    PersonStore people(db);
    for (const RetentionCandidate &candidate : std::as_const(m_due)) {
        ids << candidate.personId;
        if (const auto person = people.find(candidate.personId))
            uuids << person->uuid;
    }
    ErasurePlan plan;
    try {
        WaitCursor wait;
        plan = Erasure(db).plan(ids);
    } catch (const StoreError &error) {
        m_workspace.showError(tr("Not anonymised"), error);
        return;
    }
    const auto list = [](const QStringList &lines) {
        QString text;
        for (const QString &line : lines)
            text += QStringLiteral("• ") + line + QLatin1Char('\n');
        return text;
    };
    const auto answer = Prompter::question(
        this, tr("Anonymise People"),
        tr("Anonymise %n person(s) past the retention period? This cannot be undone.", nullptr,
           int(ids.size()))
            + QStringLiteral("\n\n") + tr("What goes:") + QLatin1Char('\n') + list(plan.goes())
            + QLatin1Char('\n') + tr("What stays:") + QLatin1Char('\n') + list(plan.stays()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    QProgressDialog progress(this);
    progress.setObjectName(QStringLiteral("purgeProgressDialog"));
    progress.setWindowTitle(tr("Anonymise People"));
    progress.setLabelText(tr("Anonymising %n person(s)…", nullptr, int(ids.size())));
    progress.setCancelButtonText(tr("&Cancel"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMaximum(int(ids.size()));
    ErasureControl control;
    control.progress = [&progress](int done, int total) {
        if (done % kPeopleBetweenEvents != 0 && done != total)
            return;
        progress.setValue(done);
        QCoreApplication::processEvents(progress.isVisible() ? QEventLoop::AllEvents
                                                             : QEventLoop::ExcludeUserInputEvents);
    };
    control.cancelRequested = [&progress] { return progress.wasCanceled(); };
    std::optional<ErasureOutcome> outcome;
    try {
        outcome = Erasure(db).erase(ids, control);
    } catch (const StoreError &error) {
        m_workspace.showError(tr("Not anonymised"), error);
        return;
    }
    progress.close();
    if (!outcome) {
        Prompter::information(this, tr("Anonymise People"),
                              tr("Cancelled: nobody was anonymised."));
        return;
    }
    m_workspace.undoStack()->clear();
    QStringList summary { tr("%n person(s) anonymised.", nullptr, int(outcome->plan.people.size())),
                          outcome->residue.summary() };
    const QString backups
        = BackupCopiesPanel::apply(this, db, m_backups->copies(), uuids, m_backups->choice());
    if (!backups.isEmpty())
        summary << backups;
    // The trail is kept as long as the hubs keep personal data.
    try {
        if (const int gone = AuditTrail(db).purge(db.clock().today()); gone > 0)
            summary << tr("%n audit trail entries older than the retention period removed.",
                          nullptr, gone);
    } catch (const StoreError &error) {
        summary << tr("The audit trail was not purged: %1").arg(error.message());
    }
    refresh();
    Prompter::information(this, tr("Anonymise People"), summary.join(QLatin1Char('\n')));
}

} // namespace hubreg::ui
