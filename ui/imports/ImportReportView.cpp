#include "ImportReportView.h"

#include "ImportReportModel.h"
#include "common/DataTableView.h"
#include "common/Prompter.h"
#include "database/StoreError.h"
#include "engagement/CsvExport.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
const QString kFolderKey = QStringLiteral("imports/reportFolder");
} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_rows(new QLabel(m_counts))
    , m_added(new QLabel(m_counts))
    , m_updated(new QLabel(m_counts))
    , m_closedName(new QLabel(tr("Closed (among the updated):"), m_counts))
    , m_closed(new QLabel(m_counts))
    , m_unchanged(new QLabel(m_counts))
    , m_skipped(new QLabel(m_counts))
    , m_rejected(new QLabel(m_counts))
    , m_model(new ImportReportModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_save(new QPushButton(tr("&Save as CSV…"), this))
{
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setObjectName(QStringLiteral("rowsCountLabel"));
    m_added->setObjectName(QStringLiteral("addedCountLabel"));
    m_updated->setObjectName(QStringLiteral("updatedCountLabel"));
    m_closed->setObjectName(QStringLiteral("closedCountLabel"));
    m_unchanged->setObjectName(QStringLiteral("unchangedCountLabel"));
    m_skipped->setObjectName(QStringLiteral("skippedCountLabel"));
    m_rejected->setObjectName(QStringLiteral("rejectedCountLabel"));
    auto *counts = new QFormLayout(m_counts);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->addRow(tr("Rows read:"), m_rows);
    counts->addRow(tr("Added:"), m_added);
    counts->addRow(tr("Updated:"), m_updated);
    counts->addRow(m_closedName, m_closed);
    counts->addRow(tr("Unchanged:"), m_unchanged);
    counts->addRow(tr("Left out by the options:"), m_skipped);
    counts->addRow(tr("Rejected:"), m_rejected);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ImportReportModel::SortRole);
    m_table->setObjectName(QStringLiteral("reportTableView"));
    m_table->setAccessibleName(tr("Rejected rows and notes"));
    m_table->setAccessibleDescription(tr("Each with its line in the file and the reason"));
    m_table->setModel(m_sorted);
    m_table->sortByColumn(ImportReportModel::LineColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(ImportReportModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_save->setObjectName(QStringLiteral("saveReportPushButton"));
    auto *hint = new QLabel(tr("Ctrl+C copies the selected rows for a spreadsheet."), this);
    hint->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportReportView::saveAsCsv);
}

void ImportReportView::showReport(const QString &headline, const ImportReport &report,
                                  bool showClosed)
{
    const QLocale locale;
    m_headline->setText(headline);
    m_rows->setText(locale.toString(report.rows));
    m_added->setText(locale.toString(report.added));
    m_updated->setText(locale.toString(report.updated));
    m_closed->setText(locale.toString(report.closed));
    m_closedName->setVisible(showClosed);
    m_closed->setVisible(showClosed);
    m_unchanged->setText(locale.toString(report.unchanged));
    m_skipped->setText(locale.toString(report.skipped));
    m_rejected->setText(locale.toString(report.rejected.size()));
    m_fileName = report.fileName;
    m_model->setReport(report);
    setCountsVisible(true);
    m_save->setEnabled(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
}

void ImportReportView::showError(const QString &headline, const ImportError &error)
{
    m_headline->setText(headline);
    m_fileName = error.fileName();
    m_model->setError(error);
    setCountsVisible(false);
    m_save->setEnabled(true);
    m_table->resizeColumnsToContents();
}

void ImportReportView::showFailure(const QString &headline)
{
    m_headline->setText(headline);
    m_fileName.clear();
    m_model->clear();
    setCountsVisible(false);
    m_save->setEnabled(false);
}

void ImportReportView::setCountsVisible(bool visible)
{
    m_counts->setVisible(visible);
    m_table->setVisible(visible || m_model->rowCount() > 0);
}

void ImportReportView::saveAsCsv()
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString suggested
        = QDir(folder).filePath(tr("%1-report.csv").arg(QFileInfo(m_fileName).completeBaseName()));
    const QString path = Prompter::saveFileName(this, tr("Save the Import Report"), suggested,
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        csvexport::save(path, m_model->toCsv());
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Report not saved"), error.message());
        return;
    }
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace hubreg::ui
