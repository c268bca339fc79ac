#pragma once

#include "domain/Person.h"

#include <QObject>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FormValidator;

// The fields of a person, checked as they are typed: name, email, TRN, role, and optionally
// the school by its URN. Shared by the person dialog and the participant dialog.
class PersonForm : public QObject
{
    Q_OBJECT

public:
    enum class Email {
        Unique, // another person with the email is an error
        MayBeExisting, // an email already held means that person
    };

    PersonForm(Database &db, FormValidator *validator, QFormLayout *form, Email email,
               bool withSchool, QWidget *parent);

    // The participant dialog asks for the role in the Work Group instead: one role field, as
    // the participants' table shows one. The person's own role is kept as it was.
    void hideRole();
    void setPerson(const Person &person);
    // The person as typed: the existing one (with its id) when the email matched one.
    Person person() const;
    // The person already held with the typed email, if any.
    std::optional<Person> existingByEmail() const;
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *emailEdit() const { return m_email; }

signals:
    void existingPersonChanged();

private:
    QString emailProblem() const;
    QString schoolProblem() const;

    Database &m_db;
    Email m_emailPolicy;
    Person m_person;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLabel *m_existing;
    QLineEdit *m_role;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_trn;
    QLineEdit *m_schoolUrn = nullptr;
    QLabel *m_schoolName = nullptr;
    QCheckBox *m_lead = nullptr;
    QCheckBox *m_specialist = nullptr;
};

} // namespace hubreg::ui
