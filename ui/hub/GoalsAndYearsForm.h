#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class DateLineEdit;
class FieldMessage;
class HubSettingsEdit;

// The hub's engagement goals (the share of primary and secondary schools to engage) and its
// academic years, each with its six half terms' dates (dd/mm/yyyy), as the area's calendar has
// them: the session series follow them. A year is added after the last or before the first;
// one Work Groups belong to cannot be removed.
class GoalsAndYearsForm : public QWidget
{
    Q_OBJECT

public:
    GoalsAndYearsForm(Database &db, HubSettingsEdit &edit, QWidget *parent = nullptr);

    QSpinBox *primaryGoal() const { return m_primary; }
    QSpinBox *secondaryGoal() const { return m_secondary; }
    QListWidget *years() const { return m_years; }
    DateLineEdit *startEdit(int term) const { return m_starts.value(term - 1); }
    DateLineEdit *endEdit(int term) const { return m_ends.value(term - 1); }
    bool isComplete() const;

    void addNextYear();
    void addEarlierYear();
    void removeYear();

private:
    void fillYears(const QString &select);
    void showYear();
    void dateEdited(int term, bool start);
    void showMessages();
    int currentYear() const;

    HubSettingsEdit &m_edit;
    QStringList m_inUse;
    QDate m_today;
    QSpinBox *m_primary;
    QSpinBox *m_secondary;
    QListWidget *m_years;
    QPushButton *m_addNext;
    QPushButton *m_addEarlier;
    QPushButton *m_remove;
    QLabel *m_termsTitle;
    QList<DateLineEdit *> m_starts;
    QList<DateLineEdit *> m_ends;
    FieldMessage *m_goalsMessage;
    FieldMessage *m_termsMessage;
    bool m_filling = false;
};

} // namespace hubreg::ui
