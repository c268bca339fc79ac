#include "HeldPersonFinder.h"

#include "database/SqlQuery.h"
#include "records/PersonStore.h"

namespace hubreg {

struct HeldPersonFinder::Queries
{
    explicit Queries(Database &db)
        : people(db)
        , sameName(db,
                   QStringLiteral("SELECT id FROM people WHERE school_id = :school AND "
                                  "first_name = :first COLLATE NOCASE AND last_name = :last "
                                  "COLLATE NOCASE ORDER BY id LIMIT 1"))
    { }

    PersonStore people;
    SqlQuery sameName;
};

HeldPersonFinder::HeldPersonFinder(Database &db)
    : m_queries(std::make_unique<Queries>(db))
{ }

HeldPersonFinder::~HeldPersonFinder() = default;

std::optional<HeldMatch> HeldPersonFinder::find(const Person &incoming, RecordId schoolId)
{
    if (!incoming.email.trimmed().isEmpty()) {
        if (auto held = m_queries->people.findByEmail(incoming.email))
            return HeldMatch { *held, true };
    }
    if (schoolId <= 0)
        return std::nullopt;
    SqlQuery &query = m_queries->sameName;
    query.bind(QStringLiteral(":school"), schoolId)
        .bind(QStringLiteral(":first"), incoming.firstName)
        .bind(QStringLiteral(":last"), incoming.lastName)
        .exec();
    if (!query.next())
        return std::nullopt;
    if (auto held = m_queries->people.find(query.value(0).toLongLong()))
        return HeldMatch { *held, false };
    return std::nullopt;
}

} // namespace hubreg
