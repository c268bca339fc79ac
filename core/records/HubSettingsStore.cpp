#include "HubSettingsStore.h"

#include "AcademicYearStore.h"
#include "HubStore.h"
#include "LocalAuthorityCatalogue.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "engagement/EngagementGoals.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::HubSettingsStore)
};

QStringList sortedCodes(QStringList codes)
{
    for (QString &code : codes)
        code = code.trimmed();
    codes.removeAll(QString());
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool sameDetails(const Hub &a, const Hub &b)
{
    return a.name.trimmed() == b.name.trimmed() && a.contactName == b.contactName
        && a.contactEmail.trimmed() == b.contactEmail.trimmed() && a.phone == b.phone
        && a.website == b.website;
}
} // namespace

HubSettings HubSettingsStore::load() const
{
    HubSettings settings;
    HubStore hubs(m_db);
    for (const Hub &hub : hubs.list()) {
        if (!settings.hub || hub.id < settings.hub->id)
            settings.hub = hub;
    }
    if (settings.hub)
        settings.localAuthorities = hubs.localAuthorities(settings.hub->id);
    settings.primaryGoal = EngagementGoals::percent(m_db, Phase::Primary);
    settings.secondaryGoal = EngagementGoals::percent(m_db, Phase::Secondary);
    AcademicYearStore years(m_db);
    QList<AcademicYear> held = years.list();
    std::reverse(held.begin(), held.end()); // oldest first
    for (const AcademicYear &year : std::as_const(held))
        settings.years << YearSettings { year.label, years.halfTerms(year.id) };
    return settings;
}

HubSettings HubSettingsStore::startingPoint(const QDate &today) const
{
    HubSettings settings = load();
    settings.hub.reset();
    settings.localAuthorities.clear();
    QStringList labels;
    for (const YearSettings &year : std::as_const(settings.years))
        labels << year.label;
    const QString current = AcademicYear::labelFor(today);
    for (const QString &label : { current, AcademicYear::next(current) }) {
        if (!labels.contains(label))
            settings.years << YearSettings { label, AcademicYearStore::defaultHalfTerms(label) };
    }
    std::sort(settings.years.begin(), settings.years.end(),
              [](const YearSettings &a, const YearSettings &b) { return a.label < b.label; });
    return settings;
}

FieldErrors HubSettingsStore::check(const HubSettings &settings, Check level)
{
    const bool complete = level == Check::Complete;
    FieldErrors errors;
    if (settings.hub) {
        if (settings.hub->name.trimmed().isEmpty())
            errors << FieldError { QStringLiteral("name"), Tr::tr("Give the hub's name.") };
        const QString email = validation::email(settings.hub->contactEmail);
        if (!email.isEmpty())
            errors << FieldError { QStringLiteral("contactEmail"), email };
        if (complete && settings.localAuthorities.isEmpty())
            errors << FieldError { QStringLiteral("localAuthorities"),
                                   Tr::tr("Choose the local authorities the hub serves: its "
                                          "area for the engagement figures and GIAS imports.") };
    }
    for (const QString &code : settings.localAuthorities) {
        if (!LocalAuthorityCatalogue::isValidCode(code.trimmed())) {
            errors << FieldError {
                QStringLiteral("localAuthorities"),
                Tr::tr("“%1” is not a local authority code (three digits).").arg(code)
            };
            break;
        }
    }
    if (settings.primaryGoal < 1 || settings.primaryGoal > 100)
        errors << FieldError { QStringLiteral("primaryGoal"),
                               Tr::tr("A goal is a percentage from 1 to 100.") };
    if (settings.secondaryGoal < 1 || settings.secondaryGoal > 100)
        errors << FieldError { QStringLiteral("secondaryGoal"),
                               Tr::tr("A goal is a percentage from 1 to 100.") };
    if (complete && settings.hub && settings.years.isEmpty())
        errors << FieldError { QStringLiteral("years"),
                               Tr::tr("Add at least the academic year the hub is working in.") };
    QSet<QString> labels;
    for (const YearSettings &year : settings.years) {
        if (!AcademicYear::isValidLabel(year.label)) {
            errors << FieldError {
                QStringLiteral("years"),
                Tr::tr("“%1” is not an academic year; write it like 2024/25.").arg(year.label)
            };
            continue;
        }
        if (labels.contains(year.label))
            errors << FieldError { QStringLiteral("years"),
                                   Tr::tr("%1 is listed twice.").arg(year.label) };
        labels.insert(year.label);
        for (const FieldError &term : AcademicYearStore::checkHalfTerms(year.label, year.halfTerms))
            errors << FieldError { year.label + QLatin1Char('/') + term.field,
                                   Tr::tr("%1: %2").arg(year.label, term.message) };
    }
    return errors;
}

void HubSettingsStore::save(HubSettings &settings)
{
    const FieldErrors errors = check(settings, Check::Saving);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, errors.first().message, Tr::tr("Hub settings"),
                         errors.first().field);
    Transaction transaction(m_db);
    HubStore hubs(m_db);
    const HubSettings held = load();
    std::optional<Hub> hub = settings.hub;
    if (hub && hub->id > 0) {
        if (!held.hub || held.hub->id != hub->id)
            throw StoreError(StoreError::Kind::NotFound, Tr::tr("The hub no longer exists."));
        if (!sameDetails(*held.hub, *hub))
            hubs.update(*hub);
    } else if (hub) {
        if (held.hub)
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("This file already has a hub, %1.").arg(held.hub->name));
        hubs.add(*hub);
    } else if (held.hub) {
        hubs.remove(held.hub->id);
    }
    if (hub && sortedCodes(held.localAuthorities) != sortedCodes(settings.localAuthorities)) {
        hubs.setLocalAuthorities(hub->id, sortedCodes(settings.localAuthorities));
        hub->version = hubs.find(hub->id)->version; // a new area is a change to the hub
    }

    if (settings.primaryGoal != held.primaryGoal)
        EngagementGoals::setPercent(m_db, Phase::Primary, settings.primaryGoal);
    if (settings.secondaryGoal != held.secondaryGoal)
        EngagementGoals::setPercent(m_db, Phase::Secondary, settings.secondaryGoal);

    AcademicYearStore years(m_db);
    QStringList wanted;
    for (const YearSettings &year : std::as_const(settings.years)) {
        wanted << year.label;
        const AcademicYear stored = years.ensure(year.label);
        years.setHalfTerms(stored.id, year.halfTerms);
    }
    for (const YearSettings &year : held.years) {
        if (!wanted.contains(year.label)) {
            if (const auto stored = years.findByLabel(year.label))
                years.remove(stored->id);
        }
    }
    transaction.commit();
    settings.hub = hub;
}

} // namespace hubreg
