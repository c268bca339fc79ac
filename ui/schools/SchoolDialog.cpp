#include "SchoolDialog.h"

#include "common/FormValidator.h"
#include "domain/Validation.h"
#include "records/SchoolStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
const QStringList kPhases
    = { QStringLiteral("Not applicable"), QStringLiteral("Nursery"),
        QStringLiteral("Primary"),        QStringLiteral("Middle deemed primary"),
        QStringLiteral("Secondary"),      QStringLiteral("Middle deemed secondary"),
        QStringLiteral("16 plus"),        QStringLiteral("All-through") };
const QStringList kStatuses
    = { QStringLiteral("Open"), QStringLiteral("Open, but proposed to close"),
        QStringLiteral("Proposed to open"), QStringLiteral("Closed") };
} // namespace

SchoolDialog::SchoolDialog(Database &db, const std::optional<School> &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_school(existing.value_or(School()))
    , m_validator(new FormValidator(this))
    , m_urn(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_type(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_laCode(new QLineEdit(this))
    , m_laName(new QLineEdit(this))
    , m_street(new QLineEdit(this))
    , m_town(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_telephone(new QLineEdit(this))
    , m_masterySpecialist(new QCheckBox(tr("A Mastery &Specialist works here"), this))
    , m_barrier(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("schoolDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Change %1").arg(existing->name) : tr("New School"));
    m_urn->setObjectName(QStringLiteral("urnLineEdit"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_type->setObjectName(QStringLiteral("typeLineEdit"));
    m_phase->setObjectName(QStringLiteral("phaseComboBox"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_laCode->setObjectName(QStringLiteral("laCodeLineEdit"));
    m_laName->setObjectName(QStringLiteral("laNameLineEdit"));
    m_postcode->setObjectName(QStringLiteral("postcodeLineEdit"));
    m_masterySpecialist->setObjectName(QStringLiteral("masterySpecialistCheckBox"));
    m_barrier->setObjectName(QStringLiteral("barrierLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));

    m_urn->setMaxLength(6);
    m_urn->setPlaceholderText(tr("six digits"));
    m_phase->setEditable(true);
    m_phase->addItems(kPhases);
    m_status->addItems(kStatuses);
    m_laCode->setMaxLength(3);
    m_laCode->setPlaceholderText(tr("three digits"));
    m_barrier->setPlaceholderText(tr("for Mastery Readiness, e.g. low prior attainment in maths"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    m_urn->setText(m_school.urn.toString());
    m_name->setText(m_school.name);
    m_type->setText(m_school.establishmentType);
    m_phase->setCurrentText(m_school.phase.isEmpty() ? QStringLiteral("Primary") : m_school.phase);
    if (m_status->findText(m_school.status) < 0)
        m_status->addItem(m_school.status);
    m_status->setCurrentText(m_school.status);
    m_laCode->setText(m_school.laCode);
    m_laName->setText(m_school.laName);
    m_street->setText(m_school.street);
    m_town->setText(m_school.town);
    m_postcode->setText(m_school.postcode);
    m_telephone->setText(m_school.telephone);
    m_masterySpecialist->setChecked(m_school.hasMasterySpecialist);
    m_barrier->setText(m_school.barrier);
    m_notes->setPlainText(m_school.notes);

    auto *form = new QFormLayout;
    m_validator->addRow(form, tr("&URN:"), m_urn, [this] { return urnProblem(); });
    m_validator->addRow(form, tr("&Name:"), m_name, [this] {
        return validation::requiredText(m_name->text(), tr("the school's name"));
    });
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("P&hase:"), m_phase);
    form->addRow(tr("S&tatus:"), m_status);
    m_validator->addRow(form, tr("&LA code:"), m_laCode, [this] {
        const QString code = m_laCode->text().trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\d{3}$"));
        return code.isEmpty() || digits.match(code).hasMatch()
            ? QString()
            : tr("An LA code is three digits, such as 380.");
    });
    form->addRow(tr("LA na&me:"), m_laName);
    form->addRow(tr("Str&eet:"), m_street);
    form->addRow(tr("To&wn:"), m_town);
    form->addRow(tr("Post&code:"), m_postcode);
    form->addRow(tr("Tele&phone:"), m_telephone);
    form->addRow(QString(), m_masterySpecialist);
    form->addRow(tr("&Barrier:"), m_barrier);
    form->addRow(tr("N&otes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_validator->setAcceptButton(m_buttons->button(QDialogButtonBox::Ok));
}

QString SchoolDialog::urnProblem() const
{
    const QString problem = validation::urn(m_urn->text());
    if (!problem.isEmpty())
        return problem;
    const auto other = SchoolStore(m_db).findByUrn(*Urn::parse(m_urn->text()));
    if (other && other->id != m_school.id)
        return tr("URN %1 is already in the register as “%2”.")
            .arg(other->urn.toString(), other->name);
    return {};
}

School SchoolDialog::school() const
{
    School school = m_school;
    school.urn = Urn::parse(m_urn->text()).value_or(Urn());
    school.name = m_name->text().trimmed();
    school.establishmentType = m_type->text().trimmed();
    school.phase = m_phase->currentText().trimmed();
    school.status = m_status->currentText();
    school.laCode = m_laCode->text().trimmed();
    school.laName = m_laName->text().trimmed();
    school.street = m_street->text().trimmed();
    school.town = m_town->text().trimmed();
    school.postcode = m_postcode->text().trimmed().toUpper();
    school.telephone = m_telephone->text().trimmed();
    school.hasMasterySpecialist = m_masterySpecialist->isChecked();
    school.barrier = m_barrier->text().trimmed();
    school.notes = m_notes->toPlainText();
    return school;
}

} // namespace hubreg::ui
