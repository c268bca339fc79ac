#include "DatePromptDialog.h"

#include "DateFields.h"
#include "FormValidator.h"
#include "domain/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

DatePromptDialog::DatePromptDialog(const QString &title, const QString &prompt,
                                   const QString &fieldLabel, const QDate &initial, QWidget *parent)
    : QDialog(parent)
    , m_date(new DateLineEdit(this))
    , m_validator(new FormValidator(this))
{
    setObjectName(QStringLiteral("datePromptDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_date->setObjectName(QStringLiteral("dateLineEdit"));
    m_date->setDate(initial);
    auto *text = new QLabel(prompt, this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    m_validator->addRow(form, fieldLabel, m_date, [this] {
        const QString problem = m_date->problem(true, tr("the date"));
        if (!problem.isEmpty())
            return problem;
        if (m_earliest.isValid() && m_date->date() < m_earliest)
            return tr("The date cannot be before %1.").arg(validation::formatUkDate(m_earliest));
        if (m_latest.isValid() && m_date->date() > m_latest)
            return tr("The date cannot be after %1.").arg(validation::formatUkDate(m_latest));
        return QString();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(buttons->button(QDialogButtonBox::Ok));
    m_date->selectAll();
}

void DatePromptDialog::setRange(const QDate &earliest, const QDate &latest)
{
    m_earliest = earliest;
    m_latest = latest;
    m_validator->validate();
}

QDate DatePromptDialog::date() const
{
    return m_date->date();
}

} // namespace hubreg::ui
