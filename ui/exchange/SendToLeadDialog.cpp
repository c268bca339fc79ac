#include "SendToLeadDialog.h"

#include "database/Database.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubPackWriter.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

SendToLeadDialog::SendToLeadDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_lead(new QComboBox(this))
    , m_groups(new QListWidget(this))
    , m_newKeys(new QCheckBox(tr("Issue &new keys (a new or lost laptop): a first pack, opened "
                                 "with a code told by phone"),
                              this))
    , m_keysNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sendToLeadDialog"));
    setWindowTitle(tr("Send to Lead"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_lead->setObjectName(QStringLiteral("leadComboBox"));
    for (const Person &lead : PersonStore(db).workGroupLeads())
        if (!lead.email.isEmpty())
            m_lead->addItem(QStringLiteral("%1 <%2>").arg(lead.fullName(), lead.email), lead.email);
    form->addRow(tr("&Lead:"), m_lead);
    m_groups->setObjectName(QStringLiteral("workGroupsListWidget"));
    m_groups->setAccessibleName(tr("Work Groups to send"));
    m_groups->setAccessibleDescription(tr("The Lead's Work Groups; those ticked go in the pack"));
    form->addRow(tr("&Work Groups:"), m_groups);
    layout->addLayout(form);
    m_newKeys->setObjectName(QStringLiteral("newKeysCheckBox"));
    layout->addWidget(m_newKeys);
    m_keysNote->setObjectName(QStringLiteral("keysNoteLabel"));
    m_keysNote->setWordWrap(true);
    layout->addWidget(m_keysNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make Pack…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("makePackPushButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lead, &QComboBox::currentIndexChanged, this, &SendToLeadDialog::showGroups);
    connect(m_groups, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!workGroupCodes().isEmpty());
    });
    showGroups();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!workGroupCodes().isEmpty());
    resize(520, 420);
}

void SendToLeadDialog::showGroups()
{
    m_groups->clear();
    const QString email = leadEmail();
    if (email.isEmpty())
        return;
    QStringList current;
    HubPackRequest request;
    request.leadEmail = email;
    std::optional<HubPackPlan> plan;
    try {
        plan = HubPackWriter(m_db).plan(request);
        current = plan->workGroupCodes;
    } catch (const ExchangeError &) {
        // No Work Group of this year or later: the person ticks the ones to send.
    }
    const auto person = PersonStore(m_db).findByEmail(email);
    WorkGroupQuery query;
    query.withAttendance = false; // codes, programmes and years only
    query.leadPersonId = person ? person->id : -1;
    for (const WorkGroupOverview &group : WorkGroupStore(m_db).overview(query)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 – %2 (%3)")
                .arg(group.workGroup.code, group.programmeTitle, group.academicYear),
            m_groups);
        item->setData(Qt::UserRole, group.workGroup.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(group.workGroup.code) ? Qt::Checked : Qt::Unchecked);
    }
    const bool known
        = person && ExchangeIdentityStore(m_db).lead(person->uuid.toString(QUuid::WithoutBraces));
    m_newKeys->setChecked(false);
    m_newKeys->setEnabled(known);
    m_keysNote->setText(
        known ? tr("%1 has a copy already: the pack updates it.").arg(person->fullName())
              : tr("This is %1's first pack: HubRegister will show a code to "
                   "tell them by phone.")
                    .arg(person ? person->fullName() : email));
}

QString SendToLeadDialog::leadEmail() const
{
    return m_lead->currentData().toString();
}

QStringList SendToLeadDialog::workGroupCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->checkState() == Qt::Checked)
            codes << m_groups->item(i)->data(Qt::UserRole).toString();
    return codes;
}

bool SendToLeadDialog::newKeys() const
{
    return m_newKeys->isChecked();
}

} // namespace hubreg::ui
