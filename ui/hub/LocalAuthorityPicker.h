#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FieldMessage;
class HubSettingsEdit;

// The local authorities of the hub's area, picked from GIAS's list: type part of a name or a
// code to narrow the list, Enter ticks the first one shown, Space ticks or unticks the current
// one. The chosen ones are listed underneath.
class LocalAuthorityPicker : public QWidget
{
    Q_OBJECT

public:
    LocalAuthorityPicker(Database &db, HubSettingsEdit &edit, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QLabel *chosenLabel() const { return m_chosen; }
    bool isComplete() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void itemChanged(QListWidgetItem *item);
    void showChosen();

    HubSettingsEdit &m_edit;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_chosen;
    FieldMessage *m_message;
};

} // namespace hubreg::ui
