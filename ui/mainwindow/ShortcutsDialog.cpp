#include "ShortcutsDialog.h"

#include "common/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.remove(QStringLiteral("…")).trimmed();
}

QString keysOf(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Each row: the keys, then what they do"));
    m_table->setHorizontalHeaderLabels({ tr("Keys"), tr("What they do") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    addHeading(tr("Menu commands"));
    for (const QAction *action : menus->actions()) {
        if (const QMenu *menu = action->menu())
            addMenu(menu, withoutMnemonic(action->text()));
    }

    addHeading(tr("Lists and search boxes"));
    addRow(tr("Down or Enter"), tr("From a search box to its results, on the first row"));
    addRow(tr("Enter"), tr("Open the chosen row (a Work Group, school or person)"));
    addRow(tr("Up, Down, Page Up, Page Down"), tr("Move along a list"));
    addRow(keysOf(QKeySequence::Copy),
           tr("Copy the chosen rows, with their headings, for a spreadsheet"));
    addRow(tr("Down or Alt+Down on a drop-down"),
           tr("Open its list (an arrow key never changes a filter unseen)"));

    addHeading(tr("Forms and dialogs"));
    addRow(tr("Tab, Shift+Tab"), tr("The next or the previous field"));
    addRow(tr("Alt+underlined letter"), tr("That button, field or tab"));
    addRow(tr("Enter"), tr("The dialog's main button, once every field is right"));
    addRow(tr("Esc"), tr("Close the dialog without changing anything"));

    addHeading(tr("A Work Group's page"));
    addRow(keysOf(QKeySequence::Print), tr("Print the register"));
    addRow(tr("Alt+R, T, I, P, C, L"),
           tr("The Register, Take Register, Sessions, Participants, Schools and Details tabs"));

    addHeading(tr("Taking a register"));
    addRow(tr("P, L, E, S, A, X, N"),
           tr("Present, late, left early, substitute (then type who came), apologies, absent, "
              "not expected: the mark is saved and the next person is chosen"));
    addRow(tr("Delete"), tr("Clear the mark"));
    addRow(tr("Alt+M"), tr("Mark everyone without a mark present"));
    addRow(tr("Alt+A"), tr("Add someone who came but is not on the list (a late arrival)"));

    // Each row as tall as its text at the width it is shown at, not at the width it was made at.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *intro = new QLabel(tr("Every command can be reached from the keyboard. The menus show "
                                "their keys beside each command."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(620, 640));
    m_table->setFocus(Qt::OtherFocusReason);
}

void ShortcutsDialog::addMenu(const QMenu *menu, const QString &path)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" > ") + withoutMnemonic(action->text());
        if (const QMenu *submenu = action->menu()) {
            addMenu(submenu, name);
            continue;
        }
        if (!action->shortcut().isEmpty())
            addRow(keysOf(action->shortcut()), name);
    }
}

void ShortcutsDialog::addHeading(const QString &heading)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(heading);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void ShortcutsDialog::addRow(const QString &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

QStringList ShortcutsDialog::keysListed() const
{
    QStringList keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->columnSpan(row, 0) == 1)
            keys << m_table->item(row, 0)->text();
    }
    return keys;
}

} // namespace hubreg::ui
