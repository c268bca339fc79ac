#include "PersonForm.h"

#include "common/FormValidator.h"
#include "domain/Validation.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hubreg::ui {

PersonForm::PersonForm(Database &db, FormValidator *validator, QFormLayout *form, Email email,
                       bool withSchool, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_emailPolicy(email)
    , m_firstName(new QLineEdit(parent))
    , m_lastName(new QLineEdit(parent))
    , m_email(new QLineEdit(parent))
    , m_existing(new QLabel(parent))
    , m_role(new QLineEdit(parent))
    , m_trn(new QLineEdit(parent))
{
    m_firstName->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_existing->setObjectName(QStringLiteral("existingPersonLabel"));
    m_role->setObjectName(QStringLiteral("roleLineEdit"));
    m_trn->setObjectName(QStringLiteral("trnLineEdit"));
    m_trn->setMaxLength(7);
    m_trn->setPlaceholderText(tr("seven digits, if the hub collects it"));
    m_role->setPlaceholderText(tr("e.g. Maths lead, Year 2 teacher"));
    m_existing->setWordWrap(true);
    m_existing->hide();

    form->addRow(tr("&First name:"), m_firstName);
    validator->addRow(form, tr("&Last name:"), m_lastName, [this] {
        return m_firstName->text().trimmed().isEmpty() && m_lastName->text().trimmed().isEmpty()
            ? tr("Enter the person's name.")
            : QString();
    });
    validator->watch(m_firstName);
    validator->addRow(form, tr("&Email:"), m_email, [this] { return emailProblem(); });
    form->addRow(QString(), m_existing);
    form->addRow(tr("&Role:"), m_role);
    m_form = form;
    validator->addRow(form, tr("&TRN:"), m_trn, [this] { return validation::trn(m_trn->text()); });
    if (withSchool) {
        m_schoolUrn = new QLineEdit(parent);
        m_schoolUrn->setObjectName(QStringLiteral("schoolUrnLineEdit"));
        m_schoolUrn->setMaxLength(6);
        m_schoolUrn->setPlaceholderText(tr("the school's URN, if any"));
        m_schoolName = new QLabel(parent);
        m_schoolName->setObjectName(QStringLiteral("schoolNameLabel"));
        validator->addRow(form, tr("&School URN:"), m_schoolUrn,
                          [this] { return schoolProblem(); });
        form->addRow(QString(), m_schoolName);
        m_lead = new QCheckBox(tr("Leads Work &Groups"), parent);
        m_lead->setObjectName(QStringLiteral("workGroupLeadCheckBox"));
        m_specialist = new QCheckBox(tr("Is a &Mastery Specialist"), parent);
        m_specialist->setObjectName(QStringLiteral("masterySpecialistCheckBox"));
        form->addRow(QString(), m_lead);
        form->addRow(QString(), m_specialist);
    }
    connect(m_email, &QLineEdit::textChanged, this, [this, validator] {
        if (m_emailPolicy != Email::MayBeExisting)
            return;
        const auto existing = existingByEmail();
        m_existing->setVisible(existing.has_value());
        if (existing) {
            m_existing->setText(
                tr("%1 already has this email address, so they are the person added.")
                    .arg(existing->fullName()));
            const QSignalBlocker first(m_firstName);
            const QSignalBlocker last(m_lastName);
            m_firstName->setText(existing->firstName);
            m_lastName->setText(existing->lastName);
            m_role->setText(existing->role);
            m_trn->setText(existing->trn);
        }
        m_firstName->setEnabled(!existing);
        m_lastName->setEnabled(!existing);
        // The names just filled in change what the form's checks say.
        validator->validate();
        emit existingPersonChanged();
    });
}

void PersonForm::hideRole()
{
    m_form->setRowVisible(m_role, false);
}

void PersonForm::setPerson(const Person &person)
{
    m_person = person;
    m_firstName->setText(person.firstName);
    m_lastName->setText(person.lastName);
    m_email->setText(person.email);
    m_role->setText(person.role);
    m_trn->setText(person.trn);
    if (m_schoolUrn) {
        const auto school
            = person.schoolId > 0 ? SchoolStore(m_db).find(person.schoolId) : std::nullopt;
        m_schoolUrn->setText(school ? school->urn.toString() : QString());
        m_lead->setChecked(person.isWorkGroupLead);
        m_specialist->setChecked(person.isMasterySpecialist);
    }
}

std::optional<Person> PersonForm::existingByEmail() const
{
    if (!validation::email(m_email->text(), true).isEmpty())
        return std::nullopt;
    auto other = PersonStore(m_db).findByEmail(m_email->text());
    if (other && other->id == m_person.id)
        return std::nullopt;
    return other;
}

QString PersonForm::emailProblem() const
{
    const QString problem = validation::email(m_email->text());
    if (!problem.isEmpty() || m_emailPolicy == Email::MayBeExisting)
        return problem;
    if (const auto other = existingByEmail())
        return tr("%1 already has this email address.").arg(other->fullName());
    return {};
}

QString PersonForm::schoolProblem() const
{
    m_schoolName->clear();
    const QString text = m_schoolUrn->text().trimmed();
    if (text.isEmpty())
        return {};
    const QString problem = validation::urn(text);
    if (!problem.isEmpty())
        return problem;
    const auto school = SchoolStore(m_db).findByUrn(*Urn::parse(text));
    if (!school)
        return tr("No school with URN %1 is in the register.").arg(text);
    m_schoolName->setText(school->name);
    return {};
}

Person PersonForm::person() const
{
    if (m_emailPolicy == Email::MayBeExisting) {
        if (const auto existing = existingByEmail())
            return *existing;
    }
    Person person = m_person;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.email = m_email->text().trimmed();
    person.role = m_role->text().trimmed();
    person.trn = m_trn->text().trimmed();
    if (m_schoolUrn) {
        const auto urn = Urn::parse(m_schoolUrn->text());
        const auto school = urn ? SchoolStore(m_db).findByUrn(*urn) : std::nullopt;
        person.schoolId = school ? school->id : 0;
        person.isWorkGroupLead = m_lead->isChecked();
        person.isMasterySpecialist = m_specialist->isChecked();
    }
    return person;
}

} // namespace hubreg::ui
