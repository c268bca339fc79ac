#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// Exchange > Send to Lead…: which Lead, which of their Work Groups (those of this year and
// later are ticked), and whether to issue them new keys.
class SendToLeadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendToLeadDialog(Database &db, QWidget *parent = nullptr);

    QString leadEmail() const;
    QStringList workGroupCodes() const;
    bool newKeys() const;

    QComboBox *leadComboBox() const { return m_lead; }
    QListWidget *workGroupsList() const { return m_groups; }

private:
    void showGroups();

    Database &m_db;
    QComboBox *m_lead;
    QListWidget *m_groups;
    QCheckBox *m_newKeys;
    QLabel *m_keysNote;
};

} // namespace hubreg::ui
