#include "ConflictDialog.h"

#include "ConflictTableModel.h"

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

ConflictDialog::ConflictDialog(const QList<ExchangeConflict> &conflicts, const QString &from,
                               QWidget *parent)
    : QDialog(parent)
    , m_model(new ConflictTableModel(conflicts, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 and the hub changed these fields differently since they last "
                                "agreed. Choose whose value each keeps: select a row and press L "
                                "for the Lead's or H for the hub's, or decide them all one way.")
                                 .arg(from),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("conflictsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setAccessibleDescription(
        tr("Each field changed differently by the Lead and the hub: the Lead's value, the hub's, "
           "and which is kept"));
    m_table->installEventFilter(this);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, auto slot) {
        auto *push = new QPushButton(text, this);
        push->setObjectName(name);
        push->setAutoDefault(false);
        connect(push, &QPushButton::clicked, this, slot);
        row->addWidget(push);
        return push;
    };
    button(tr("Take the &Lead's"), QStringLiteral("takeLeadPushButton"),
           [this] { decideSelected(Side::Lead); });
    button(tr("Take the &Hub's"), QStringLiteral("takeHubPushButton"),
           [this] { decideSelected(Side::Hub); });
    row->addStretch(1);
    button(tr("All the L&ead's"), QStringLiteral("allLeadPushButton"),
           [this] { m_model->decideAll(Side::Lead); });
    button(tr("All the h&ub's"), QStringLiteral("allHubPushButton"),
           [this] { m_model->decideAll(Side::Hub); });
    layout->addLayout(row);

    m_count->setObjectName(QStringLiteral("decidedLabel"));
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Done"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("conflictsDonePushButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &ConflictTableModel::decisionsChanged, this, &ConflictDialog::updateCount);
    updateCount();
    resize(1100, 420);
    m_table->setFocus();
}

const QList<ExchangeConflict> &ConflictDialog::conflicts() const
{
    return m_model->conflicts();
}

void ConflictDialog::decideSelected(Side side)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int last = -1;
    for (const QModelIndex &index : rows) {
        m_model->decide(index.row(), side);
        last = qMax(last, index.row());
    }
    // On to the next conflict, so a run of them is decided key by key.
    if (rows.size() == 1 && last + 1 < m_model->rowCount())
        m_table->selectRow(last + 1);
}

bool ConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            if (key->key() == Qt::Key_L) {
                decideSelected(Side::Lead);
                return true;
            }
            if (key->key() == Qt::Key_H) {
                decideSelected(Side::Hub);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConflictDialog::updateCount()
{
    const int total = m_model->rowCount();
    m_count->setText(tr("%1 of %2 decided.").arg(total - m_model->undecided()).arg(total));
}

} // namespace hubreg::ui
