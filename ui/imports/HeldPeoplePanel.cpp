#include "HeldPeoplePanel.h"

#include "HeldPeopleModel.h"
#include "ParticipantImportState.h"
#include "common/DataTableView.h"
#include "import/ImportReport.h"
#include "records/PersonStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr DuplicateAction kActions[]
    = { DuplicateAction::Update, DuplicateAction::Keep, DuplicateAction::Skip };

// The Choice column's editor: a list of the three actions, taken as soon as one is picked.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceComboBox"));
        for (DuplicateAction action : kActions)
            combo->addItem(HeldPeopleModel::actionName(action), int(action));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ChoiceDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(HeldPeopleModel::ActionRole)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(),
                       HeldPeopleModel::ActionRole);
    }
};

// "Ann Ash <ann.ash@example.org>", or the name alone.
QString describeHeld(const Person &person)
{
    return person.email.isEmpty() ? person.fullName()
                                  : QStringLiteral("%1 <%2>").arg(person.fullName(), person.email);
}
} // namespace

HeldPeoplePanel::HeldPeoplePanel(ParticipantImportState &state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new QLabel(this))
    , m_model(new HeldPeopleModel(this))
    , m_table(new DataTableView(this))
{
    m_title->setObjectName(QStringLiteral("heldPeopleLabel"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("heldPeopleTableView"));
    m_table->setAccessibleName(tr("People already held"));
    m_table->setAccessibleDescription(
        tr("Rows of the file that match someone already held: update, keep or skip each"));
    m_table->setSortingEnabled(false);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(HeldPeopleModel::ChoiceColumn, new ChoiceDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(HeldPeopleModel::NoteColumn,
                                                      QHeaderView::Stretch);
    // Wide enough for any choice, with room for the list's arrow while it is open.
    for (DuplicateAction action : kActions)
        m_choiceWidth = qMax(
            m_choiceWidth,
            m_table->fontMetrics().horizontalAdvance(HeldPeopleModel::actionName(action)) + 48);
    m_table->installEventFilter(this);
    m_title->setBuddy(m_table);

    auto *hint = new QLabel(tr("Select rows and type U, K or S, or press F2 to choose."), this);
    hint->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    const struct
    {
        DuplicateAction action;
        QString text;
        QString name;
    } all[] = {
        { DuplicateAction::Update, tr("&Update all"), QStringLiteral("updateAllPushButton") },
        { DuplicateAction::Keep, tr("&Keep all"), QStringLiteral("keepAllPushButton") },
        { DuplicateAction::Skip, tr("&Skip all"), QStringLiteral("skipAllPushButton") },
    };
    for (const auto &each : all) {
        auto *button = new QPushButton(each.text, this);
        button->setObjectName(each.name);
        button->setAutoDefault(false);
        const DuplicateAction action = each.action;
        connect(button, &QPushButton::clicked, this, [this, action] { chooseForAll(action); });
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_model, &HeldPeopleModel::actionChosen, this, &HeldPeoplePanel::chooseForRow);
}

void HeldPeoplePanel::showRows(const ImportReport &report)
{
    PersonStore people(m_state.db);
    QList<HeldPeopleModel::Row> rows;
    for (const ImportIssue &note : report.notes) {
        if (note.heldId == 0)
            continue;
        const auto held = people.find(note.heldId);
        rows << HeldPeopleModel::Row {
            note.line, held ? describeHeld(*held) : QString(), note.message,
            m_state.duplicateChoices.value(
                note.line, note.heldByEmail ? m_state.onDuplicate : m_state.onNameMatch)
        };
    }
    m_title->setText(tr("&People already held (%n): same email address, or same name at the "
                        "same school. Choose for each row what to do; a match by name alone "
                        "keeps the details held unless you choose Update.",
                        nullptr, int(rows.size())));
    m_model->setRows(rows);
    if (!m_table->currentIndex().isValid() && !rows.isEmpty())
        m_table->setCurrentIndex(m_model->index(0, HeldPeopleModel::ChoiceColumn));
    m_table->resizeColumnToContents(HeldPeopleModel::LineColumn);
    m_table->resizeColumnToContents(HeldPeopleModel::HeldColumn);
    m_table->setColumnWidth(HeldPeopleModel::ChoiceColumn, m_choiceWidth);
    setVisible(!rows.isEmpty());
}

bool HeldPeoplePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_U:
                chooseForSelected(DuplicateAction::Update);
                return true;
            case Qt::Key_K:
                chooseForSelected(DuplicateAction::Keep);
                return true;
            case Qt::Key_S:
                chooseForSelected(DuplicateAction::Skip);
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeldPeoplePanel::chooseForRow(qint64 line, DuplicateAction action)
{
    m_state.duplicateChoices.insert(line, action);
    emit choicesChanged();
}

void HeldPeoplePanel::chooseForSelected(DuplicateAction action)
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    if (rows.isEmpty())
        return;
    for (int row : std::as_const(rows))
        m_state.duplicateChoices.insert(m_model->lineAt(row), action);
    emit choicesChanged();
}

void HeldPeoplePanel::chooseForAll(DuplicateAction action)
{
    m_state.onDuplicate = action;
    m_state.onNameMatch = action;
    m_state.duplicateChoices.clear();
    emit choicesChanged();
}

} // namespace hubreg::ui
