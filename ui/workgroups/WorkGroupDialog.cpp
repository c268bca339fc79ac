#include "WorkGroupDialog.h"

#include "WorkGroupForm.h"
#include "common/FormValidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

WorkGroupDialog::WorkGroupDialog(Database &db, const std::optional<WorkGroup> &existing,
                                 QWidget *parent)
    : QDialog(parent)
    , m_validator(new FormValidator(this))
{
    setObjectName(QStringLiteral("workGroupDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Change %1").arg(existing->code) : tr("New Work Group"));
    auto *form = new QFormLayout;
    m_form = new WorkGroupForm(db, m_validator, form, this);
    if (existing)
        m_form->setWorkGroup(*existing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(buttons->button(QDialogButtonBox::Ok));
}

std::optional<WorkGroup> WorkGroupDialog::prepareWorkGroup(Workspace &workspace) const
{
    return m_form->prepareWorkGroup(workspace);
}

} // namespace hubreg::ui
