#include "HubDetailsForm.h"

#include "HubSettingsEdit.h"
#include "common/FormValidator.h"

#include <QFormLayout>
#include <QLineEdit>

namespace hubreg::ui {

HubDetailsForm::HubDetailsForm(HubSettingsEdit &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_name(new QLineEdit(this))
    , m_contactName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_validator(new FormValidator(this))
{
    setObjectName(QStringLiteral("hubDetailsForm"));
    m_name->setObjectName(QStringLiteral("hubNameLineEdit"));
    m_contactName->setObjectName(QStringLiteral("hubContactNameLineEdit"));
    m_email->setObjectName(QStringLiteral("hubContactEmailLineEdit"));
    m_phone->setObjectName(QStringLiteral("hubPhoneLineEdit"));
    m_website->setObjectName(QStringLiteral("hubWebsiteLineEdit"));
    m_name->setPlaceholderText(tr("as the NCETM names it, e.g. Yorkshire Ridings Maths Hub"));
    m_contactName->setPlaceholderText(tr("the hub lead or administrator"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_website->setPlaceholderText(tr("https://"));

    const Hub hub = edit.settings().hub.value_or(Hub());
    m_name->setText(hub.name);
    m_contactName->setText(hub.contactName);
    m_email->setText(hub.contactEmail);
    m_phone->setText(hub.phone);
    m_website->setText(hub.website);

    // The settings change first, so the checks beside the fields see the new text.
    const auto bind = [this](QLineEdit *field, QString Hub::*member) {
        connect(field, &QLineEdit::textChanged, this, [this, member](const QString &text) {
            m_edit.change([&](HubSettings &settings) {
                if (!settings.hub)
                    settings.hub = Hub();
                (*settings.hub).*member = text;
            });
        });
    };
    bind(m_name, &Hub::name);
    bind(m_contactName, &Hub::contactName);
    bind(m_email, &Hub::contactEmail);
    bind(m_phone, &Hub::phone);
    bind(m_website, &Hub::website);

    auto *form = new QFormLayout(this);
    m_validator->addRow(form, tr("Hub &name:"), m_name,
                        [this] { return m_edit.errorFor(QStringLiteral("name")); });
    form->addRow(tr("&Contact:"), m_contactName);
    m_validator->addRow(form, tr("Contact &email:"), m_email,
                        [this] { return m_edit.errorFor(QStringLiteral("contactEmail")); });
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    m_validator->validate();
}

bool HubDetailsForm::isComplete() const
{
    return !m_edit.hasErrorsIn({ QStringLiteral("name"), QStringLiteral("contactEmail") });
}

} // namespace hubreg::ui
