#include "ExportFilterPanel.h"

#include "common/DateFields.h"
#include "common/KeyGuards.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/WorkGroupStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace hubreg::ui {

namespace {
// The combo boxes keep the value the filter needs in Qt::UserRole, and the id that narrows the
// Work Group list in IdRole.
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ExportFilterPanel::ExportFilterPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_year(new QComboBox(this))
    , m_programme(new QComboBox(this))
    , m_workGroup(new QComboBox(this))
    , m_lead(new QComboBox(this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
{
    m_year->setObjectName(QStringLiteral("yearComboBox"));
    m_programme->setObjectName(QStringLiteral("programmeComboBox"));
    m_workGroup->setObjectName(QStringLiteral("workGroupComboBox"));
    m_lead->setObjectName(QStringLiteral("leadComboBox"));
    m_from->setObjectName(QStringLiteral("fromDateLineEdit"));
    m_to->setObjectName(QStringLiteral("toDateLineEdit"));

    m_year->addItem(tr("Every year"), QString());
    for (const AcademicYear &year : AcademicYearStore(db).list())
        m_year->addItem(year.label, year.label);
    m_programme->addItem(tr("Every programme"), QString());
    for (const Programme &programme : ProgrammeStore(db).list()) {
        m_programme->addItem(tr("%1 – %2").arg(programme.code, programme.title), programme.code);
        m_programme->setItemData(m_programme->count() - 1, programme.id, IdRole);
    }
    m_lead->addItem(tr("Every Lead"), RecordId(0));
    for (const Person &lead : PersonStore(db).workGroupLeads())
        m_lead->addItem(lead.email.isEmpty() ? lead.fullName()
                                             : tr("%1 (%2)").arg(lead.fullName(), lead.email),
                        lead.id);
    for (QComboBox *box : { m_year, m_programme, m_workGroup, m_lead }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        openListOnArrowKeys(box);
    }
    for (DateLineEdit *date : { m_from, m_to })
        date->setPlaceholderText(tr("dd/mm/yyyy"));
    fillWorkGroups();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Academic &year:"), m_year);
    form->addRow(tr("&Programme:"), m_programme);
    form->addRow(tr("&Work Group:"), m_workGroup);
    form->addRow(tr("&Lead:"), m_lead);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto *to = new QLabel(tr("t&o"), this);
    to->setBuddy(m_to);
    dates->addWidget(to);
    dates->addWidget(m_to);
    // A label for a row of fields needs its buddy set by hand, or its & shows.
    auto *fromLabel = new QLabel(tr("Sessions &from:"), this);
    fromLabel->setBuddy(m_from);
    fromLabel->setToolTip(tr("Only sessions in these dates count; either may be left empty."));
    form->addRow(fromLabel, dates);

    // The Work Groups on offer are those of the year and programme chosen.
    for (QComboBox *box : { m_year, m_programme }) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            fillWorkGroups();
            emit filterChanged();
        });
    }
    for (QComboBox *box : { m_workGroup, m_lead })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportFilterPanel::filterChanged);
    for (DateLineEdit *date : { m_from, m_to })
        connect(date, &QLineEdit::textChanged, this, &ExportFilterPanel::filterChanged);
}

void ExportFilterPanel::fillWorkGroups()
{
    const QString chosen = m_workGroup->currentData().toString();
    WorkGroupQuery query;
    query.withAttendance = false; // codes and titles only
    query.programmeId = m_programme->currentData(IdRole).toLongLong();
    if (const QString label = m_year->currentData().toString(); !label.isEmpty()) {
        for (const AcademicYear &year : AcademicYearStore(m_db).list()) {
            if (year.label == label)
                query.academicYearId = year.id;
        }
    }
    const QSignalBlocker blocker(m_workGroup);
    m_workGroup->clear();
    m_workGroup->addItem(tr("Every Work Group"), QString());
    for (const WorkGroupOverview &group : WorkGroupStore(m_db).overview(query)) {
        const WorkGroup &wg = group.workGroup;
        m_workGroup->addItem(wg.title.isEmpty() ? wg.code : tr("%1 – %2").arg(wg.code, wg.title),
                             wg.code);
    }
    m_workGroup->setCurrentIndex(qMax(0, m_workGroup->findData(chosen)));
}

ExportFilter ExportFilterPanel::filter() const
{
    ExportFilter filter;
    filter.academicYear = m_year->currentData().toString();
    filter.programmeCode = m_programme->currentData().toString();
    filter.workGroupCode = m_workGroup->currentData().toString();
    filter.leadPersonId = m_lead->currentData().toLongLong();
    filter.from = m_from->date();
    filter.to = m_to->date();
    return filter;
}

QString ExportFilterPanel::problem() const
{
    QString problem = m_from->problem(false, tr("the first date"));
    if (problem.isEmpty())
        problem = m_to->problem(false, tr("the last date"));
    if (problem.isEmpty() && m_from->date().isValid() && m_to->date().isValid()
        && m_to->date() < m_from->date())
        problem = tr("The last date is before the first.");
    return problem;
}

} // namespace hubreg::ui
