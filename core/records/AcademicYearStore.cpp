#include "AcademicYearStore.h"

#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::AcademicYearStore)
};

const QString kSelect = QStringLiteral("SELECT id, uuid, created_at, updated_at, version, label, "
                                       "start_date, end_date FROM academic_years");

AcademicYear readYear(const SqlQuery &query)
{
    AcademicYear year;
    recordio::read(query, year);
    year.label = query.value("label").toString();
    year.startDate = dateFrom(query.value("start_date"));
    year.endDate = dateFrom(query.value("end_date"));
    return year;
}

// The Monday on or after a date: half terms start on Mondays.
QDate mondayFrom(const QDate &date)
{
    return date.addDays((8 - date.dayOfWeek()) % 7);
}
} // namespace

QList<HalfTerm> AcademicYearStore::defaultHalfTerms(const QString &label)
{
    const QDate start = AcademicYear::startOf(label);
    if (!start.isValid())
        return {};
    const int y = start.year();
    // Start Mondays and lengths in weeks, close to most English local authorities' calendars.
    const QList<QPair<QDate, int>> plan = {
        { mondayFrom(QDate(y, 9, 1)), 7 },      { mondayFrom(QDate(y, 10, 30)), 7 },
        { mondayFrom(QDate(y + 1, 1, 2)), 6 },  { mondayFrom(QDate(y + 1, 2, 19)), 6 },
        { mondayFrom(QDate(y + 1, 4, 14)), 6 }, { mondayFrom(QDate(y + 1, 6, 2)), 7 },
    };
    QList<HalfTerm> terms;
    for (int i = 0; i < plan.size(); ++i) {
        HalfTerm term;
        term.term = i + 1;
        term.startDate = plan.at(i).first;
        term.endDate = term.startDate.addDays(plan.at(i).second * 7 - 3); // ends on a Friday
        terms << term;
    }
    return terms;
}

AcademicYear AcademicYearStore::ensure(const QString &label)
{
    if (!AcademicYear::isValidLabel(label))
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("“%1” is not an academic year; write it like 2024/25.").arg(label),
                         Tr::tr("Academic year"), QStringLiteral("label"));
    if (auto existing = findByLabel(label))
        return *existing;

    Transaction transaction(m_db);
    AcademicYear year;
    year.label = label;
    year.startDate = AcademicYear::startOf(label);
    year.endDate = AcademicYear::endOf(label);
    recordio::stampNew(m_db, year);
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO academic_years (uuid, label, start_date, "
                                   "end_date, created_at, updated_at) VALUES (:uuid, :label, "
                                   ":start, :end, :created_at, :updated_at)"));
    recordio::bindNew(insert, year);
    insert.bind(QStringLiteral(":label"), year.label)
        .bind(QStringLiteral(":start"), nullableDate(year.startDate))
        .bind(QStringLiteral(":end"), nullableDate(year.endDate))
        .exec();
    year.id = insert.lastInsertId();

    SqlQuery term(m_db,
                  QStringLiteral("INSERT INTO half_terms (uuid, academic_year_id, term, "
                                 "start_date, end_date, created_at, updated_at) VALUES "
                                 "(:uuid, :year, :term, :start, :end, :created_at, :updated_at)"));
    for (HalfTerm halfTerm : defaultHalfTerms(label)) {
        recordio::stampNew(m_db, halfTerm);
        recordio::bindNew(term, halfTerm);
        term.bind(QStringLiteral(":year"), year.id)
            .bind(QStringLiteral(":term"), halfTerm.term)
            .bind(QStringLiteral(":start"), nullableDate(halfTerm.startDate))
            .bind(QStringLiteral(":end"), nullableDate(halfTerm.endDate))
            .exec();
    }
    transaction.commit();
    m_db.noteChange(Entity::AcademicYear);
    return year;
}

std::optional<AcademicYear> AcademicYearStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readYear(query);
}

std::optional<AcademicYear> AcademicYearStore::findByLabel(const QString &label) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE label = :label"));
    query.bind(QStringLiteral(":label"), label.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readYear(query);
}

QList<AcademicYear> AcademicYearStore::list() const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" ORDER BY start_date DESC"));
    query.exec();
    QList<AcademicYear> years;
    while (query.next())
        years << readYear(query);
    return years;
}

void AcademicYearStore::remove(RecordId id)
{
    if (recordio::count(
            m_db, QStringLiteral("SELECT count(*) FROM work_groups WHERE academic_year_id = :id"),
            id)
        > 0)
        throw StoreError(
            StoreError::Kind::InUse,
            Tr::tr("Work Groups belong to this academic year, so it cannot be removed."));
    recordio::removeRow(m_db, QStringLiteral("academic_years"), id, Entity::AcademicYear,
                        Tr::tr("The academic year"));
}

QStringList AcademicYearStore::labelsInUse() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT DISTINCT y.label FROM academic_years y JOIN "
                                  "work_groups w ON w.academic_year_id = y.id ORDER BY "
                                  "y.label"));
    query.exec();
    QStringList labels;
    while (query.next())
        labels << query.value(0).toString();
    return labels;
}

QList<HalfTerm> AcademicYearStore::halfTerms(RecordId academicYearId) const
{
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT id, uuid, created_at, updated_at, version, academic_year_id, "
                       "term, start_date, end_date FROM half_terms WHERE "
                       "academic_year_id = :year ORDER BY term"));
    query.bind(QStringLiteral(":year"), academicYearId).exec();
    QList<HalfTerm> terms;
    while (query.next()) {
        HalfTerm term;
        recordio::read(query, term);
        term.academicYearId = query.value("academic_year_id").toLongLong();
        term.term = query.value("term").toInt();
        term.startDate = dateFrom(query.value("start_date"));
        term.endDate = dateFrom(query.value("end_date"));
        terms << term;
    }
    return terms;
}

void AcademicYearStore::updateHalfTerm(HalfTerm &halfTerm)
{
    const QString record = Tr::tr("Half term %1").arg(halfTerm.name());
    if (!halfTerm.startDate.isValid() || !halfTerm.endDate.isValid())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A half term needs a start and an end date."), record,
                         QStringLiteral("startDate"));
    if (halfTerm.endDate < halfTerm.startDate)
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A half term cannot end before it starts."), record,
                         QStringLiteral("endDate"));
    const auto year = find(halfTerm.academicYearId);
    if (!year)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The academic year no longer exists."),
                         record);
    if (!year->contains(halfTerm.startDate) || !year->contains(halfTerm.endDate))
        throw StoreError(
            StoreError::Kind::Invalid,
            Tr::tr("%1 must lie inside the academic year %2.").arg(halfTerm.name(), year->label),
            record, QStringLiteral("startDate"));
    HalfTerm stored = halfTerm;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(m_db,
                   recordio::updateSql(QStringLiteral("half_terms"),
                                       QStringLiteral("start_date = :start, end_date = :end")));
    recordio::bindUpdate(query, stored);
    query.bind(QStringLiteral(":start"), nullableDate(stored.startDate))
        .bind(QStringLiteral(":end"), nullableDate(stored.endDate));
    recordio::writeUpdate(m_db, query, QStringLiteral("half_terms"), stored,
                          Tr::tr("The half term no longer exists."), record);
    halfTerm = stored;
    m_db.noteChange(Entity::AcademicYear);
}

FieldErrors AcademicYearStore::checkHalfTerms(const QString &label, const QList<HalfTerm> &terms)
{
    FieldErrors errors;
    const QDate yearStart = AcademicYear::startOf(label);
    const QDate yearEnd = AcademicYear::endOf(label);
    QDate previousEnd;
    QString previousName;
    for (const HalfTerm &term : terms) {
        const QString start = QStringLiteral("term%1/start").arg(term.term);
        const QString end = QStringLiteral("term%1/end").arg(term.term);
        if (!term.startDate.isValid() || !term.endDate.isValid()) {
            errors << FieldError { term.startDate.isValid() ? end : start,
                                   Tr::tr("%1 needs a start and an end date.").arg(term.name()) };
        } else if (term.endDate < term.startDate) {
            errors << FieldError { end, Tr::tr("%1 ends before it starts.").arg(term.name()) };
        } else if (yearStart.isValid() && (term.startDate < yearStart || term.endDate > yearEnd)) {
            errors << FieldError { term.startDate < yearStart ? start : end,
                                   Tr::tr("%1 must lie inside the academic year %2 (%3 to %4).")
                                       .arg(term.name(), label, validation::formatUkDate(yearStart),
                                            validation::formatUkDate(yearEnd)) };
        } else if (previousEnd.isValid() && term.startDate <= previousEnd) {
            errors << FieldError {
                start, Tr::tr("%1 starts before %2 has ended.").arg(term.name(), previousName)
            };
        }
        if (term.endDate.isValid()) {
            previousEnd = term.endDate;
            previousName = term.name();
        }
    }
    return errors;
}

void AcademicYearStore::setHalfTerms(RecordId academicYearId, const QList<HalfTerm> &terms)
{
    const auto year = find(academicYearId);
    if (!year)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("The academic year no longer exists."));
    const FieldErrors errors = checkHalfTerms(year->label, terms);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, errors.first().message,
                         Tr::tr("Academic year %1").arg(year->label), errors.first().field);
    Transaction transaction(m_db);
    bool changed = false;
    for (HalfTerm held : halfTerms(academicYearId)) {
        for (const HalfTerm &wanted : terms) {
            if (wanted.term != held.term
                || (wanted.startDate == held.startDate && wanted.endDate == held.endDate))
                continue;
            held.startDate = wanted.startDate;
            held.endDate = wanted.endDate;
            // Checked whole above; one at a time the order could refuse a valid set.
            HalfTerm stored = held;
            recordio::stampUpdate(m_db, stored);
            SqlQuery query(
                m_db,
                recordio::updateSql(QStringLiteral("half_terms"),
                                    QStringLiteral("start_date = :start, end_date = :end")));
            recordio::bindUpdate(query, stored);
            query.bind(QStringLiteral(":start"), nullableDate(stored.startDate))
                .bind(QStringLiteral(":end"), nullableDate(stored.endDate));
            recordio::writeUpdate(m_db, query, QStringLiteral("half_terms"), stored,
                                  Tr::tr("The half term no longer exists."), stored.name());
            changed = true;
        }
    }
    transaction.commit();
    if (changed)
        m_db.noteChange(Entity::AcademicYear);
}

} // namespace hubreg
