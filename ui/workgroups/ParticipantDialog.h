#pragma once

#include "commands/WorkGroupCommands.h"
#include "domain/WorkGroup.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class DateLineEdit;
class FormValidator;
class PersonForm;

// Adds a participant to a Work Group (a new person, or one already held, recognised by email)
// or changes one: their details, the school they represent, their role, whether they are a
// lead participant, and when they joined and left.
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new participant for `preferredSchoolId` (0: the first school).
    ParticipantDialog(Database &db, const WorkGroup &workGroup,
                      const std::optional<ParticipantEnrolment> &existing,
                      RecordId preferredSchoolId, QWidget *parent = nullptr);

    ParticipantDraft draft() const;
    // For a change: the person as they were, so their edit can be undone.
    std::optional<Person> personBefore() const { return m_personBefore; }
    std::optional<ParticipantEnrolment> enrolmentBefore() const { return m_existing; }
    FormValidator *validator() const { return m_validator; }
    QComboBox *schoolBox() const { return m_school; }
    DateLineEdit *joinedEdit() const { return m_joined; }

private:
    QString datesProblem() const;

    Database &m_db;
    WorkGroup m_workGroup;
    std::optional<ParticipantEnrolment> m_existing;
    std::optional<Person> m_personBefore;
    QDate m_yearStart;
    QDate m_yearEnd;
    FormValidator *m_validator;
    PersonForm *m_person;
    QComboBox *m_school;
    QComboBox *m_role;
    QCheckBox *m_lead;
    DateLineEdit *m_joined;
    DateLineEdit *m_left;
};

} // namespace hubreg::ui
