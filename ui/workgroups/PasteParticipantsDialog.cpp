#include "PasteParticipantsDialog.h"

#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "database/Database.h"
#include "records/WorkGroupStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kNotUsed = -1;

QString outcomeText(const PastedParticipant &row)
{
    using Outcome = PastedParticipant::Outcome;
    switch (row.outcome) {
    case Outcome::Add:
        return row.held ? PasteParticipantsDialog::tr("Joins: %1").arg(row.message)
                        : PasteParticipantsDialog::tr("Joins as a new person");
    case Outcome::NeedsSchool:
        return PasteParticipantsDialog::tr("Choose the school: %1").arg(row.message);
    default:
        return PasteParticipantsDialog::tr("Left out: %1").arg(row.message);
    }
}
} // namespace

PasteParticipantsDialog::PasteParticipantsDialog(Database &db, const WorkGroup &workGroup,
                                                 const PastedBlock &block, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workGroup(workGroup)
    , m_block(block)
    , m_reader(db, workGroup.id)
    , m_header(new QCheckBox(tr("The first line is a &header"), this))
    , m_columnGrid(new QGridLayout)
    , m_schoolForAll(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("pasteParticipantsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Paste Participants into %1").arg(workGroup.code));
    m_header->setObjectName(QStringLiteral("firstLineHeaderCheckBox"));
    m_header->setChecked(block.hasHeader);
    m_schoolForAll->setObjectName(QStringLiteral("schoolForAllComboBox"));
    m_preview->setObjectName(QStringLiteral("pastePreviewTableWidget"));
    m_preview->setAccessibleName(tr("Rows to be added"));
    m_preview->setAccessibleDescription(
        tr("Each pasted line with the person read from it, their school and what will happen"));
    m_summary->setObjectName(QStringLiteral("pasteSummaryLabel"));
    m_summary->setWordWrap(true);

    for (const SchoolEnrolmentListing &school : WorkGroupStore(db).schools(workGroup.id)) {
        if (school.enrolment.isWithdrawn())
            continue;
        SchoolCandidate candidate;
        candidate.id = school.enrolment.schoolId;
        candidate.urn = school.urn;
        candidate.name = school.schoolName;
        m_groupSchools << candidate;
    }
    m_schoolForAll->addItem(tr("Ask for each row"), RecordId(0));
    for (const SchoolCandidate &school : std::as_const(m_groupSchools))
        m_schoolForAll->addItem(school.describe(), school.id);

    auto *intro = new QLabel(tr("Nothing is added until you choose Add. Check the field each "
                                "column is read as, and the school each person goes to."),
                             this);
    intro->setWordWrap(true);
    auto *columns = new QWidget(this);
    columns->setLayout(m_columnGrid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMaximumHeight(80);

    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels(
        { tr("Line"), tr("Name"), tr("Email"), tr("Job title"), tr("School"), tr("What happens") });
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the school choices in it, then the buttons.
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);

    auto *schoolRow = new QFormLayout;
    auto *schoolLabel = new QLabel(tr("&School for rows without one:"), this);
    schoolLabel->setBuddy(m_schoolForAll);
    schoolRow->addRow(schoolLabel, m_schoolForAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setObjectName(QStringLiteral("okPushButton"));
    m_add->setText(tr("&Add Participants"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_header);
    layout->addWidget(scroll);
    layout->addLayout(schoolRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_header, &QCheckBox::toggled, this, [this](bool checked) {
        m_block = m_block.withHeader(checked);
        m_choices.clear();
        buildColumnBoxes();
        reread();
    });
    connect(m_schoolForAll, &QComboBox::activated, this, &PasteParticipantsDialog::chooseForAll);

    buildColumnBoxes();
    reread();
    resizeWithinScreen(this, QSize(900, 560));
}

void PasteParticipantsDialog::buildColumnBoxes()
{
    m_columns = m_reader.guessColumns(m_block);
    qDeleteAll(m_columnBoxes);
    qDeleteAll(m_columnLabels);
    m_columnBoxes.clear();
    m_columnLabels.clear();
    QWidget *holder = m_columnGrid->parentWidget();
    for (int column = 0; column < m_block.columnCount(); ++column) {
        const QString sample
            = m_block.rows.isEmpty() ? QString() : m_block.rows.first().value(column);
        auto *label = new QLabel(m_block.hasHeader || sample.isEmpty()
                                     ? m_block.header.value(column)
                                     : tr("%1: “%2”").arg(m_block.header.value(column), sample),
                                 holder);
        auto *box = new QComboBox(holder);
        box->setObjectName(QStringLiteral("pasteColumnComboBox%1").arg(column));
        box->setAccessibleName(tr("Field of %1").arg(m_block.header.value(column)));
        box->addItem(tr("(not used)"), kNotUsed);
        for (ParticipantField field : participantfields::all())
            box->addItem(participantfields::displayName(field), int(field));
        box->setCurrentIndex(
            m_columns.contains(column) ? box->findData(int(m_columns.value(column))) : 0);
        label->setBuddy(box);
        m_columnGrid->addWidget(label, 0, column);
        m_columnGrid->addWidget(box, 1, column);
        m_columnLabels << label;
        m_columnBoxes << box;
        connect(box, &QComboBox::currentIndexChanged, this,
                &PasteParticipantsDialog::columnsEdited);
    }
}

void PasteParticipantsDialog::columnsEdited()
{
    m_columns.clear();
    for (int column = 0; column < m_columnBoxes.size(); ++column) {
        const int field = m_columnBoxes.at(column)->currentData().toInt();
        if (field != kNotUsed)
            m_columns.insert(column, ParticipantField(field));
    }
    reread();
}

void PasteParticipantsDialog::reread()
{
    m_rows = m_reader.read(m_block, m_columns, m_choices);
    fillPreview();
}

QComboBox *PasteParticipantsDialog::schoolChoiceFor(const PastedParticipant &row)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("schoolChoiceComboBox%1").arg(row.line));
    box->setAccessibleName(tr("School for line %1").arg(row.line));
    box->addItem(tr("Choose the school…"), RecordId(0));
    QList<RecordId> offered;
    // The schools the row's name could mean first, then those of the Work Group.
    for (const SchoolCandidate &candidate : row.school.candidates) {
        box->addItem(candidate.describe(), candidate.id);
        offered << candidate.id;
    }
    for (const SchoolCandidate &school : std::as_const(m_groupSchools)) {
        if (!offered.contains(school.id))
            box->addItem(school.describe(), school.id);
    }
    const RecordId chosen = m_choices.value(row.line, 0);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
    const int line = row.line;
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, line] {
        if (m_filling)
            return;
        const RecordId id = box->currentData().toLongLong();
        if (id > 0)
            m_choices.insert(line, id);
        else
            m_choices.remove(line);
        reread();
    });
    return box;
}

void PasteParticipantsDialog::fillPreview()
{
    using Outcome = PastedParticipant::Outcome;
    m_filling = true;
    // Removing the rows disposes of their choice boxes later, so this may run from one of them.
    m_preview->setRowCount(0);
    int needSchool = 0;
    for (const PastedParticipant &row : std::as_const(m_rows)) {
        const int r = m_preview->rowCount();
        m_preview->insertRow(r);
        m_preview->setItem(r, LineColumn, new QTableWidgetItem(QString::number(row.line)));
        m_preview->setItem(r, NameColumn, new QTableWidgetItem(row.person.fullName()));
        m_preview->setItem(r, EmailColumn, new QTableWidgetItem(row.person.email));
        m_preview->setItem(r, JobColumn, new QTableWidgetItem(row.person.role));
        QString school;
        if (row.school.school) {
            school = row.school.school->describe() + QStringLiteral(" · ")
                + (row.schoolChosen       ? tr("chosen")
                       : row.school.byUrn ? tr("by URN")
                                          : tr("by name"));
        }
        m_preview->setItem(r, SchoolColumn, new QTableWidgetItem(school));
        m_preview->setItem(r, OutcomeColumn, new QTableWidgetItem(outcomeText(row)));
        const bool choose = row.outcome == Outcome::NeedsSchool
            || row.outcome == Outcome::SchoolNotInGroup || row.schoolChosen;
        if (choose)
            m_preview->setCellWidget(r, SchoolColumn, schoolChoiceFor(row));
        if (row.outcome == Outcome::NeedsSchool)
            ++needSchool;
    }
    m_filling = false;
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(SchoolColumn, qMax(m_preview->columnWidth(SchoolColumn), 260));
    const int adding = addCount();
    const int leftOut = int(m_rows.size()) - adding - needSchool;
    QString summary = tr("Rows: %1. To add: %2.").arg(m_rows.size()).arg(adding);
    if (needSchool > 0)
        summary += QLatin1Char(' ')
            + tr("Needing a school: %1 (choose it in the row, or for every such row above).")
                  .arg(needSchool);
    if (leftOut > 0)
        summary += QLatin1Char(' ') + tr("Cannot be added: %1.").arg(leftOut);
    m_summary->setText(summary);
    m_add->setEnabled(adding > 0);
    m_add->setText(adding > 0 ? tr("&Add Participants (%1)").arg(adding) : tr("&Add Participants"));
}

void PasteParticipantsDialog::chooseForAll()
{
    const RecordId id = m_schoolForAll->currentData().toLongLong();
    if (id <= 0)
        return;
    for (const PastedParticipant &row : std::as_const(m_rows)) {
        if (row.outcome == PastedParticipant::Outcome::NeedsSchool)
            m_choices.insert(row.line, id);
    }
    reread();
}

int PasteParticipantsDialog::addCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PastedParticipant &row) {
        return row.outcome == PastedParticipant::Outcome::Add;
    }));
}

QList<ParticipantDraft> PasteParticipantsDialog::drafts() const
{
    QList<ParticipantDraft> drafts;
    for (const PastedParticipant &row : m_rows) {
        if (row.outcome != PastedParticipant::Outcome::Add)
            continue;
        ParticipantDraft draft;
        // A person already held joins as held; a new one with the row's own details.
        draft.person = row.held ? row.held->person : row.person;
        draft.enrolment.workGroupId = m_workGroup.id;
        draft.enrolment.schoolId = row.person.schoolId;
        draft.enrolment.role = row.groupRole;
        draft.enrolment.isLeadParticipant = row.leadParticipant;
        drafts << draft;
    }
    return drafts;
}

void PasteParticipantsDialog::accept()
{
    QStringList leftOut;
    for (const PastedParticipant &row : std::as_const(m_rows)) {
        if (row.outcome != PastedParticipant::Outcome::Add)
            leftOut << tr("Line %1 (%2): %3").arg(row.line).arg(row.person.fullName(), row.message);
    }
    if (!leftOut.isEmpty()) {
        const auto answer = Prompter::question(
            this, tr("Paste Participants"),
            tr("These rows cannot be added:") + QLatin1Char('\n') + leftOut.join(QLatin1Char('\n'))
                + QStringLiteral("\n\n") + tr("Add the others (%1)?").arg(addCount()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace hubreg::ui
