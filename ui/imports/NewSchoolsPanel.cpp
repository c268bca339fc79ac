#include "NewSchoolsPanel.h"

#include "ParticipantImportState.h"
#include "import/ImportReport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kSchoolIdRole = Qt::UserRole;
} // namespace

NewSchoolsPanel::NewSchoolsPanel(ParticipantImportState &state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_title->setObjectName(QStringLiteral("newSchoolsLabel"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("newSchoolsTableWidget"));
    m_table->setAccessibleName(tr("Schools new to the Work Group"));
    m_table->setAccessibleDescription(
        tr("Each school the file would enrol, with its warnings and the reason given"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("School"), tr("First line"), tr("Warnings"), tr("Reason to go ahead") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(WarningsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ReasonColumn, 220);
    m_title->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == ReasonColumn)
            reasonEdited(item->row());
    });
}

void NewSchoolsPanel::showRows(const ImportReport &report)
{
    const QModelIndex current = m_table->currentIndex();
    m_filling = true;
    m_table->setRowCount(0);
    int needReasons = 0;
    for (const NewSchoolEnrolment &school : report.newSchools) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(school.school);
        name->setData(kSchoolIdRole, school.schoolId);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *line = new QTableWidgetItem(QString::number(school.firstLine));
        line->setFlags(line->flags() & ~Qt::ItemIsEditable);
        auto *warnings = new QTableWidgetItem(
            school.warnings.isEmpty() ? tr("None") : school.warnings.join(QLatin1Char('\n')));
        warnings->setFlags(warnings->flags() & ~Qt::ItemIsEditable);
        auto *reason = new QTableWidgetItem(m_state.enrolReasons.value(school.schoolId));
        if (school.warnings.isEmpty()) {
            reason->setText(tr("not needed"));
            reason->setFlags(reason->flags() & ~Qt::ItemIsEditable);
        } else if (!school.enrolled) {
            ++needReasons;
            reason->setToolTip(tr("Type the reason to enrol the school despite the warnings"));
        }
        m_table->setItem(row, SchoolColumn, name);
        m_table->setItem(row, LineColumn, line);
        m_table->setItem(row, WarningsColumn, warnings);
        m_table->setItem(row, ReasonColumn, reason);
    }
    m_filling = false;
    m_table->resizeColumnToContents(SchoolColumn);
    m_table->resizeColumnToContents(LineColumn);
    m_table->resizeRowsToContents();
    if (current.isValid() && current.row() < m_table->rowCount())
        m_table->setCurrentCell(current.row(), current.column());
    const int count = int(report.newSchools.size());
    QString text = tr("&Schools new to %1 (%2): each is enrolled in the Work Group with its "
                      "first row.")
                       .arg(m_state.workGroupCode)
                       .arg(count);
    if (needReasons > 0)
        text += QLatin1Char(' ')
            + tr("Those with warnings and no reason yet (%1) are not enrolled, and their rows "
                 "are left out: type a reason in the Reason cell to enrol one anyway.")
                  .arg(needReasons);
    m_title->setText(text);
    setVisible(count > 0);
}

void NewSchoolsPanel::reasonEdited(int row)
{
    const RecordId schoolId = m_table->item(row, SchoolColumn)->data(kSchoolIdRole).toLongLong();
    const QString reason = m_table->item(row, ReasonColumn)->text().trimmed();
    if (reason == m_state.enrolReasons.value(schoolId))
        return;
    if (reason.isEmpty())
        m_state.enrolReasons.remove(schoolId);
    else
        m_state.enrolReasons.insert(schoolId, reason);
    emit reasonsChanged();
}

} // namespace hubreg::ui
