#include "ImportFilePage.h"

#include "CsvFormatText.h"
#include "FileRow.h"
#include "ParticipantImportState.h"
#include "common/Prompter.h"
#include "import/ImportError.h"
#include "records/WorkGroupStore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kPreviewRows = 10;
} // namespace

ImportFilePage::ImportFilePage(ParticipantImportState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_file(new QLineEdit(this))
    , m_workGroup(new QComboBox(this))
    , m_format(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("Choose the list"));
    setSubTitle(tr("A CSV file from an application form or a spreadsheet, in any column order."));
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_workGroup->setObjectName(QStringLiteral("workGroupComboBox"));
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setAccessibleDescription(tr("As read with the encoding and separator found"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *form = new QFormLayout;
    QPushButton *browse = addFileRow(form, m_file);
    form->addRow(tr("&Work Group:"), m_workGroup);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_format);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { loadFile(m_file->text()); });
    connect(m_workGroup, &QComboBox::currentIndexChanged, this, &ImportFilePage::completeChanged);
    fillWorkGroups();
}

void ImportFilePage::fillWorkGroups()
{
    // Every Work Group of the file: without their attendance, which would be counted for all.
    WorkGroupQuery every;
    every.withAttendance = false;
    for (const WorkGroupOverview &row : WorkGroupStore(m_state.db).overview(every)) {
        const QString label = row.workGroup.title.isEmpty()
            ? tr("%1 (%2)").arg(row.workGroup.code, row.academicYear)
            : tr("%1 – %2 (%3)").arg(row.workGroup.code, row.workGroup.title, row.academicYear);
        m_workGroup->addItem(label, row.workGroup.code);
    }
}

void ImportFilePage::browse()
{
    const QString path = Prompter::openFileName(this, tr("Choose a participant list"), QString(),
                                                tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportFilePage::loadFile(const QString &path)
{
    m_file->setText(path);
    if (path != m_state.path) {
        // Choices are kept by line, which means nothing in another file.
        m_state.schoolChoices.clear();
        m_state.duplicateChoices.clear();
    }
    m_state.path = path;
    m_state.preview = {};
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_format->clear();
    m_problem->clear();
    try {
        m_state.preview = previewCsv(path, kPreviewRows);
    } catch (const ImportError &error) {
        m_problem->setText(error.message());
        emit completeChanged();
        return;
    }
    const CsvPreview &preview = m_state.preview;
    m_format->setText(describeCsvFormat(preview));
    m_problem->setText(preview.problem);
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setHorizontalHeaderLabels(preview.header);
    m_preview->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        for (int c = 0; c < preview.rows.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(preview.rows.at(r).at(c)));
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_state.preview.header.isEmpty() && m_workGroup->currentIndex() >= 0;
}

bool ImportFilePage::validatePage()
{
    m_state.workGroupCode = m_workGroup->currentData().toString();
    return true;
}

} // namespace hubreg::ui
