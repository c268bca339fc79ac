#pragma once

#include "domain/AcademicYear.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// Academic years and their six half terms.
class AcademicYearStore
{
public:
    explicit AcademicYearStore(Database &db) : m_db(db) {}

    // The year with this label ("2024/25"), created with default half-term dates if new.
    AcademicYear ensure(const QString &label);
    std::optional<AcademicYear> find(RecordId id) const;
    std::optional<AcademicYear> findByLabel(const QString &label) const;
    QList<AcademicYear> list() const; // newest first
    // Refused while Work Groups belong to the year.
    void remove(RecordId id);

    QList<HalfTerm> halfTerms(RecordId academicYearId) const;
    void updateHalfTerm(HalfTerm &halfTerm);

    // Typical English half-term dates for a year; hubs adjust them to their area's calendar.
    static QList<HalfTerm> defaultHalfTerms(const QString &label);

private:
    Database &m_db;
};

} // namespace hubreg
