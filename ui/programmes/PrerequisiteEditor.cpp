#include "PrerequisiteEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int CodesRole = Qt::UserRole + 2;
enum DetailPage { GroupPage, ProgrammesPage, PlainPage };

using Kind = EligibilityRule::Kind;

bool isGroup(Kind kind)
{
    return kind == Kind::All || kind == Kind::Any;
}

Kind kindOf(const QTreeWidgetItem *item)
{
    return Kind(item->data(0, KindRole).toInt());
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}
} // namespace

PrerequisiteEditor::PrerequisiteEditor(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_details(new QStackedWidget(this))
    , m_groupKind(new QComboBox(this))
    , m_programmes(new QListWidget(this))
    , m_plain(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("prerequisiteTreeWidget"));
    m_add->setObjectName(QStringLiteral("addConditionToolButton"));
    m_remove->setObjectName(QStringLiteral("removeConditionPushButton"));
    m_groupKind->setObjectName(QStringLiteral("groupKindComboBox"));
    m_programmes->setObjectName(QStringLiteral("prerequisiteProgrammesListWidget"));
    m_programmes->setAccessibleName(tr("Programmes in the condition"));
    m_programmes->setAccessibleDescription(tr("Tick the programmes the chosen condition is about"));
    m_summary->setObjectName(QStringLiteral("prerequisiteSummaryLabel"));

    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setMinimumHeight(110);
    m_tree->setAccessibleName(tr("Prerequisite conditions"));
    m_tree->setAccessibleDescription(
        tr("The rule as a tree of conditions; choose one to change it below"));

    auto *menu = new QMenu(m_add);
    auto addAction = [&](const QString &text, Kind kind, const char *name) {
        QAction *action = menu->addAction(text, this, [this, kind] { addCondition(kind); });
        action->setObjectName(QLatin1String(name));
    };
    addAction(tr("Took part in…"), Kind::TookPartIn, "addTookPartInAction");
    addAction(tr("Has not taken part in…"), Kind::NotTakenPartIn, "addNotTakenPartInAction");
    addAction(tr("Has a Mastery Specialist"), Kind::MasterySpecialist,
              "addMasterySpecialistAction");
    addAction(tr("Has a recorded barrier"), Kind::Barrier, "addBarrierAction");
    menu->addSeparator();
    addAction(tr("Group: all of…"), Kind::All, "addAllGroupAction");
    addAction(tr("Group: any of…"), Kind::Any, "addAnyGroupAction");
    m_add->setText(tr("&Add condition"));
    m_add->setMenu(menu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_groupKind->addItem(tr("All of these must hold"), int(Kind::All));
    m_groupKind->addItem(tr("Any one of these is enough"), int(Kind::Any));
    auto *groupPage = new QWidget(m_details);
    auto *groupLayout = new QVBoxLayout(groupPage);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupLabel = new QLabel(tr("&Group:"), groupPage);
    groupLabel->setBuddy(m_groupKind);
    groupLayout->addWidget(groupLabel);
    groupLayout->addWidget(m_groupKind);
    groupLayout->addStretch();

    auto *programmesPage = new QWidget(m_details);
    auto *programmesLayout = new QVBoxLayout(programmesPage);
    programmesLayout->setContentsMargins(0, 0, 0, 0);
    auto *programmesLabel = new QLabel(tr("&Programmes (any of those ticked):"), programmesPage);
    programmesLabel->setBuddy(m_programmes);
    programmesLayout->addWidget(programmesLabel);
    programmesLayout->addWidget(m_programmes);

    m_plain->setWordWrap(true);
    m_details->insertWidget(GroupPage, groupPage);
    m_details->insertWidget(ProgrammesPage, programmesPage);
    m_details->insertWidget(PlainPage, m_plain);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addLayout(left, 3);
    row->addWidget(m_details, 2);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PrerequisiteEditor::showDetails);
    connect(m_remove, &QPushButton::clicked, this, &PrerequisiteEditor::removeCurrent);
    connect(m_groupKind, &QComboBox::currentIndexChanged, this,
            &PrerequisiteEditor::groupKindChosen);
    connect(m_programmes, &QListWidget::itemChanged, this, &PrerequisiteEditor::programmesChosen);
    setRule({});
}

void PrerequisiteEditor::setCatalogue(const QList<Programme> &programmes)
{
    m_updating = true;
    m_programmes->clear();
    for (const Programme &p : programmes) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1 – %2").arg(p.code, p.title), m_programmes);
        item->setData(Qt::UserRole, p.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
    showDetails();
}

QTreeWidgetItem *PrerequisiteEditor::makeItem(const EligibilityRule &rule)
{
    auto *item = new QTreeWidgetItem;
    item->setData(0, KindRole, int(rule.kind));
    item->setData(0, CodesRole, rule.programmes);
    for (const EligibilityRule &sub : rule.rules)
        item->addChild(makeItem(sub));
    return item;
}

void PrerequisiteEditor::setRule(const EligibilityRule &rule)
{
    m_updating = true;
    m_tree->clear();
    EligibilityRule top = rule;
    if (!isGroup(rule.kind)) {
        top = EligibilityRule();
        top.kind = Kind::All;
        if (!rule.isNone())
            top.rules << rule;
    }
    QTreeWidgetItem *root = makeItem(top);
    m_tree->addTopLevelItem(root);
    m_tree->expandAll();
    m_tree->setCurrentItem(root);
    m_updating = false;
    refreshTexts();
    showDetails();
}

EligibilityRule PrerequisiteEditor::ruleOf(const QTreeWidgetItem *item) const
{
    EligibilityRule rule;
    rule.kind = kindOf(item);
    rule.programmes = item->data(0, CodesRole).toStringList();
    for (int i = 0; i < item->childCount(); ++i)
        rule.rules << ruleOf(item->child(i));
    // "All of" or "any of" one condition is that condition.
    return isGroup(rule.kind) && rule.rules.size() == 1 ? rule.rules.constFirst() : rule;
}

EligibilityRule PrerequisiteEditor::rule() const
{
    const QTreeWidgetItem *root = m_tree->topLevelItem(0);
    if (!root || root->childCount() == 0)
        return {};
    return ruleOf(root);
}

QString PrerequisiteEditor::problemIn(const QTreeWidgetItem *item) const
{
    const Kind kind = kindOf(item);
    const bool root = item == m_tree->topLevelItem(0);
    if (isGroup(kind) && !root && item->childCount() == 0)
        return tr("A group needs at least one condition: add one or remove the group.");
    if ((kind == Kind::TookPartIn || kind == Kind::NotTakenPartIn)
        && item->data(0, CodesRole).toStringList().isEmpty())
        return tr("Tick at least one programme for “%1”.")
            .arg(kind == Kind::TookPartIn ? tr("took part in") : tr("has not taken part in"));
    for (int i = 0; i < item->childCount(); ++i) {
        const QString problem = problemIn(item->child(i));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString PrerequisiteEditor::problem() const
{
    const QTreeWidgetItem *root = m_tree->topLevelItem(0);
    return root ? problemIn(root) : QString();
}

void PrerequisiteEditor::addCondition(Kind kind)
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        current = m_tree->topLevelItem(0);
    QTreeWidgetItem *group = isGroup(kindOf(current)) ? current : current->parent();
    EligibilityRule rule;
    rule.kind = kind;
    QTreeWidgetItem *item = makeItem(rule);
    group->addChild(item);
    group->setExpanded(true);
    m_tree->setCurrentItem(item);
    itemsChanged();
}

void PrerequisiteEditor::removeCurrent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !current->parent())
        return;
    QTreeWidgetItem *parent = current->parent();
    delete current;
    m_tree->setCurrentItem(parent);
    itemsChanged();
}

void PrerequisiteEditor::showDetails()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    m_remove->setEnabled(current && current->parent());
    if (!current)
        return;
    m_updating = true;
    const Kind kind = kindOf(current);
    if (isGroup(kind)) {
        m_groupKind->setCurrentIndex(m_groupKind->findData(int(kind)));
        m_details->setCurrentIndex(GroupPage);
    } else if (kind == Kind::TookPartIn || kind == Kind::NotTakenPartIn) {
        const QStringList codes = current->data(0, CodesRole).toStringList();
        for (int i = 0; i < m_programmes->count(); ++i) {
            QListWidgetItem *item = m_programmes->item(i);
            const bool ticked
                = codes.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive);
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
        m_details->setCurrentIndex(ProgrammesPage);
    } else {
        m_plain->setText(
            kind == Kind::MasterySpecialist
                ? tr("The school is marked as a Mastery Specialist school, or someone on "
                     "its staff is marked as a Mastery Specialist.")
                : tr("The school has a barrier recorded on its page (for Mastery "
                     "Readiness)."));
        m_details->setCurrentIndex(PlainPage);
    }
    m_updating = false;
}

void PrerequisiteEditor::groupKindChosen()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (m_updating || !current || !isGroup(kindOf(current)))
        return;
    current->setData(0, KindRole, m_groupKind->currentData());
    itemsChanged();
}

void PrerequisiteEditor::programmesChosen()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (m_updating || !current)
        return;
    QStringList codes;
    for (int i = 0; i < m_programmes->count(); ++i) {
        if (m_programmes->item(i)->checkState() == Qt::Checked)
            codes << m_programmes->item(i)->data(Qt::UserRole).toString();
    }
    // Codes the catalogue no longer offers stay in the rule rather than vanish unseen.
    for (const QString &code : current->data(0, CodesRole).toStringList()) {
        bool offered = false;
        for (int i = 0; i < m_programmes->count(); ++i)
            offered = offered
                || m_programmes->item(i)
                        ->data(Qt::UserRole)
                        .toString()
                        .compare(code, Qt::CaseInsensitive)
                    == 0;
        if (!offered)
            codes << code;
    }
    current->setData(0, CodesRole, codes);
    itemsChanged();
}

void PrerequisiteEditor::refreshTexts()
{
    QList<QTreeWidgetItem *> pending { m_tree->topLevelItem(0) };
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        if (!item)
            continue;
        const Kind kind = kindOf(item);
        QString text;
        if (kind == Kind::All)
            text = tr("All of these");
        else if (kind == Kind::Any)
            text = tr("Any of these");
        else if ((kind == Kind::TookPartIn || kind == Kind::NotTakenPartIn)
                 && item->data(0, CodesRole).toStringList().isEmpty())
            text = kind == Kind::TookPartIn ? tr("Took part in … (tick programmes)")
                                            : tr("Has not taken part in … (tick programmes)");
        else
            text = capitalised(ruleOf(item).describe());
        item->setText(0, text);
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
    }
    const QString problemText = problem();
    m_summary->setText(problemText.isEmpty() ? tr("In words: %1.").arg(rule().describe())
                                             : problemText);
}

void PrerequisiteEditor::itemsChanged()
{
    refreshTexts();
    showDetails();
    emit changed();
}

} // namespace hubreg::ui
