#include "ParticipantDialog.h"

#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "common/ScreenFit.h"
#include "database/Database.h"
#include "people/PersonForm.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/WorkGroupStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

ParticipantDialog::ParticipantDialog(Database &db, const WorkGroup &workGroup,
                                     const std::optional<ParticipantEnrolment> &existing,
                                     RecordId preferredSchoolId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workGroup(workGroup)
    , m_existing(existing)
    , m_validator(new FormValidator(this))
    , m_school(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_lead(new QCheckBox(tr("&Lead participant for the school"), this))
    , m_joined(new DateLineEdit(this))
    , m_left(new DateLineEdit(this))
{
    setObjectName(QStringLiteral("participantDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Change Participant")
                            : tr("Add Participant to %1").arg(workGroup.code));
    m_school->setObjectName(QStringLiteral("schoolComboBox"));
    m_role->setObjectName(QStringLiteral("groupRoleComboBox"));
    m_lead->setObjectName(QStringLiteral("leadParticipantCheckBox"));
    m_joined->setObjectName(QStringLiteral("joinedLineEdit"));
    m_left->setObjectName(QStringLiteral("leftLineEdit"));
    if (const auto year = AcademicYearStore(db).find(workGroup.academicYearId)) {
        m_yearStart = year->startDate;
        m_yearEnd = year->endDate;
    }

    auto *form = new QFormLayout;
    m_person = new PersonForm(
        db, m_validator, form,
        existing ? PersonForm::Email::Unique : PersonForm::Email::MayBeExisting, false, this);
    const RecordId currentSchool = existing ? existing->schoolId : preferredSchoolId;
    for (const SchoolEnrolmentListing &school : WorkGroupStore(db).schools(workGroup.id)) {
        if (school.enrolment.isWithdrawn() && school.enrolment.schoolId != currentSchool)
            continue;
        m_school->addItem(tr("%1 (URN %2)").arg(school.schoolName, school.urn.toString()),
                          school.enrolment.schoolId);
    }
    m_school->setCurrentIndex(qMax(0, m_school->findData(currentSchool)));
    m_validator->addRow(form, tr("For &school:"), m_school, [this] {
        return m_school->currentData().toLongLong() > 0
            ? QString()
            : tr("Enrol the participant's school in the Work Group first.");
    });
    m_role->setEditable(true);
    m_role->addItem(QString());
    if (const auto programme = ProgrammeStore(db).find(workGroup.programmeId)) {
        for (const QString &role :
             programme->rolesExpected.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            m_role->addItem(role.trimmed());
    }
    m_person->hideRole();
    form->addRow(tr("&Role:"), m_role);
    m_role->setToolTip(tr("Their role in this Work Group, as the participants' list shows it"));
    form->addRow(QString(), m_lead);
    m_validator->addRow(form, tr("&Joined on:"), m_joined, [this] { return datesProblem(); });
    if (existing) {
        m_validator->addRow(form, tr("Le&ft on:"), m_left,
                            [this] { return m_left->problem(false, tr("the date they left")); });
        m_validator->watch(m_joined);
        m_personBefore = PersonStore(db).find(existing->personId);
        if (m_personBefore)
            m_person->setPerson(*m_personBefore);
        m_role->setCurrentText(existing->role);
        m_lead->setChecked(existing->isLeadParticipant);
        m_joined->setDate(existing->joinedOn);
        m_left->setDate(existing->leftOn);
    } else {
        // Joining a Work Group under way: today, which the Lead may change.
        m_joined->setDate(WorkGroupStore(db).defaultJoinedOn(workGroup.id));
        m_left->hide();
    }
    m_validator->watch(m_left);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(buttons->button(QDialogButtonBox::Ok));
    resizeWithinScreen(this, QSize(480, sizeHint().height()));
}

QString ParticipantDialog::datesProblem() const
{
    for (const auto &[edit, what] : { std::pair { m_joined, tr("the date they joined") },
                                      std::pair { m_left, tr("the date they left") } }) {
        const QString problem = edit->problem(false, what);
        if (!problem.isEmpty())
            return problem;
        if (edit->date().isValid() && m_yearStart.isValid()
            && (edit->date() < m_yearStart || edit->date() > m_yearEnd))
            return tr("%1 is outside the academic year (%2 to %3).")
                .arg(edit->text().trimmed(), validation::formatUkDate(m_yearStart),
                     validation::formatUkDate(m_yearEnd));
    }
    return validation::dateRange(m_joined->date(), m_left->date(), tr("The date they joined"),
                                 tr("The date they left"));
}

ParticipantDraft ParticipantDialog::draft() const
{
    ParticipantDraft draft;
    draft.person = m_person->person();
    if (m_personBefore) {
        draft.person.id = m_personBefore->id;
        draft.person.uuid = m_personBefore->uuid;
        draft.person.schoolId = m_personBefore->schoolId;
        draft.person.phone = m_personBefore->phone;
        draft.person.notes = m_personBefore->notes;
        draft.person.isWorkGroupLead = m_personBefore->isWorkGroupLead;
        draft.person.isMasterySpecialist = m_personBefore->isMasterySpecialist;
    } else if (draft.person.id <= 0) {
        // A new person belongs to the school they come for, in the role they come in.
        draft.person.schoolId = m_school->currentData().toLongLong();
        if (draft.person.role.isEmpty())
            draft.person.role = m_role->currentText().trimmed();
    }
    draft.enrolment = m_existing.value_or(ParticipantEnrolment());
    draft.enrolment.workGroupId = m_workGroup.id;
    draft.enrolment.personId = draft.person.id;
    draft.enrolment.schoolId = m_school->currentData().toLongLong();
    draft.enrolment.role = m_role->currentText().trimmed();
    draft.enrolment.isLeadParticipant = m_lead->isChecked();
    draft.enrolment.joinedOn = m_joined->date();
    draft.enrolment.leftOn = m_existing ? m_left->date() : QDate();
    return draft;
}

} // namespace hubreg::ui
