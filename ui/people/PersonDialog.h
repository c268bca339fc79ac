#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FormValidator;
class PersonForm;

// Adds a person or changes one: name, email, TRN, role, school (by URN), phone and notes.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(Database &db, const std::optional<Person> &existing, QWidget *parent = nullptr);

    Person person() const;
    FormValidator *validator() const { return m_validator; }

private:
    FormValidator *m_validator;
    PersonForm *m_form;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
};

} // namespace hubreg::ui
