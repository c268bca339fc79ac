#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace hubreg::ui {

// Help > Keyboard Shortcuts (F1): every key the program answers to, by where it works. The
// menu commands are read from the menu bar itself, so the page never disagrees with them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The keys listed, as shown, in order.
    QStringList keysListed() const;

private:
    void addHeading(const QString &heading);
    void addRow(const QString &keys, const QString &what);
    void addMenu(const QMenu *menu, const QString &path);

    QTableWidget *m_table;
};

} // namespace hubreg::ui
