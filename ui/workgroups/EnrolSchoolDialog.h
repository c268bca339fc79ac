#pragma once

#include "domain/WorkGroup.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hubreg {
class Database;
struct School;
} // namespace hubreg

namespace hubreg::ui {

class DateLineEdit;
class FieldMessage;
class FormValidator;
class SchoolFinder;

// Enrols a school in a Work Group: the school is picked by searching the register, with the
// date it joined and whether its head supports it. Anything that argues against the school
// (EnrolmentCheck: the group is full, the school is closed, its history across URN changes makes
// it ineligible for the programme, its phase is not the programme's) is listed as a warning, and
// the school is enrolled only once a reason for going ahead is given; that reason is kept with the
// enrolment.
class EnrolSchoolDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolSchoolDialog(Database &db, const WorkGroup &workGroup, QWidget *parent = nullptr);

    // Everything that argues against enrolling `school` in the Work Group (EnrolmentCheck);
    // empty when nothing does.
    QStringList warningsFor(const School &school) const;
    QStringList warnings() const { return m_warnings; }

    SchoolEnrolment enrolment() const;
    QString schoolName() const;
    SchoolFinder *finder() const { return m_finder; }
    FormValidator *validator() const { return m_validator; }

private:
    void schoolChanged();

    Database &m_db;
    WorkGroup m_workGroup;
    QDate m_yearStart;
    QDate m_yearEnd;
    SchoolFinder *m_finder;
    QLabel *m_chosen;
    DateLineEdit *m_joined;
    QCheckBox *m_headCommitment;
    QLabel *m_warningsLabel;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    FormValidator *m_validator;
    QStringList m_warnings;
};

} // namespace hubreg::ui
