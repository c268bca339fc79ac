#include "ImportPreviewDialog.h"

#include "ConflictDialog.h"
#include "common/Prompter.h"
#include "common/WaitCursor.h"
#include "database/StoreError.h"
#include "exchange/ExchangeDisplay.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeSchema.h"
#include "exchange/HubMerge.h"
#include "exchange/LeadUpdate.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

ImportPreviewDialog::ImportPreviewDialog(std::unique_ptr<HubMerge> merge, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_merge(std::move(merge))
{
    setWindowTitle(tr("Import from Lead"));
    build(fileName);
}

ImportPreviewDialog::ImportPreviewDialog(std::unique_ptr<LeadUpdate> update,
                                         const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_update(std::move(update))
{
    setWindowTitle(tr("Open Pack from Hub"));
    build(fileName);
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::build(const QString &fileName)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    m_counts = new QTableWidget(0, 4, this);
    m_counts->setObjectName(QStringLiteral("countsTableWidget"));
    m_counts->setHorizontalHeaderLabels(
        { tr("Records"), tr("Added"), tr("Changed"), tr("Deleted") });
    m_counts->verticalHeader()->hide();
    m_counts->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->setAccessibleName(tr("What the pack changes"));
    m_counts->setAccessibleDescription(
        tr("For each kind of record, how many the pack adds, changes and deletes"));
    layout->addWidget(m_counts, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *conflicts = new QHBoxLayout;
    m_conflictLine = new QLabel(this);
    m_conflictLine->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflictLine->setWordWrap(true);
    conflicts->addWidget(m_conflictLine, 1);
    m_decide = new QPushButton(tr("&Decide Conflicts…"), this);
    m_decide->setObjectName(QStringLiteral("decideConflictsPushButton"));
    m_decide->setAutoDefault(false);
    connect(m_decide, &QPushButton::clicked, this, &ImportPreviewDialog::openConflicts);
    conflicts->addWidget(m_decide);
    layout->addLayout(conflicts);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(
        tr("What the merge will do that needs a word: records kept, skipped or asked about"));
    layout->addWidget(m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import
        = buttons->addButton(m_merge ? tr("&Import") : tr("&Open"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importPushButton"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportPreviewDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
    Q_UNUSED(fileName);
    m_headline->setProperty("fileName", QFileInfo(fileName).fileName());
    refresh();
}

void ImportPreviewDialog::refresh()
{
    try {
        const WaitCursor wait;
        m_preview = m_merge ? m_merge->preview() : m_update->preview();
    } catch (const ExchangeError &error) {
        Prompter::warning(this, windowTitle(), error.message());
        m_import->setEnabled(false);
        return;
    } catch (const StoreError &error) {
        Prompter::warning(this, windowTitle(), error.message());
        m_import->setEnabled(false);
        return;
    }
    const QString file = m_headline->property("fileName").toString();
    m_headline->setText(m_merge ? tr("<b>Return %1 from %2</b> (%3)")
                                      .arg(m_preview.seq)
                                      .arg(m_preview.from.toHtmlEscaped(), file.toHtmlEscaped())
                                : tr("<b>Pack %1 from %2</b> (%3)")
                                      .arg(m_preview.seq)
                                      .arg(m_preview.from.toHtmlEscaped(), file.toHtmlEscaped()));
    m_counts->setRowCount(0);
    for (const exchangeschema::KindSpec &kind : exchangeschema::kinds()) {
        const KindCounts counts = m_preview.counts.value(kind.name);
        if (counts.added + counts.changed + counts.deleted == 0)
            continue;
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        QString label = ExchangeDisplay::kindLabel(kind.name);
        label[0] = label.at(0).toUpper();
        m_counts->setItem(row, 0, new QTableWidgetItem(label));
        int column = 1;
        for (int value : { counts.added, counts.changed, counts.deleted }) {
            auto *item = new QTableWidgetItem(QString::number(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, column++, item);
        }
    }
    QString summary = m_preview.alreadyTaken ? tr("This pack was taken in before: nothing to do.")
                                             : m_preview.summary();
    if (m_preview.asksBeforeDeleting())
        summary += QLatin1Char(' ')
            + tr("It deletes %1 records, with what goes with them: you will be asked to confirm.")
                  .arg(m_preview.deletions);
    m_summary->setText(summary);

    const int conflicts = int(m_preview.conflicts.size());
    const int undecided = m_preview.undecided();
    m_conflictLine->setVisible(conflicts > 0);
    m_decide->setVisible(conflicts > 0);
    m_conflictLine->setText(
        undecided > 0
            ? tr("%1 of %2 conflicts to decide before importing.").arg(undecided).arg(conflicts)
            : tr("All %1 conflicts decided.").arg(conflicts));
    QStringList notes = m_preview.notes;
    for (const LeftOutRecord &left : m_preview.leftOut)
        notes << tr("Left out: %1: %2").arg(left.record, left.reason);
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_import->setEnabled(!m_preview.alreadyTaken && undecided == 0);
}

void ImportPreviewDialog::openConflicts()
{
    if (!m_merge)
        return;
    auto *dialog = new ConflictDialog(m_merge->conflicts(), m_preview.from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { decide(dialog->conflicts()); });
    dialog->open();
}

void ImportPreviewDialog::decide(const QList<ExchangeConflict> &decided)
{
    for (const ExchangeConflict &conflict : decided)
        if (conflict.decision)
            m_merge->decide(conflict.key(), *conflict.decision);
    refresh();
}

void ImportPreviewDialog::runImport()
{
    if (m_preview.asksBeforeDeleting()
        && Prompter::question(this, windowTitle(),
                              tr("This pack deletes %1 records, with what goes with them. Go "
                                 "ahead?")
                                  .arg(m_preview.deletions),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    QProgressDialog progress(this);
    progress.setObjectName(QStringLiteral("exchangeProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setLabelText(tr("Writing the pack's records…"));
    progress.setCancelButtonText(tr("&Cancel"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(1000); // only when it looks like taking more than a second
    auto report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents(progress.isVisible() ? QEventLoop::AllEvents
                                                             : QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    };
    try {
        const WaitCursor wait;
        if (m_merge) {
            m_merge->setProgress(report);
            m_result = m_merge->apply(true);
        } else {
            m_update->setProgress(report);
            m_result = m_update->apply(true);
        }
    } catch (const ExchangeError &error) {
        Prompter::warning(this, windowTitle(),
                          progress.wasCanceled() ? tr("Cancelled: nothing was changed.")
                                                 : error.message());
        return;
    } catch (const StoreError &error) {
        Prompter::warning(this, windowTitle(), tr("Nothing was changed: %1").arg(error.message()));
        return;
    }
    emit imported(m_result);
    accept();
}

} // namespace hubreg::ui
