#pragma once

#include "export/ExportFilter.h"

#include <QWidget>

class QComboBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class DateLineEdit;

// The choices that narrow a return: academic year, programme, Work Group, Lead and the dates
// whose sessions count. Each may be left at "any".
class ExportFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExportFilterPanel(Database &db, QWidget *parent = nullptr);

    ExportFilter filter() const;
    // What is wrong with the dates typed, or empty.
    QString problem() const;

signals:
    void filterChanged();

private:
    void fillWorkGroups();

    Database &m_db;
    QComboBox *m_year;
    QComboBox *m_programme;
    QComboBox *m_workGroup;
    QComboBox *m_lead;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
};

} // namespace hubreg::ui
