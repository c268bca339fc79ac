#include "EligibilityRule.h"

#include "database/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::EligibilityRule)
};

constexpr int kMaxDepth = 8;

struct KindName
{
    EligibilityRule::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    { EligibilityRule::Kind::All, "all" },
    { EligibilityRule::Kind::Any, "any" },
    { EligibilityRule::Kind::TookPartIn, "tookPartIn" },
    { EligibilityRule::Kind::NotTakenPartIn, "notTakenPartIn" },
    { EligibilityRule::Kind::MasterySpecialist, "masterySpecialist" },
    { EligibilityRule::Kind::Barrier, "barrier" },
};

StoreError invalid(const QString &message)
{
    return StoreError(StoreError::Kind::Invalid, message, QString(),
                      QStringLiteral("prerequisites"));
}

} // namespace

EligibilityRule EligibilityRule::fromJson(const QString &json)
{
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw invalid(Tr::tr("The prerequisite rule is not valid JSON (at character %1: %2).")
                          .arg(error.offset)
                          .arg(error.errorString()));
    return fromObject(document.object(), 0);
}

EligibilityRule EligibilityRule::fromObject(const QJsonObject &object, int depth)
{
    if (depth > kMaxDepth)
        throw invalid(Tr::tr("The prerequisite rule is nested too deeply."));
    const QString kindName = object.value(QLatin1String("kind")).toString();
    EligibilityRule rule;
    bool known = false;
    for (const KindName &entry : kKindNames) {
        if (kindName == QLatin1String(entry.name)) {
            rule.kind = entry.kind;
            known = true;
        }
    }
    if (!known)
        throw invalid(Tr::tr("Unknown prerequisite kind “%1”.").arg(kindName));

    switch (rule.kind) {
    case Kind::All:
    case Kind::Any: {
        const QJsonArray rules = object.value(QLatin1String("rules")).toArray();
        if (rules.isEmpty())
            throw invalid(Tr::tr("A “%1” prerequisite needs at least one rule.").arg(kindName));
        for (const QJsonValue &value : rules)
            rule.rules << fromObject(value.toObject(), depth + 1);
        break;
    }
    case Kind::TookPartIn:
    case Kind::NotTakenPartIn: {
        const QJsonArray codes = object.value(QLatin1String("programmes")).toArray();
        for (const QJsonValue &value : codes) {
            const QString code = value.toString().trimmed();
            if (!code.isEmpty())
                rule.programmes << code;
        }
        if (rule.programmes.isEmpty())
            throw invalid(
                Tr::tr("A “%1” prerequisite needs at least one programme code.").arg(kindName));
        break;
    }
    default:
        break;
    }
    return rule;
}

QJsonObject EligibilityRule::toObject() const
{
    QJsonObject object;
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            object.insert(QLatin1String("kind"), QLatin1String(entry.name));
    }
    if (kind == Kind::All || kind == Kind::Any) {
        QJsonArray array;
        for (const EligibilityRule &rule : rules)
            array.append(rule.toObject());
        object.insert(QLatin1String("rules"), array);
    }
    if (kind == Kind::TookPartIn || kind == Kind::NotTakenPartIn)
        object.insert(QLatin1String("programmes"), QJsonArray::fromStringList(programmes));
    return object;
}

QString EligibilityRule::toJson() const
{
    if (isNone())
        return {};
    return QString::fromUtf8(QJsonDocument(toObject()).toJson(QJsonDocument::Compact));
}

QString EligibilityRule::describe() const
{
    switch (kind) {
    case Kind::None:
        return Tr::tr("open to every school");
    case Kind::All:
    case Kind::Any: {
        QStringList parts;
        for (const EligibilityRule &rule : rules)
            parts << rule.describe();
        return parts.join(kind == Kind::All ? Tr::tr(" and ") : Tr::tr(" or "));
    }
    case Kind::TookPartIn:
        return Tr::tr("took part in %1").arg(programmes.join(Tr::tr(" or ")));
    case Kind::NotTakenPartIn:
        return Tr::tr("has not taken part in %1").arg(programmes.join(Tr::tr(" or ")));
    case Kind::MasterySpecialist:
        return Tr::tr("has a Mastery Specialist");
    case Kind::Barrier:
        return Tr::tr("has a recorded barrier");
    }
    return {};
}

QStringList EligibilityRule::programmeCodes() const
{
    QStringList codes = programmes;
    for (const EligibilityRule &rule : rules)
        codes << rule.programmeCodes();
    codes.removeDuplicates();
    return codes;
}

bool operator==(const EligibilityRule &a, const EligibilityRule &b)
{
    return a.kind == b.kind && a.programmes == b.programmes && a.rules == b.rules;
}

} // namespace hubreg
