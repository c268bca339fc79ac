#include "HistoryPanel.h"

#include "AuditTableModel.h"
#include "common/DataTableView.h"
#include "common/FileNames.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Change.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace hubreg::ui {

HistoryPanel::HistoryPanel(Workspace &workspace, Entity entity, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_model(new AuditTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(tr("Export Histor&y…"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_export->setObjectName(QStringLiteral("exportHistoryPushButton"));
    m_table->setAccessibleName(tr("The record's history"));
    m_table->setAccessibleDescription(
        tr("Who changed it and when, with each field's old and new value"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditTableModel::SortRole);
    m_table->setModel(m_sorted);
    setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTableModel::When, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTableModel::When, 130);
    m_table->setColumnWidth(AuditTableModel::Who, 140);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportHistory);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == m_entity)
            reload();
    });
}

void HistoryPanel::setRecord(RecordId id)
{
    m_recordId = id;
    reload();
}

void HistoryPanel::reload()
{
    try {
        m_model->setEntries(AuditTrail(m_workspace.database()).history(m_entity, m_recordId));
        m_note->setVisible(false);
    } catch (const StoreError &error) {
        // A server shows the trail to administrators only.
        m_model->setEntries({});
        m_note->setText(tr("The history cannot be shown: %1").arg(error.message()));
        m_note->setVisible(true);
    }
    m_export->setEnabled(m_model->rowCount() > 0);
}

void HistoryPanel::exportHistory()
{
    const QString table = AuditTrail::tableOf(m_entity);
    const QString suggested = QDir::home().filePath(
        fileNameFrom(tr("history-%1-%2-%3.csv")
                         .arg(table, QString::number(m_recordId),
                              m_workspace.database().clock().today().toString(Qt::ISODate))));
    const QString path
        = Prompter::saveFileName(this, tr("Export History"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        WaitCursor wait;
        AuditTrail(m_workspace.database()).exportCsv(m_model->entries(), path);
    } catch (const StoreError &error) {
        m_workspace.showError(tr("History not exported"), error);
        return;
    }
    Prompter::information(
        this, tr("History Exported"),
        tr("Written, readable by you only:\n%1").arg(QDir::toNativeSeparators(path)));
}

} // namespace hubreg::ui
