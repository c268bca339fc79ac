#include "PersonDialog.h"

#include "PersonForm.h"
#include "common/FormValidator.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

PersonDialog::PersonDialog(Database &db, const std::optional<Person> &existing, QWidget *parent)
    : QDialog(parent)
    , m_validator(new FormValidator(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Change %1").arg(existing->fullName()) : tr("New Person"));
    auto *form = new QFormLayout;
    m_form = new PersonForm(db, m_validator, form, PersonForm::Email::Unique, true, this);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Notes:"), m_notes);
    if (existing) {
        m_form->setPerson(*existing);
        m_phone->setText(existing->phone);
        m_notes->setPlainText(existing->notes);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(buttons->button(QDialogButtonBox::Ok));
    resizeWithinScreen(this, QSize(460, sizeHint().height()));
}

Person PersonDialog::person() const
{
    Person person = m_form->person();
    person.phone = m_phone->text().trimmed();
    person.notes = m_notes->toPlainText();
    return person;
}

} // namespace hubreg::ui
