#pragma once

#include "domain/AcademicYear.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// Academic years and their six half terms.
class AcademicYearStore
{
public:
    explicit AcademicYearStore(Database &db)
        : m_db(db)
    { }

    // The year with this label ("2024/25"), created with default half-term dates if new.
    AcademicYear ensure(const QString &label);
    std::optional<AcademicYear> find(RecordId id) const;
    std::optional<AcademicYear> findByLabel(const QString &label) const;
    QList<AcademicYear> list() const; // newest first
    // Refused while Work Groups belong to the year.
    void remove(RecordId id);
    // The labels of the years Work Groups belong to (those remove() refuses).
    QStringList labelsInUse() const;

    QList<HalfTerm> halfTerms(RecordId academicYearId) const;
    void updateHalfTerm(HalfTerm &halfTerm);

    // Typical English half-term dates for a year; hubs adjust them to their area's calendar.
    static QList<HalfTerm> defaultHalfTerms(const QString &label);
    // What is wrong with a year's six half terms, each naming its field ("term3/start"): a
    // missing date, an end before its start, a date outside the year, or a half term starting
    // before the one before it has ended. Empty when they are acceptable.
    static FieldErrors checkHalfTerms(const QString &label, const QList<HalfTerm> &terms);
    // Gives the year these half-term dates (matched by term number), all checked first and
    // written in one transaction; unchanged ones are not written.
    void setHalfTerms(RecordId academicYearId, const QList<HalfTerm> &terms);

private:
    Database &m_db;
};

} // namespace hubreg
