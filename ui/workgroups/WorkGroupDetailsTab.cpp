#include "WorkGroupDetailsTab.h"

#include "WorkGroupForm.h"
#include "commands/WorkGroupCommands.h"
#include "common/FormValidator.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/WorkGroupStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

WorkGroupDetailsTab::WorkGroupDetailsTab(Workspace &workspace, RecordId workGroupId,
                                         QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_validator(new FormValidator(this))
    , m_save(new QPushButton(tr("&Save Changes"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("workGroupDetailsTab"));
    m_save->setObjectName(QStringLiteral("saveDetailsPushButton"));
    m_revert->setObjectName(QStringLiteral("revertDetailsPushButton"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form = new WorkGroupForm(db(), m_validator, form, this);
    m_form->setEnabled(workspace.may(AccessRights::Action::ChangeHub));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    auto *narrow = new QHBoxLayout;
    narrow->addLayout(form, 3);
    narrow->addStretch(1);
    layout->addLayout(narrow);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_form, &WorkGroupForm::edited, this, [this] { setDirty(true); });
    connect(m_validator, &FormValidator::validated, this, [this] { setDirty(m_dirty); });
    connect(m_save, &QPushButton::clicked, this, &WorkGroupDetailsTab::save);
    connect(m_revert, &QPushButton::clicked, this, &WorkGroupDetailsTab::revert);
    connect(&db(), &Database::changed, this, [this](const Change &change) {
        if (m_dirty)
            return; // never overwrite what the user is typing
        if (change.entity == Entity::Person || change.entity == Entity::AcademicYear
            || change.entity == Entity::Programme)
            m_form->reloadChoices();
        if (change.entity == Entity::WorkGroup || change.entity == Entity::Person)
            revert();
    });
    revert();
}

void WorkGroupDetailsTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty && m_validator->isValid()
                       && workspace().may(AccessRights::Action::ChangeHub));
    m_revert->setEnabled(dirty);
}

void WorkGroupDetailsTab::revert()
{
    if (const auto workGroup = WorkGroupStore(db()).find(workGroupId()))
        m_form->setWorkGroup(*workGroup);
    m_validator->validate();
    setDirty(false);
}

void WorkGroupDetailsTab::save()
{
    const auto before = WorkGroupStore(db()).find(workGroupId());
    if (!before || !m_validator->isValid())
        return;
    const std::optional<WorkGroup> after = m_form->prepareWorkGroup(workspace());
    if (!after)
        return;
    m_dirty = false; // the change notification may now refresh the form
    if (!workspace().run(new UpdateWorkGroupCommand(workspace(), *before, *after)))
        setDirty(true);
    else
        setDirty(false);
}

} // namespace hubreg::ui
