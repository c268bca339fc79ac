#include "HubSetupWizard.h"

#include "GoalsAndYearsForm.h"
#include "HubDetailsForm.h"
#include "HubSettingsEdit.h"
#include "LocalAuthorityPicker.h"
#include "commands/HubCommands.h"
#include "common/ScreenFit.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace hubreg::ui {

namespace {
// One step of the setup: a section of the settings, complete while it has nothing wrong.
class SectionPage : public QWizardPage
{
public:
    SectionPage(const QString &title, const QString &subTitle, QWidget *section,
                std::function<bool()> complete, HubSettingsEdit &edit)
        : m_complete(std::move(complete))
    {
        setTitle(title);
        setSubTitle(subTitle);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(section);
        connect(&edit, &HubSettingsEdit::changed, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};
} // namespace

HubSetupWizard::HubSetupWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_before(HubSettingsStore(workspace.database()).load())
    , m_edit(nullptr)
    , m_details(nullptr)
    , m_area(nullptr)
    , m_goals(nullptr)
{
    setObjectName(QStringLiteral("hubSetupWizard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Set Up Your Hub"));
    setOption(QWizard::NoBackButtonOnStartPage);
    Database &db = workspace.database();
    HubSettings start = HubSettingsStore(db).startingPoint(db.clock().today());
    start.hub = Hub();
    m_edit = new HubSettingsEdit(start, this);
    m_details = new HubDetailsForm(*m_edit);
    m_area = new LocalAuthorityPicker(db, *m_edit);
    m_goals = new GoalsAndYearsForm(db, *m_edit);

    auto *first = new QWidget;
    auto *intro = new QLabel(tr("HubRegister keeps one Maths Hub's Work Groups, registers and "
                                "returns. Say which hub this file is for; you can change all of "
                                "it later in File > Hub Settings."),
                             first);
    intro->setWordWrap(true);
    auto *demo = new QPushButton(tr("Load the &Demo Hub Instead"), first);
    demo->setObjectName(QStringLiteral("loadDemoInsteadPushButton"));
    demo->setAutoDefault(false);
    demo->setToolTip(tr("Explore HubRegister with fictional schools, Work Groups and registers"));
    auto *firstLayout = new QVBoxLayout(first);
    firstLayout->addWidget(intro);
    firstLayout->addWidget(m_details);
    firstLayout->addStretch(1);
    firstLayout->addWidget(demo, 0, Qt::AlignLeft);
    connect(demo, &QPushButton::clicked, this, [this] {
        emit demoRequested();
        reject();
    });

    addPage(new SectionPage(
        tr("Your hub"), tr("Its name, and who to contact about it."), first,
        [this] { return m_details->isComplete(); }, *m_edit));
    addPage(new SectionPage(
        tr("Its area"), tr("The local authorities the hub serves, as GIAS numbers them."), m_area,
        [this] { return m_area->isComplete(); }, *m_edit));
    addPage(new SectionPage(
        tr("Goals and academic years"),
        tr("The share of schools to engage, and the half-term dates of the "
           "years the hub works in."),
        m_goals, [this] { return m_goals->isComplete(); }, *m_edit));
    setButtonText(QWizard::FinishButton, tr("&Set Up Hub"));
    resizeWithinScreen(this, QSize(760, 600));
}

void HubSetupWizard::accept()
{
    // Kept open when the core refuses, with the reason shown, so nothing typed is lost.
    if (m_workspace.run(new ChangeHubSettingsCommand(m_workspace, m_before, m_edit->settings())))
        QWizard::accept();
}

} // namespace hubreg::ui
