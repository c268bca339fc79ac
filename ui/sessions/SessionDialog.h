#pragma once

#include "domain/Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class DateLineEdit;
class FormValidator;
class TimeLineEdit;

// Adds one session or school visit to a Work Group, or changes one: title, date (inside the
// academic year), start and end (end after start), kind, the school visited, mode and venue.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    Session session() const;
    FormValidator *validator() const { return m_validator; }

private:
    QString dateProblem() const;
    QString timeProblem() const;

    Session m_session;
    QDate m_yearStart;
    QDate m_yearEnd;
    FormValidator *m_validator;
    QLineEdit *m_title;
    DateLineEdit *m_date;
    TimeLineEdit *m_start;
    TimeLineEdit *m_end;
    QComboBox *m_kind;
    QComboBox *m_school;
    QComboBox *m_mode;
    QLineEdit *m_venue;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

} // namespace hubreg::ui
