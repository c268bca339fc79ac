#pragma once

#include <QDate>
#include <QLineEdit>
#include <QTime>

namespace hubreg::ui {

// A date typed as dd/mm/yyyy, the way UK forms write it. Empty means "no date".
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when empty or not a real date
    void setDate(const QDate &date);
    bool isBlank() const { return text().trimmed().isEmpty(); }
    // What is wrong with the text: empty when it is a date, or blank and `required` is false.
    QString problem(bool required, const QString &what) const;
};

// A time of day typed as HH:MM (24-hour). Empty means "not known".
class TimeLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TimeLineEdit(QWidget *parent = nullptr);

    QTime time() const;
    void setTime(const QTime &time);
    bool isBlank() const { return text().trimmed().isEmpty(); }
    QString problem(const QString &what) const;
};

} // namespace hubreg::ui
