#pragma once

#include <QDate>
#include <QDialog>

namespace hubreg::ui {

class DateLineEdit;
class FormValidator;

// Asks for one date (withdrawn on, left on), typed as dd/mm/yyyy and checked against the
// earliest and latest dates that make sense.
class DatePromptDialog : public QDialog
{
    Q_OBJECT

public:
    DatePromptDialog(const QString &title, const QString &prompt, const QString &fieldLabel,
                     const QDate &initial, QWidget *parent = nullptr);

    // Dates before `earliest` or after `latest` (either may be invalid: no limit) are refused.
    void setRange(const QDate &earliest, const QDate &latest);
    QDate date() const;
    DateLineEdit *dateEdit() const { return m_date; }
    FormValidator *validator() const { return m_validator; }

private:
    DateLineEdit *m_date;
    FormValidator *m_validator;
    QDate m_earliest;
    QDate m_latest;
};

} // namespace hubreg::ui
