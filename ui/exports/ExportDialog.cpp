#include "ExportDialog.h"

#include "ColumnLayoutEditor.h"
#include "ExportFilterPanel.h"
#include "ExportPreviewModel.h"
#include "ExportRun.h"
#include "TemplateBar.h"
#include "common/FileNames.h"
#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "common/ViewSettings.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "export/ExportError.h"
#include "export/Exporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kPreviewRows = 20;
const QString kReportKey = QStringLiteral("exports/report");
const QString kFolderKey = QStringLiteral("exports/folder");
const QString kFormatKey = QStringLiteral("exports/format");
const QString kCsv = QStringLiteral("csv");
const QString kXlsx = QStringLiteral("xlsx");
} // namespace

ExportDialog::ExportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_report(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_filter(new ExportFilterPanel(db, this))
    , m_columns(new ColumnLayoutEditor(this))
    , m_templates(new TemplateBar(
          db, [this] { return m_columns->layout(); }, this))
    , m_previewModel(new ExportPreviewModel(this))
    , m_preview(new QTableView(this))
    , m_previewStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Return"));
    m_report->setObjectName(QStringLiteral("reportComboBox"));
    m_preview->setObjectName(QStringLiteral("previewTableView"));
    m_preview->setAccessibleName(tr("Preview of the return"));
    m_preview->setAccessibleDescription(tr("The first rows of the file as it will be written"));
    m_previewStatus->setObjectName(QStringLiteral("previewStatusLabel"));
    m_previewStatus->setWordWrap(true);
    for (ReportKind kind : allReportKinds())
        m_report->addItem(displayName(kind), toStorage(kind));
    const auto remembered = reportKindFromStorage(QSettings().value(kReportKey).toString());
    m_report->setCurrentIndex(
        qMax(0, m_report->findData(toStorage(remembered.value_or(ReportKind::Participants)))));
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->addItem(tr("CSV (comma-separated values)"), kCsv);
    m_format->addItem(tr("Excel workbook (.xlsx): codes, dates and numbers typed"), kXlsx);
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(QSettings().value(kFormatKey, kCsv).toString())));
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kFormatKey, m_format->currentData()); });
    m_preview->setModel(m_previewModel);
    setUpTable(m_preview);
    m_preview->verticalHeader()->show();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fitColumnsOnReset(m_preview);

    auto *top = new QFormLayout;
    top->addRow(tr("&Report:"), m_report);
    top->addRow(tr("&Kind of file:"), m_format);
    auto *filterBox = new QGroupBox(tr("Which records"), this);
    (new QVBoxLayout(filterBox))->addWidget(m_filter);
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_templates);
    columnsLayout->addWidget(m_columns, 1);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveFilePushButton"));
    m_save->setAutoDefault(false);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::saveFile);

    // On a short screen the choices scroll, and the Save button stays in sight.
    auto *choices = new QWidget(this);
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(filterBox);
    choicesLayout->addWidget(columnsBox, 3);
    choicesLayout->addWidget(previewBox, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("exportChoicesScrollArea"));
    scroll->setWidget(choices);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    setTabOrder(m_report, m_format);
    setTabOrder(m_format, m_filter);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ExportDialog::reportChosen);
    connect(m_filter, &ExportFilterPanel::filterChanged, this, &ExportDialog::refreshColumns);
    connect(m_columns, &ColumnLayoutEditor::layoutChanged, this, &ExportDialog::updatePreview);
    connect(m_templates, &TemplateBar::layoutChosen, this,
            [this](const QList<ExportColumn> &chosen) {
                m_columns->setLayout(chosen.isEmpty() ? Exporter(m_db).defaultLayout(report())
                                                      : chosen);
            });
    reportChosen();
    resizeWithinScreen(this, QSize(900, 760));
}

bool ExportDialog::savesWorkbook() const
{
    return m_format->currentData().toString() == kXlsx;
}

ReportKind ExportDialog::report() const
{
    return reportKindFromStorage(m_report->currentData().toString())
        .value_or(ReportKind::Participants);
}

void ExportDialog::reject()
{
    // The progress dialog lets events through; the window must outlive the writing.
    if (!m_writing)
        QDialog::reject();
}

void ExportDialog::reportChosen()
{
    QSettings().setValue(kReportKey, toStorage(report()));
    loadColumns();
    // Choosing the default layout lays the columns out and updates the preview.
    m_templates->setReport(report());
    m_columns->setLayout(Exporter(m_db).defaultLayout(report()));
}

void ExportDialog::refreshColumns()
{
    // The register's sessions depend on the filter.
    if (loadColumns())
        updatePreview();
}

bool ExportDialog::loadColumns()
{
    const Exporter exporter(m_db);
    try {
        m_columns->setReport(exporter.availableColumns(report(), m_filter->filter()),
                             exporter.columnGroups(report()), exporter.defaultLayout(report()));
        return true;
    } catch (const StoreError &error) {
        m_previewStatus->setText(tr("The columns could not be read: %1").arg(error.message()));
        return false;
    }
}

void ExportDialog::updatePreview()
{
    QString problem = m_filter->problem();
    const QList<ExportColumn> layout = m_columns->layout();
    if (problem.isEmpty() && layout.isEmpty())
        problem = tr("Choose at least one column.");
    if (problem.isEmpty()) {
        try {
            const Exporter exporter(m_db);
            const ExportFilter filter = m_filter->filter();
            m_previewModel->setPreview(exporter.preview(report(), filter, layout, kPreviewRows));
            const qint64 rows = exporter.expectedRows(report(), filter);
            const QLocale locale;
            if (rows < 0 || rows <= kPreviewRows)
                m_previewStatus->setText(
                    tr("%n row(s) to write.", nullptr, int(m_previewModel->rowCount())));
            else
                m_previewStatus->setText(
                    tr("The first %1 of %2 rows to write.")
                        .arg(locale.toString(kPreviewRows), locale.toString(rows)));
        } catch (const ExportError &error) {
            problem = error.message();
        } catch (const StoreError &error) {
            problem = tr("The preview could not be made: %1").arg(error.message());
        }
    }
    if (!problem.isEmpty()) {
        m_previewModel->setPreview({});
        m_previewStatus->setText(problem);
    }
    m_save->setEnabled(problem.isEmpty());
}

QString ExportDialog::suggestedPath() const
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = toStorage(report());
    const ExportFilter filter = m_filter->filter();
    // One Work Group's return names it, so another group's does not overwrite it.
    if (!filter.workGroupCode.isEmpty())
        name = filter.workGroupCode + QLatin1Char(' ') + name;
    if (!filter.academicYear.isEmpty())
        name += QLatin1Char('-') + filter.academicYear;
    return QDir(folder).filePath(
        fileNameFrom(name + (savesWorkbook() ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))));
}

QString ExportDialog::chosenPath(const QString &typed) const
{
    // The core writes a workbook to a name ending .xlsx and CSV to any other: a name typed
    // without .xlsx while a workbook is chosen gets it.
    if (savesWorkbook() && exportFormatFor(typed) != ExportFormat::Xlsx
        && !typed.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return typed + QStringLiteral(".xlsx");
    return typed;
}

void ExportDialog::saveFile()
{
    if (m_writing)
        return;
    const QString filters = savesWorkbook()
        ? tr("Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)")
        : tr("CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)");
    const QString typed = Prompter::saveFileName(
        this, tr("Save the %1 Return").arg(displayName(report())), suggestedPath(), filters);
    if (typed.isEmpty())
        return;
    const QString path = chosenPath(typed);
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    m_writing = true;
    const ExportOutcome outcome = writeReturnWithProgress(this, m_db, report(), m_filter->filter(),
                                                          m_columns->layout(), path);
    m_writing = false;
    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (outcome.result) {
    case ExportOutcome::Result::Written:
        Prompter::information(
            this, tr("Export Return"),
            tr("Wrote %n row(s) to %1.", nullptr, int(outcome.rows)).arg(shownPath));
        break;
    case ExportOutcome::Result::Cancelled:
        m_previewStatus->setText(
            tr("Cancelled: nothing was written, and %1 was left as it was.").arg(shownPath));
        break;
    case ExportOutcome::Result::Failed:
        Prompter::warning(this, tr("Export Return"),
                          tr("The return was not saved: %1\n\nNothing was written, and any file "
                             "already at %2 was left as it was.")
                              .arg(outcome.error, shownPath));
        break;
    }
}

} // namespace hubreg::ui
