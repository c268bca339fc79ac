#include "SchoolsPage.h"

#include "SchoolDialog.h"
#include "SchoolFinder.h"
#include "commands/RegisterCommands.h"
#include "common/Workspace.h"
#include "database/Database.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

SchoolsPage::SchoolsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_finder(new SchoolFinder(workspace.database(), SchoolFinder::Filters::Shown,
                                QStringLiteral("schools"), this))
{
    setObjectName(QStringLiteral("schoolsPage"));
    auto *open = new QPushButton(tr("&Open School"), this);
    open->setObjectName(QStringLiteral("openSchoolPushButton"));
    auto *add = new QPushButton(tr("&New School…"), this);
    add->setObjectName(QStringLiteral("newSchoolPushButton"));
    add->setToolTip(tr("Add a school that is not in the GIAS extract yet"));
    add->setEnabled(workspace.may(AccessRights::Action::ChangeHub));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_finder, 1);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &SchoolsPage::openCurrent);
    connect(add, &QPushButton::clicked, this, &SchoolsPage::addSchool);
    connect(m_finder, &SchoolFinder::schoolActivated, &m_workspace, &Workspace::openSchool);
    connect(m_finder, &SchoolFinder::currentSchoolChanged, this,
            [this, open] { open->setEnabled(m_finder->currentSchoolId() > 0); });
    open->setEnabled(false);
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::School)
            m_finder->reloadFilters();
    });
}

void SchoolsPage::focusSearch()
{
    m_finder->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_finder->searchEdit()->selectAll();
}

void SchoolsPage::openCurrent()
{
    if (const RecordId id = m_finder->currentSchoolId())
        m_workspace.openSchool(id);
}

void SchoolsPage::addSchool()
{
    auto *dialog = new SchoolDialog(m_workspace.database(), std::nullopt, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new AddSchoolCommand(m_workspace, dialog->school());
        if (m_workspace.run(command))
            m_finder->setSearchText(dialog->school().urn.toString());
    });
    dialog->open();
}

} // namespace hubreg::ui
