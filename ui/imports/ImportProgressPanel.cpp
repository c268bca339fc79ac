#include "ImportProgressPanel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kSteps = 1000;
} // namespace

ImportProgressPanel::ImportProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, kSteps);
    m_cancel->setObjectName(QStringLiteral("cancelImportPushButton"));
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addLayout(cancelRow);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPanel::requestCancel);
}

ImportControl ImportProgressPanel::control()
{
    m_cancelRequested = false;
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel"));
    m_stage->setText(tr("Opening the file…"));
    m_bar->setValue(0);
    ImportControl control;
    // The panel may go while the importer still holds the control; then it stops the import.
    QPointer<ImportProgressPanel> panel(this);
    control.progress = [panel](ImportStage stage, qint64 done, qint64 total) {
        if (panel)
            panel->showProgress(stage, done, total);
    };
    control.cancelRequested = [panel] { return !panel || panel->m_cancelRequested; };
    return control;
}

void ImportProgressPanel::requestCancel()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling: putting everything back as it was…"));
}

void ImportProgressPanel::showProgress(ImportStage stage, qint64 done, qint64 total)
{
    if (!m_cancelRequested)
        m_stage->setText(stage == ImportStage::Checking
                             ? tr("Step 1 of 2: checking every row; nothing is saved yet…")
                             : tr("Step 2 of 2: saving…"));
    // Checking fills the first half of the bar, saving the second.
    const qint64 half = total > 0 ? done * (kSteps / 2) / total : 0;
    m_bar->setValue(int(stage == ImportStage::Checking ? half : kSteps / 2 + half));
    QCoreApplication::processEvents();
}

} // namespace hubreg::ui
