#include "EnrolSchoolDialog.h"

#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "common/ScreenFit.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "eligibility/EnrolmentCheck.h"
#include "records/AcademicYearStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolFinder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

EnrolSchoolDialog::EnrolSchoolDialog(Database &db, const WorkGroup &workGroup, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workGroup(workGroup)
    , m_finder(
          new SchoolFinder(db, SchoolFinder::Filters::Hidden, QStringLiteral("enrolSchool"), this))
    , m_chosen(new QLabel(this))
    , m_joined(new DateLineEdit(this))
    , m_headCommitment(new QCheckBox(tr("The &headteacher supports taking part"), this))
    , m_warningsLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason to go ahead:"), this))
    , m_validator(new FormValidator(this))
{
    setObjectName(QStringLiteral("enrolSchoolDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Enrol a School in %1").arg(workGroup.code));
    m_chosen->setObjectName(QStringLiteral("chosenSchoolLabel"));
    m_joined->setObjectName(QStringLiteral("joinedLineEdit"));
    m_headCommitment->setObjectName(QStringLiteral("headCommitmentCheckBox"));
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_reason->setObjectName(QStringLiteral("overrideReasonLineEdit"));
    m_reason->setPlaceholderText(tr("why this school is enrolled despite the warnings"));
    m_reasonLabel->setBuddy(m_reason);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);

    if (const auto year = AcademicYearStore(db).find(workGroup.academicYearId)) {
        m_yearStart = year->startDate;
        m_yearEnd = year->endDate;
    }
    const QDate today = db.clock().today();
    m_joined->setDate(today < m_yearStart
                          ? m_yearStart
                          : (today > m_yearEnd && m_yearEnd.isValid() ? m_yearEnd : today));

    auto *warnings = new QGroupBox(tr("Warnings"), this);
    warnings->setObjectName(QStringLiteral("warningsGroupBox"));
    auto *icon = new QLabel(warnings);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *warningsLayout = new QGridLayout(warnings);
    warningsLayout->addWidget(icon, 0, 0, 2, 1);
    warningsLayout->addWidget(m_warningsLabel, 0, 1, 1, 2);
    warningsLayout->addWidget(m_reasonLabel, 1, 1);
    warningsLayout->addWidget(m_reason, 1, 2);
    warningsLayout->setColumnStretch(2, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("School:"), m_chosen);
    m_validator->addRow(form, tr("&Joined on:"), m_joined, [this] {
        const QString problem = m_joined->problem(true, tr("the date the school joined"));
        if (!problem.isEmpty())
            return problem;
        if (m_yearStart.isValid()
            && (m_joined->date() < m_yearStart || m_joined->date() > m_yearEnd))
            return tr("The date is outside the academic year (%1 to %2).")
                .arg(validation::formatUkDate(m_yearStart), validation::formatUkDate(m_yearEnd));
        return QString();
    });
    form->addRow(QString(), m_headCommitment);
    auto *chosenMessage = new FieldMessage(this);
    chosenMessage->setObjectName(QStringLiteral("chosenSchoolMessage"));
    form->insertRow(1, QString(), chosenMessage);
    m_validator->addCheck(m_finder->table(), chosenMessage, [this] {
        const School *school = m_finder->currentSchool();
        if (!school)
            return tr("Choose the school: search by URN, name, postcode or town, then pick it in "
                      "the list.");
        for (const SchoolEnrolmentListing &enrolled :
             WorkGroupStore(m_db).schools(m_workGroup.id)) {
            if (enrolled.enrolment.schoolId == school->id)
                return tr("%1 is already in this Work Group.").arg(school->name);
        }
        return QString();
    });
    auto *reasonMessage = new FieldMessage(this);
    warningsLayout->addWidget(reasonMessage, 2, 1, 1, 2);
    m_validator->addCheck(m_reason, reasonMessage, [this] {
        return !m_warnings.isEmpty() && m_reason->text().trimmed().isEmpty()
            ? tr("Give the reason for enrolling the school despite the warnings.")
            : QString();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okPushButton"));
    ok->setText(tr("&Enrol"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_finder, 1);
    layout->addLayout(form);
    layout->addWidget(warnings);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(ok);

    connect(m_finder, &SchoolFinder::currentSchoolChanged, this, &EnrolSchoolDialog::schoolChanged);
    schoolChanged();
    resizeWithinScreen(this, QSize(900, 620));
    // Typing goes to the search, and nothing is chosen until a school is picked in the list.
    m_finder->searchEdit()->setFocus(Qt::OtherFocusReason);
}

QStringList EnrolSchoolDialog::warningsFor(const School &school) const
{
    return EnrolmentCheck(m_db).warnings(school, m_workGroup);
}

void EnrolSchoolDialog::schoolChanged()
{
    const School *school = m_finder->currentSchool();
    m_chosen->setText(
        school ? tr("%1 (URN %2, %3)").arg(school->name, school->urn.toString(), school->town)
               : tr("none chosen yet"));
    m_warnings = school ? warningsFor(*school) : QStringList();
    m_warningsLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningsLabel->parentWidget()->setVisible(!m_warnings.isEmpty());
    m_validator->validate();
}

SchoolEnrolment EnrolSchoolDialog::enrolment() const
{
    SchoolEnrolment enrolment;
    enrolment.workGroupId = m_workGroup.id;
    enrolment.schoolId = m_finder->currentSchoolId();
    enrolment.joinedOn = m_joined->date();
    enrolment.headCommitment = m_headCommitment->isChecked();
    if (!m_warnings.isEmpty())
        enrolment.eligibilityOverride = m_reason->text().trimmed();
    return enrolment;
}

QString EnrolSchoolDialog::schoolName() const
{
    const School *school = m_finder->currentSchool();
    return school ? school->name : QString();
}

} // namespace hubreg::ui
