#include "ImportCheckPage.h"

#include "HeldPeoplePanel.h"
#include "NewSchoolsPanel.h"
#include "ParticipantImportState.h"
#include "common/Prompter.h"
#include "database/StoreError.h"
#include "import/ImportError.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
enum Column { LineColumn, ColumnColumn, FieldColumn, IssueColumn, ChoiceColumn, ColumnCount };
} // namespace

ImportCheckPage::ImportCheckPage(ParticipantImportState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_held(new HeldPeoplePanel(state, this))
    , m_newSchools(new NewSchoolsPanel(state, this))
    , m_issues(new QTableWidget(this))
{
    setTitle(tr("Check and import"));
    setSubTitle(tr("Nothing has been saved yet. Rejected rows are left out; the others are "
                   "imported together, or not at all."));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issuesTableWidget"));
    m_issues->setAccessibleName(tr("Problems found in the file"));
    m_issues->setAccessibleDescription(tr("Each with its line, column and field"));
    m_issues->setColumnCount(ColumnCount);
    m_issues->setHorizontalHeaderLabels(
        { tr("Line"), tr("Column"), tr("Field"), tr("Issue"), tr("School") });
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->verticalHeader()->setVisible(false);
    m_issues->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_issues->horizontalHeader()->setSectionResizeMode(IssueColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_newSchools, 1);
    layout->addWidget(m_held, 1);
    layout->addWidget(m_issues, 1);

    // Queued: the choice comes from an editor inside the held people's table, which the check
    // refills.
    connect(m_held, &HeldPeoplePanel::choicesChanged, this, &ImportCheckPage::check,
            Qt::QueuedConnection);
    connect(m_newSchools, &NewSchoolsPanel::reasonsChanged, this, &ImportCheckPage::check,
            Qt::QueuedConnection);
}

void ImportCheckPage::initializePage()
{
    check();
}

void ImportCheckPage::check()
{
    m_checked = false;
    try {
        m_state.report = ParticipantImporter(m_state.db).run(m_state.path, m_state.options(true));
        const ImportReport &r = m_state.report;
        m_summary->setText(tr("%1 rows: %2 people to add, %3 to update, %4 unchanged, %5 skipped, "
                              "%6 rejected. %7 participants and %8 schools to enrol.")
                               .arg(r.rows)
                               .arg(r.added)
                               .arg(r.updated)
                               .arg(r.unchanged)
                               .arg(r.skipped)
                               .arg(r.rejected.size())
                               .arg(r.participantsEnrolled)
                               .arg(r.schoolsEnrolled));
        m_checked = true;
    } catch (const ImportError &error) {
        m_state.report = {};
        m_summary->setText(tr("This list cannot be imported: %1").arg(error.message()));
    } catch (const StoreError &error) {
        m_state.report = {};
        m_summary->setText(tr("The database could not check the list: %1").arg(error.message()));
    }
    m_held->showRows(m_state.report);
    m_newSchools->showRows(m_state.report);
    showIssues();
    emit completeChanged();
}

void ImportCheckPage::showIssues()
{
    // Removing the rows disposes of their choice boxes later, so this may run from one of them.
    m_issues->setRowCount(0);
    const ImportReport &report = m_state.report;
    auto addRow = [&](const ImportIssue &issue, bool rejected) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        m_issues->setItem(row, LineColumn, new QTableWidgetItem(QString::number(issue.line)));
        m_issues->setItem(
            row, ColumnColumn,
            new QTableWidgetItem(issue.column > 0 ? QString::number(issue.column) : QString()));
        m_issues->setItem(row, FieldColumn, new QTableWidgetItem(issue.field));
        m_issues->setItem(
            row, IssueColumn,
            new QTableWidgetItem(rejected ? tr("Rejected: %1").arg(issue.message) : issue.message));
        if (issue.choices.isEmpty())
            return;
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("schoolChoiceComboBox%1").arg(issue.line));
        choice->addItem(tr("Choose the school…"), RecordId(0));
        for (const ImportChoice &c : issue.choices)
            choice->addItem(c.label, c.id);
        const qint64 line = issue.line;
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, line] {
            const RecordId id = choice->currentData().toLongLong();
            if (id > 0) {
                m_state.schoolChoices.insert(line, id);
                check();
            }
        });
        m_issues->setCellWidget(row, ChoiceColumn, choice);
    };
    for (const ImportIssue &issue : report.rejected)
        addRow(issue, true);
    for (const ImportIssue &issue : report.notes) {
        if (issue.heldId == 0) // people already held have their own table
            addRow(issue, false);
    }
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport &r = m_state.report;
    return m_checked && r.added + r.updated + r.unchanged > 0;
}

bool ImportCheckPage::validatePage()
{
    // Schools join the Work Group only when the person says so, having seen why not to.
    QStringList joining;
    for (const NewSchoolEnrolment &school : std::as_const(m_state.report.newSchools)) {
        if (!school.enrolled)
            continue;
        joining << (school.warnings.isEmpty()
                        ? tr("• %1").arg(school.school)
                        : tr("• %1, despite: %2 Reason: %3")
                              .arg(school.school, school.warnings.join(QLatin1Char(' ')),
                                   school.reason));
    }
    if (!joining.isEmpty()) {
        const auto answer = Prompter::question(
            this, tr("Import participants"),
            (joining.size() == 1
                 ? tr("This import also enrols a school in %1:").arg(m_state.workGroupCode)
                 : tr("This import also enrols %1 schools in %2:")
                       .arg(joining.size())
                       .arg(m_state.workGroupCode))
                + QLatin1Char('\n') + joining.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + tr("Import the participants and enrol these schools?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    try {
        m_state.report = ParticipantImporter(m_state.db).run(m_state.path, m_state.options(false));
    } catch (const ImportError &error) {
        Prompter::warning(this, tr("Import participants"),
                          tr("Nothing was imported: %1").arg(error.message()));
        return false;
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Import participants"),
                          tr("Nothing was imported: %1").arg(error.message()));
        return false;
    }
    const ImportReport &r = m_state.report;
    Prompter::information(
        this, tr("Import participants"),
        tr("Imported: %1 people added, %2 updated, %3 unchanged, %4 skipped; "
           "%5 participants and %6 schools enrolled in %7. %8 rows were rejected.")
            .arg(r.added)
            .arg(r.updated)
            .arg(r.unchanged)
            .arg(r.skipped)
            .arg(r.participantsEnrolled)
            .arg(r.schoolsEnrolled)
            .arg(m_state.workGroupCode)
            .arg(r.rejected.size()));
    return true;
}

} // namespace hubreg::ui
