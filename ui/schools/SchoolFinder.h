#pragma once

#include "database/Entity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hubreg {
class Database;
struct School;
} // namespace hubreg

namespace hubreg::ui {

class SchoolTableModel;

// Search over the school register: a search box (URN, name, postcode or town), optional
// filters by phase, status and local authority, and the matching schools, loaded lazily.
// Used by the Schools screen and wherever a school is picked.
class SchoolFinder : public QWidget
{
    Q_OBJECT

public:
    enum class Filters { Shown, Hidden };

    SchoolFinder(Database &db, Filters filters, const QString &settingsKey,
                 QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    SchoolTableModel *model() const { return m_model; }
    // The school of the current row, if any.
    const School *currentSchool() const;
    RecordId currentSchoolId() const;
    void setSearchText(const QString &text);
    // Runs the search now instead of after the typing pause.
    void applyNow();
    void reloadFilters();

signals:
    void currentSchoolChanged();
    void schoolActivated(hubreg::RecordId schoolId);

private:
    void apply();

    Database &m_db;
    SchoolTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_phase = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_la = nullptr;
    QLabel *m_total;
    QTimer *m_typingPause;
};

} // namespace hubreg::ui
