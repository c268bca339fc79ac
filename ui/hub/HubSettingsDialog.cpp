#include "HubSettingsDialog.h"

#include "GoalsAndYearsForm.h"
#include "HubDetailsForm.h"
#include "HubSettingsEdit.h"
#include "LocalAuthorityPicker.h"
#include "commands/HubCommands.h"
#include "common/ScreenFit.h"
#include "common/Workspace.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
bool sameSettings(const HubSettings &a, const HubSettings &b)
{
    auto sorted = [](QStringList codes) {
        codes.sort();
        return codes;
    };
    if (a.hub.has_value() != b.hub.has_value() || a.primaryGoal != b.primaryGoal
        || a.secondaryGoal != b.secondaryGoal
        || sorted(a.localAuthorities) != sorted(b.localAuthorities)
        || a.years.size() != b.years.size())
        return false;
    if (a.hub
        && (a.hub->name != b.hub->name || a.hub->contactName != b.hub->contactName
            || a.hub->contactEmail != b.hub->contactEmail || a.hub->phone != b.hub->phone
            || a.hub->website != b.hub->website))
        return false;
    for (int i = 0; i < a.years.size(); ++i) {
        const YearSettings &x = a.years.at(i);
        const YearSettings &y = b.years.at(i);
        if (x.label != y.label || x.halfTerms.size() != y.halfTerms.size())
            return false;
        for (int t = 0; t < x.halfTerms.size(); ++t) {
            if (x.halfTerms.at(t).startDate != y.halfTerms.at(t).startDate
                || x.halfTerms.at(t).endDate != y.halfTerms.at(t).endDate)
                return false;
        }
    }
    return true;
}
} // namespace

HubSettingsDialog::HubSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_before(HubSettingsStore(workspace.database()).load())
    , m_edit(new HubSettingsEdit(m_before, this))
    , m_tabs(new QTabWidget(this))
    , m_details(new HubDetailsForm(*m_edit))
    , m_area(new LocalAuthorityPicker(workspace.database(), *m_edit))
    , m_goals(new GoalsAndYearsForm(workspace.database(), *m_edit))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("hubSettingsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Hub Settings"));
    m_tabs->setObjectName(QStringLiteral("hubSettingsTabWidget"));
    m_tabs->addTab(m_details, tr("&Hub"));
    m_tabs->addTab(m_area, tr("&Local Authorities"));
    m_tabs->addTab(m_goals, tr("&Goals and Years"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_edit, &HubSettingsEdit::changed, this, &HubSettingsDialog::showProblems);
    showProblems();
    resizeWithinScreen(this, QSize(760, 600));
}

void HubSettingsDialog::showProblems()
{
    // A tab with something wrong on it shows a warning sign, so it can be found.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const bool complete[]
        = { m_details->isComplete(), m_area->isComplete(), m_goals->isComplete() };
    for (int tab = 0; tab < 3; ++tab)
        m_tabs->setTabIcon(tab, complete[tab] ? QIcon() : warning);
    m_save->setEnabled(m_edit->errors().isEmpty());
}

void HubSettingsDialog::accept()
{
    if (sameSettings(m_before, m_edit->settings())) {
        QDialog::accept();
        return;
    }
    if (m_workspace.run(new ChangeHubSettingsCommand(m_workspace, m_before, m_edit->settings())))
        QDialog::accept();
}

} // namespace hubreg::ui
