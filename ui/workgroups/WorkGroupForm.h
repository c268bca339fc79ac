#pragma once

#include "domain/WorkGroup.h"

#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FormValidator;
class Workspace;

// The fields of a Work Group, checked as they are typed: code (unique), title, programme,
// academic year, Lead, status, capacity and notes. Used to create a Work Group and on its page.
class WorkGroupForm : public QObject
{
    Q_OBJECT

public:
    WorkGroupForm(Database &db, FormValidator *validator, QFormLayout *form, QWidget *parent);

    void setWorkGroup(const WorkGroup &workGroup);
    // The Work Group as typed. The academic year is created if this file has not got it yet,
    // and the hub too for a first Work Group; empty when that fails (the reason was shown).
    std::optional<WorkGroup> prepareWorkGroup(Workspace &workspace) const;
    void reloadChoices();
    void setEnabled(bool enabled);

    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *programmeBox() const { return m_programme; }

signals:
    void edited();

private:
    Database &m_db;
    WorkGroup m_workGroup;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QComboBox *m_programme;
    QComboBox *m_year;
    QComboBox *m_lead;
    QComboBox *m_status;
    QSpinBox *m_capacity;
    QPlainTextEdit *m_notes;
};

} // namespace hubreg::ui
