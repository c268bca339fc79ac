#pragma once

#include "records/SessionStore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class DateLineEdit;
class FormValidator;
class TimeLineEdit;

// Creates a Work Group's whole series of sessions at once: N sessions, one per half term or
// every K weeks from a first date, titled "Session k" unless told otherwise, with the dates
// they will get shown before anything is created.
class SessionSeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SessionSeriesDialog(Database &db, RecordId workGroupId, QWidget *parent = nullptr);

    SessionSeriesPlan plan() const;
    // The dates the plan gives, as shown in the preview.
    QList<QDate> previewDates() const { return m_dates; }
    QListWidget *preview() const { return m_preview; }
    FormValidator *validator() const { return m_validator; }

private:
    void updatePreview();
    QString datesProblem() const;
    // The typed title as the store's pattern, and the title it gives a session's number.
    QString titlePattern() const;
    QString titleFor(int number) const;

    Database &m_db;
    RecordId m_workGroupId;
    QDate m_yearStart;
    QDate m_yearEnd;
    int m_firstNumber = 1;
    QList<QDate> m_dates;
    FormValidator *m_validator;
    QSpinBox *m_count;
    QRadioButton *m_perHalfTerm;
    QRadioButton *m_everyWeeks;
    QSpinBox *m_weeks;
    DateLineEdit *m_firstDate;
    TimeLineEdit *m_start;
    TimeLineEdit *m_end;
    QComboBox *m_mode;
    QLineEdit *m_venue;
    QLineEdit *m_titlePattern;
    QListWidget *m_preview;
};

} // namespace hubreg::ui
