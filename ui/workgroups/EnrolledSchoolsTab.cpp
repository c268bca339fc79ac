#include "EnrolledSchoolsTab.h"

#include "EnrolSchoolDialog.h"
#include "EnrolledSchoolTableModel.h"
#include "commands/WorkGroupCommands.h"
#include "common/DatePromptDialog.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "records/AcademicYearStore.h"
#include "records/WorkGroupStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

EnrolledSchoolsTab::EnrolledSchoolsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_model(new EnrolledSchoolTableModel(workspace, workGroupId, this))
    , m_table(new QTableView(this))
    , m_enrol(new QPushButton(tr("E&nrol School…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_reinstate(new QPushButton(tr("Rein&state"), this))
    , m_open(new QPushButton(tr("&Open School"), this))
{
    setObjectName(QStringLiteral("enrolledSchoolsTab"));
    m_table->setObjectName(QStringLiteral("enrolledSchoolTableView"));
    m_table->setAccessibleName(tr("Schools in the Work Group"));
    m_table->setAccessibleDescription(
        tr("Each enrolled school with its attendance; withdrawn schools are greyed"));
    m_enrol->setObjectName(QStringLiteral("enrolSchoolPushButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawSchoolPushButton"));
    m_reinstate->setObjectName(QStringLiteral("reinstateSchoolPushButton"));
    m_open->setObjectName(QStringLiteral("openSchoolPushButton"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rememberOrFitColumns(m_table, QStringLiteral("enrolledSchools"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_reinstate);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_enrol, &QPushButton::clicked, this, &EnrolledSchoolsTab::enrolSchool);
    connect(m_withdraw, &QPushButton::clicked, this, &EnrolledSchoolsTab::withdrawCurrent);
    connect(m_reinstate, &QPushButton::clicked, this, &EnrolledSchoolsTab::reinstateCurrent);
    const auto openCurrent = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            this->workspace().openSchool(
                current.data(EnrolledSchoolTableModel::SchoolIdRole).toLongLong());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableView::activated, this, openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnrolledSchoolsTab::updateButtons);
    connect(m_model, &EnrolledSchoolTableModel::rowsReplaced, this,
            &EnrolledSchoolsTab::updateButtons);
    updateButtons();
}

void EnrolledSchoolsTab::updateButtons()
{
    const SchoolEnrolmentListing *row = m_model->enrolmentAt(m_table->currentIndex().row());
    // A Lead may enrol a school with a new participant, not withdraw one.
    const bool writable = workspace().may(AccessRights::Action::ChangeHub);
    m_enrol->setEnabled(workspace().may(AccessRights::Action::AddParticipants));
    m_withdraw->setEnabled(writable && row && !row->enrolment.isWithdrawn());
    m_reinstate->setEnabled(writable && row && row->enrolment.isWithdrawn());
    m_open->setEnabled(row != nullptr);
}

void EnrolledSchoolsTab::enrolSchool()
{
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!workGroup)
        return;
    auto *dialog = new EnrolSchoolDialog(db(), *workGroup, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SchoolEnrolment enrolment = dialog->enrolment();
        if (workspace().run(new EnrolSchoolCommand(workspace(), enrolment, dialog->schoolName()))) {
            const int row = m_model->rowOfSchool(enrolment.schoolId);
            if (row >= 0)
                m_table->setCurrentIndex(m_model->index(row, EnrolledSchoolTableModel::Name));
        }
    });
    dialog->open();
}

void EnrolledSchoolsTab::withdrawCurrent()
{
    const SchoolEnrolmentListing *row = m_model->enrolmentAt(m_table->currentIndex().row());
    if (!row || row->enrolment.isWithdrawn())
        return;
    const SchoolEnrolment before = row->enrolment;
    const QString name = row->schoolName;
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    const auto year
        = workGroup ? AcademicYearStore(db()).find(workGroup->academicYearId) : std::nullopt;
    auto *dialog
        = new DatePromptDialog(tr("Withdraw %1").arg(name),
                               tr("The date %1 withdrew from the Work Group. Sessions after it "
                                  "no longer count for the school.")
                                   .arg(name),
                               tr("&Withdrew on:"), db().clock().today(), this);
    dialog->setObjectName(QStringLiteral("withdrawDialog"));
    dialog->setRange(before.joinedOn.isValid() ? before.joinedOn
                                               : (year ? year->startDate : QDate()),
                     year ? year->endDate : QDate());
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, name] {
        SchoolEnrolment after = before;
        after.withdrawnOn = dialog->date();
        workspace().run(new UpdateSchoolEnrolmentCommand(workspace(), before, after,
                                                         tr("Withdraw %1").arg(name)));
    });
    dialog->open();
}

void EnrolledSchoolsTab::reinstateCurrent()
{
    const SchoolEnrolmentListing *row = m_model->enrolmentAt(m_table->currentIndex().row());
    if (!row || !row->enrolment.isWithdrawn())
        return;
    SchoolEnrolment after = row->enrolment;
    after.withdrawnOn = QDate();
    workspace().run(new UpdateSchoolEnrolmentCommand(workspace(), row->enrolment, after,
                                                     tr("Reinstate %1").arg(row->schoolName)));
}

} // namespace hubreg::ui
