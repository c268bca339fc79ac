#pragma once

#include "domain/School.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FormValidator;

// Adds a school to the register by hand, or changes one: URN (six digits, not yet taken),
// name, GIAS classification, address, and the hub's own notes (Mastery Specialist, barrier).
class SchoolDialog : public QDialog
{
    Q_OBJECT

public:
    SchoolDialog(Database &db, const std::optional<School> &existing, QWidget *parent = nullptr);

    School school() const;
    FormValidator *validator() const { return m_validator; }

private:
    QString urnProblem() const;

    Database &m_db;
    School m_school;
    FormValidator *m_validator;
    QLineEdit *m_urn;
    QLineEdit *m_name;
    QLineEdit *m_type;
    QComboBox *m_phase;
    QComboBox *m_status;
    QLineEdit *m_laCode;
    QLineEdit *m_laName;
    QLineEdit *m_street;
    QLineEdit *m_town;
    QLineEdit *m_postcode;
    QLineEdit *m_telephone;
    QCheckBox *m_masterySpecialist;
    QLineEdit *m_barrier;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace hubreg::ui
