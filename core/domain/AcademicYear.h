#pragma once

#include "Record.h"

#include <QDate>
#include <QString>

namespace hubreg {

// A school year, 1 September to 31 August, written "2024/25".
struct AcademicYear : Record
{
    QString label;
    QDate startDate;
    QDate endDate;

    static QString labelFor(const QDate &date);
    static bool isValidLabel(const QString &label);
    // 1 September of the first year; invalid for a malformed label.
    static QDate startOf(const QString &label);
    static QDate endOf(const QString &label);
    // The label of the following / previous year ("2024/25" -> "2025/26").
    static QString next(const QString &label);
    static QString previous(const QString &label);

    bool contains(const QDate &date) const { return date >= startDate && date <= endDate; }
};

// One of the six half terms of a year (Autumn 1 = 1 ... Summer 2 = 6).
struct HalfTerm : Record
{
    RecordId academicYearId = 0;
    int term = 1;
    QDate startDate;
    QDate endDate;

    static QString nameOf(int term);
    QString name() const { return nameOf(term); }
};

} // namespace hubreg
