#include "EditConflictDialog.h"

#include "EditConflictModel.h"
#include "common/DataTableView.h"
#include "records/RecordMerge.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

EditConflictDialog::EditConflictDialog(FieldMerge &merge, const QString &record, QWidget *parent)
    : QDialog(parent)
    , m_model(new EditConflictModel(merge, this))
    , m_table(new DataTableView(this))
{
    setObjectName(QStringLiteral("editConflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    QString intro = tr("Someone else changed %1 while you were editing it, so your changes have "
                       "not been saved yet. Below is every field either of you changed.")
                        .arg(record);
    if (merge.conflicts() > 0)
        intro += QLatin1Char(' ')
            + tr("Where you both changed a field (in bold), choose whose value to keep: select "
                 "it and press Y for yours or T for theirs.");
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_table->setObjectName(QStringLiteral("editConflictTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // the fields stay in the form's order
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The three values share the width (cut short, whole in their tool tips), so the field and
    // the side kept are always in view, without scrolling sideways.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column,
                                     column == EditConflictModel::Field
                                             || column == EditConflictModel::Kept
                                         ? QHeaderView::ResizeToContents
                                         : QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Fields changed"));
    m_table->installEventFilter(this);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto *choices = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, bool yours) {
        auto *push = new QPushButton(text, this);
        push->setObjectName(name);
        push->setAutoDefault(false);
        push->setEnabled(merge.conflicts() > 0);
        connect(push, &QPushButton::clicked, this, [this, yours] { chooseSelected(yours); });
        choices->addWidget(push);
    };
    button(tr("Keep &Yours"), QStringLiteral("keepYoursPushButton"), true);
    button(tr("Keep &Theirs"), QStringLiteral("keepTheirsPushButton"), false);
    choices->addStretch(1);
    layout->addLayout(choices);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMergedPushButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 360);
    m_table->setFocus();
}

void EditConflictDialog::chooseSelected(bool yours)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_model->choose(index.row(), yours);
}

bool EditConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            if (key->key() == Qt::Key_Y || key->key() == Qt::Key_T) {
                chooseSelected(key->key() == Qt::Key_Y);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hubreg::ui
