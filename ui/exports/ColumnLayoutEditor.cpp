#include "ColumnLayoutEditor.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace hubreg::ui {

namespace {
enum ChosenColumn { HeadingColumn, ColumnColumn, ChosenColumnCount };
constexpr int KeyRole = Qt::UserRole;
constexpr int DefaultHeadingRole = Qt::UserRole + 1;

// "Session %1 %2" read as "Session n": what one of the group's columns is called.
QString readablePattern(const QString &pattern)
{
    QString text = pattern;
    text.replace(QLatin1String("%1"), QLatin1String("n")).remove(QLatin1String("%2"));
    return text.simplified();
}
} // namespace

// The columns in the file, where Ctrl+Up, Ctrl+Down and Delete do what the buttons do (but
// not while a heading is being edited).
class ChosenColumnsTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    std::function<void(int by)> onMove;
    std::function<void()> onRemove;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (state() != EditingState) {
            if (event->modifiers() == Qt::ControlModifier
                && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
                onMove(event->key() == Qt::Key_Up ? -1 : 1);
                return;
            }
            if (event->matches(QKeySequence::Delete)) {
                onRemove();
                return;
            }
        }
        QTableWidget::keyPressEvent(event);
    }
};

ColumnLayoutEditor::ColumnLayoutEditor(QWidget *parent)
    : QWidget(parent)
    , m_available(new QListWidget(this))
    , m_chosen(new ChosenColumnsTable(0, ChosenColumnCount, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_heading(new QPushButton(tr("Edit &Heading"), this))
    , m_reset(new QPushButton(tr("&Back to Default"), this))
{
    m_available->setObjectName(QStringLiteral("availableColumnsListWidget"));
    m_chosen->setObjectName(QStringLiteral("chosenColumnsTableWidget"));
    m_available->setAccessibleName(tr("Columns that can be added"));
    m_available->setAccessibleDescription(tr("Choose one and add it to the return's columns"));
    m_chosen->setAccessibleName(tr("Columns in the return"));
    m_chosen->setAccessibleDescription(
        tr("In order, with the heading each gets in the file; a heading can be typed over"));
    m_add->setObjectName(QStringLiteral("addColumnPushButton"));
    m_remove->setObjectName(QStringLiteral("removeColumnPushButton"));
    m_up->setObjectName(QStringLiteral("moveUpPushButton"));
    m_down->setObjectName(QStringLiteral("moveDownPushButton"));
    m_heading->setObjectName(QStringLiteral("editHeadingPushButton"));
    m_reset->setObjectName(QStringLiteral("defaultColumnsPushButton"));

    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_available->setToolTip(tr("Enter or a double click adds the column."));
    m_chosen->setHorizontalHeaderLabels({ tr("Heading in the file"), tr("Column") });
    m_chosen->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chosen->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chosen->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::SelectedClicked);
    m_chosen->setTabKeyNavigation(false);
    m_chosen->verticalHeader()->hide();
    m_chosen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_chosen->verticalHeader()->setDefaultSectionSize(m_chosen->fontMetrics().height() + 10);
    m_chosen->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chosen->setToolTip(tr("F2 renames a heading; Ctrl+Up and Ctrl+Down move a column; Delete "
                            "removes it. In a group's heading %1 stands for the session's "
                            "number and %2 for its date."));
    m_chosen->onMove = [this](int by) { move(by); };
    m_chosen->onRemove = [this] { removeChosen(); };
    // Enter in a list must not reach the dialog's buttons.
    for (QPushButton *button : { m_add, m_remove, m_up, m_down, m_heading, m_reset })
        button->setAutoDefault(false);

    auto *availableLabel = new QLabel(tr("Columns not &in the file:"), this);
    availableLabel->setBuddy(m_available);
    auto *chosenLabel = new QLabel(tr("&Columns in the file, in order:"), this);
    chosenLabel->setBuddy(m_chosen);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(m_add);
    middle->addWidget(m_remove);
    middle->addStretch(1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_heading);
    side->addStretch(1);
    side->addWidget(m_reset);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(availableLabel, 0, 0);
    grid->addWidget(chosenLabel, 0, 2);
    grid->addWidget(m_available, 1, 0);
    grid->addLayout(middle, 1, 1);
    grid->addWidget(m_chosen, 1, 2);
    grid->addLayout(side, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);
    setTabOrder(m_available, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_chosen);
    setTabOrder(m_chosen, m_up);

    connect(m_add, &QPushButton::clicked, this, &ColumnLayoutEditor::addChosen);
    connect(m_available, &QListWidget::itemActivated, this, &ColumnLayoutEditor::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &ColumnLayoutEditor::removeChosen);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_heading, &QPushButton::clicked, this, &ColumnLayoutEditor::editHeading);
    connect(m_reset, &QPushButton::clicked, this, &ColumnLayoutEditor::resetToDefault);
    connect(m_available, &QListWidget::itemSelectionChanged, this,
            &ColumnLayoutEditor::updateButtons);
    connect(m_chosen, &QTableWidget::itemSelectionChanged, this,
            &ColumnLayoutEditor::updateButtons);
    connect(m_chosen, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != HeadingColumn)
            return;
        // A file needs a heading in every column: an emptied one goes back to the default.
        if (item->text().trimmed().isEmpty()) {
            const QSignalBlocker blocker(m_chosen);
            item->setText(item->data(DefaultHeadingRole).toString());
        }
        emit layoutChanged();
    });
    updateButtons();
}

void ColumnLayoutEditor::setReport(const QList<ReportColumn> &columns, const QStringList &groups,
                                   const QList<ExportColumn> &defaultLayout)
{
    m_columns = columns;
    m_groups = groups;
    m_defaultLayout = defaultLayout;
    // Descriptions depend on the report; the headings chosen stay.
    const QSignalBlocker blocker(m_chosen);
    for (int row = 0; row < m_chosen->rowCount(); ++row) {
        const Choice choice
            = choiceFor(m_chosen->item(row, HeadingColumn)->data(KeyRole).toString());
        m_chosen->item(row, HeadingColumn)->setData(DefaultHeadingRole, choice.defaultHeading);
        m_chosen->item(row, ColumnColumn)->setText(choice.description);
    }
    refreshAvailable();
}

void ColumnLayoutEditor::setLayout(const QList<ExportColumn> &layout)
{
    {
        const QSignalBlocker blocker(m_chosen);
        m_chosen->setRowCount(0);
        for (const ExportColumn &column : layout)
            insertChosen(m_chosen->rowCount(), column);
    }
    refreshAvailable();
    emit layoutChanged();
}

QList<ExportColumn> ColumnLayoutEditor::layout() const
{
    QList<ExportColumn> layout;
    for (int row = 0; row < m_chosen->rowCount(); ++row) {
        const QTableWidgetItem *item = m_chosen->item(row, HeadingColumn);
        layout << ExportColumn { item->data(KeyRole).toString(), item->text().trimmed() };
    }
    return layout;
}

QList<ColumnLayoutEditor::Choice> ColumnLayoutEditor::choices() const
{
    auto groupChoice = [this](const QString &group) {
        QString pattern = QStringLiteral("%1");
        for (const ExportColumn &column : m_defaultLayout) {
            if (column.key == group)
                pattern = column.heading;
        }
        return Choice { group, pattern,
                        tr("%1 (a column for each)").arg(readablePattern(pattern)) };
    };
    QList<Choice> choices;
    QStringList groupsShown;
    for (const ReportColumn &column : m_columns) {
        // A group comes before its first column.
        if (!column.group.isEmpty() && !groupsShown.contains(column.group)) {
            groupsShown << column.group;
            choices << groupChoice(column.group);
        }
        choices << Choice { column.key, column.heading, column.heading };
    }
    // A group with no columns for this filter (no sessions yet) can still be chosen.
    for (const QString &group : m_groups) {
        if (!groupsShown.contains(group))
            choices << groupChoice(group);
    }
    return choices;
}

ColumnLayoutEditor::Choice ColumnLayoutEditor::choiceFor(const QString &key) const
{
    for (const Choice &choice : choices()) {
        if (choice.key == key)
            return choice;
    }
    return Choice { key, key, tr("%1 (not in this report now)").arg(key) };
}

void ColumnLayoutEditor::insertChosen(int row, const ExportColumn &column)
{
    const Choice choice = choiceFor(column.key);
    m_chosen->insertRow(row);
    auto *heading = new QTableWidgetItem(column.heading);
    heading->setData(KeyRole, column.key);
    heading->setData(DefaultHeadingRole, choice.defaultHeading);
    m_chosen->setItem(row, HeadingColumn, heading);
    auto *description = new QTableWidgetItem(choice.description);
    description->setFlags(description->flags() & ~Qt::ItemIsEditable);
    description->setToolTip(column.key);
    m_chosen->setItem(row, ColumnColumn, description);
}

void ColumnLayoutEditor::refreshAvailable()
{
    QStringList chosen;
    for (const ExportColumn &column : layout())
        chosen << column.key;
    const QSignalBlocker blocker(m_available);
    m_available->clear();
    for (const Choice &choice : choices()) {
        if (chosen.contains(choice.key))
            continue;
        auto *item = new QListWidgetItem(choice.description, m_available);
        item->setData(KeyRole, choice.key);
        item->setToolTip(choice.key);
    }
    updateButtons();
}

void ColumnLayoutEditor::updateButtons()
{
    const int row = m_chosen->currentRow();
    const bool chosen = !m_chosen->selectedItems().isEmpty() && row >= 0;
    m_add->setEnabled(!m_available->selectedItems().isEmpty());
    m_remove->setEnabled(chosen);
    m_heading->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row < m_chosen->rowCount() - 1);
}

void ColumnLayoutEditor::addChosen()
{
    const QList<QListWidgetItem *> selected = m_available->selectedItems();
    if (selected.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_chosen);
        // In the list's order, after the current column (or at the end).
        int at = m_chosen->currentRow() >= 0 ? m_chosen->currentRow() + 1 : m_chosen->rowCount();
        for (int i = 0; i < m_available->count(); ++i) {
            QListWidgetItem *item = m_available->item(i);
            if (!item->isSelected())
                continue;
            const Choice choice = choiceFor(item->data(KeyRole).toString());
            insertChosen(at, { choice.key, choice.defaultHeading });
            m_chosen->setCurrentCell(at, HeadingColumn);
            ++at;
        }
    }
    const int next = qMin(m_available->row(selected.first()), m_available->count() - 1);
    refreshAvailable();
    m_available->setCurrentRow(qMin(next, m_available->count() - 1));
    emit layoutChanged();
}

void ColumnLayoutEditor::removeChosen()
{
    const int row = m_chosen->currentRow();
    if (row < 0 || m_chosen->selectedItems().isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_chosen);
        m_chosen->removeRow(row);
        if (m_chosen->rowCount() > 0)
            m_chosen->setCurrentCell(qMin(row, m_chosen->rowCount() - 1), HeadingColumn);
    }
    refreshAvailable();
    emit layoutChanged();
}

void ColumnLayoutEditor::move(int by)
{
    const int row = m_chosen->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_chosen->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_chosen);
        for (int column = 0; column < ChosenColumnCount; ++column) {
            QTableWidgetItem *moving = m_chosen->takeItem(row, column);
            QTableWidgetItem *other = m_chosen->takeItem(to, column);
            m_chosen->setItem(to, column, moving);
            m_chosen->setItem(row, column, other);
        }
        m_chosen->setCurrentCell(to, HeadingColumn);
    }
    updateButtons();
    emit layoutChanged();
}

void ColumnLayoutEditor::editHeading()
{
    const int row = m_chosen->currentRow();
    if (row < 0)
        return;
    m_chosen->setFocus();
    m_chosen->editItem(m_chosen->item(row, HeadingColumn));
}

void ColumnLayoutEditor::resetToDefault()
{
    setLayout(m_defaultLayout);
}

} // namespace hubreg::ui
