#include "SchoolMatcher.h"

#include "ImportValues.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::SchoolMatcher)
};

const QString kSelect = QStringLiteral("SELECT id, urn, name, town, postcode, status FROM schools");

SchoolCandidate readCandidate(const SqlQuery &q)
{
    SchoolCandidate c;
    c.id = q.value("id").toLongLong();
    c.urn = Urn::fromInt(q.value("urn").toInt()).value_or(Urn());
    c.name = q.value("name").toString();
    c.town = q.value("town").toString();
    c.postcode = q.value("postcode").toString();
    c.status = q.value("status").toString();
    return c;
}

QString compactPostcode(const QString &postcode)
{
    QString compact = postcode.toUpper();
    compact.remove(QLatin1Char(' '));
    return compact;
}
} // namespace

QString SchoolCandidate::describe() const
{
    const QString place = town.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, town);
    return QCoreApplication::translate("hubreg::SchoolMatcher", "%1 (URN %2)")
        .arg(place, urn.toString());
}

QString SchoolMatcher::normalisedName(const QString &name)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\s]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString text = name.toCaseFolded();
    text.replace(QLatin1Char('&'), QLatin1String(" and "));
    // Apostrophes and full stops join ("St. Mary's C.E." is "st marys ce").
    text.remove(QChar(0x2019));
    text.remove(QLatin1Char('\''));
    text.remove(QLatin1Char('.'));
    text.replace(punctuation, QStringLiteral(" "));
    text = text.simplified();
    if (text.startsWith(QLatin1String("the ")))
        text = text.mid(4);
    return text;
}

SchoolLookup SchoolMatcher::lookUp(const QString &urnText, const QString &name,
                                   const QString &postcode) const
{
    SchoolLookup found;
    const QString urnTrimmed = urnText.trimmed();
    if (!urnTrimmed.isEmpty()) {
        const auto urn = Urn::parse(urnTrimmed);
        if (!urn) {
            found.problem = SchoolLookup::Problem::BadUrn;
            found.message
                = Tr::tr("“%1” is not a URN (six digits)").arg(importvalues::shown(urnTrimmed));
            return found;
        }
        found.school = byUrn(*urn);
        found.byUrn = true;
        if (!found.school) {
            found.problem = SchoolLookup::Problem::UnknownUrn;
            found.message = Tr::tr("no school with URN %1 is in the register; import it from GIAS "
                                   "first")
                                .arg(urnTrimmed);
        }
        return found;
    }
    const QString wanted = name.simplified();
    if (wanted.isEmpty()) {
        found.problem = SchoolLookup::Problem::Missing;
        found.message = Tr::tr("the school is missing");
        return found;
    }
    found.school = match(wanted, postcode);
    if (found.school)
        return found;
    found.candidates = candidates(wanted, postcode);
    QStringList described;
    for (const SchoolCandidate &c : std::as_const(found.candidates))
        described << c.describe();
    found.problem
        = described.isEmpty() ? SchoolLookup::Problem::NoMatch : SchoolLookup::Problem::Ambiguous;
    found.message = described.isEmpty()
        ? Tr::tr("no school called “%1” is in the register").arg(importvalues::shown(wanted))
        : Tr::tr("“%1” could be any of: %2; choose one")
              .arg(importvalues::shown(wanted), described.join(QStringLiteral("; ")));
    return found;
}

std::optional<SchoolCandidate> SchoolMatcher::byUrn(Urn urn) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE urn = :urn"));
    query.bind(QStringLiteral(":urn"), urn.value()).exec();
    if (!query.next())
        return std::nullopt;
    SchoolCandidate candidate = readCandidate(query);
    candidate.exactName = true;
    return candidate;
}

QList<SchoolCandidate> SchoolMatcher::candidates(const QString &name, const QString &postcode,
                                                 int limit) const
{
    const QString wanted = normalisedName(name);
    QStringList words = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // The three longest words narrow the search in SQL (apostrophes and full stops dropped there
    // too, as in normalisedName; "and" left out, as the register may say "&"); the ranking is
    // done here.
    QStringList narrowing = words;
    narrowing.removeAll(QStringLiteral("and"));
    std::sort(narrowing.begin(), narrowing.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    narrowing = narrowing.mid(0, 3);
    // The words are case-folded, the register's names are not.
    QStringList conditions { QStringLiteral("1 = 1") };
    for (int i = 0; i < narrowing.size(); ++i)
        conditions << QStringLiteral(
                          "replace(replace(replace(name, '''', ''), '\u2019', ''), '.', '') "
                          "%1 :w%2 ESCAPE '\\'")
                          .arg(m_db.dialect().likeIgnoringCase())
                          .arg(i);
    // In the register's order, so that candidates ranked alike keep one order on every backend.
    SqlQuery query(m_db,
                   kSelect + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))
                       + QStringLiteral(" ORDER BY id"));
    for (int i = 0; i < narrowing.size(); ++i)
        query.bind(QStringLiteral(":w%1").arg(i),
                   QLatin1Char('%') + likeEscaped(narrowing.at(i)) + QLatin1Char('%'));
    query.exec();

    const QString wantedPostcode = compactPostcode(postcode);
    QList<SchoolCandidate> found;
    while (query.next()) {
        SchoolCandidate candidate = readCandidate(query);
        // LIKE matched raw text; keep only names whose normalised words hold all of ours.
        const QString normalised = normalisedName(candidate.name);
        const QStringList theirs = normalised.split(QLatin1Char(' '));
        if (!std::all_of(words.cbegin(), words.cend(),
                         [&](const QString &w) { return theirs.contains(w); }))
            continue;
        candidate.exactName = normalised == wanted;
        found << candidate;
    }
    auto rank = [&](const SchoolCandidate &c) {
        return std::make_tuple(
            !c.exactName, wantedPostcode.isEmpty() || compactPostcode(c.postcode) != wantedPostcode,
            !c.status.startsWith(QLatin1String("Open")), c.name.size());
    };
    std::stable_sort(
        found.begin(), found.end(),
        [&](const SchoolCandidate &a, const SchoolCandidate &b) { return rank(a) < rank(b); });
    return found.mid(0, limit);
}

std::optional<SchoolCandidate> SchoolMatcher::match(const QString &name,
                                                    const QString &postcode) const
{
    const QList<SchoolCandidate> all = candidates(name, postcode, 50);
    const QString wantedPostcode = compactPostcode(postcode);
    auto only = [](const QList<SchoolCandidate> &list) -> std::optional<SchoolCandidate> {
        return list.size() == 1 ? std::optional<SchoolCandidate>(list.first()) : std::nullopt;
    };
    QList<SchoolCandidate> exact;
    QList<SchoolCandidate> atPostcode;
    for (const SchoolCandidate &c : all) {
        if (c.exactName)
            exact << c;
        if (!wantedPostcode.isEmpty() && compactPostcode(c.postcode) == wantedPostcode)
            atPostcode << c;
    }
    if (!wantedPostcode.isEmpty()) {
        QList<SchoolCandidate> exactAtPostcode;
        for (const SchoolCandidate &c : exact) {
            if (compactPostcode(c.postcode) == wantedPostcode)
                exactAtPostcode << c;
        }
        if (auto one = only(exactAtPostcode))
            return one;
        if (exactAtPostcode.isEmpty() && exact.isEmpty())
            return only(atPostcode);
        exact = exactAtPostcode.isEmpty() ? exact : exactAtPostcode;
    }
    if (auto one = only(exact))
        return one;
    // An academy conversion leaves a closed and an open school of the same name.
    QList<SchoolCandidate> open;
    for (const SchoolCandidate &c : exact) {
        if (c.status.startsWith(QLatin1String("Open")))
            open << c;
    }
    return exact.isEmpty() ? std::nullopt : only(open);
}

} // namespace hubreg
