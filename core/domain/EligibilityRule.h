#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubreg {

// A programme's prerequisite, kept as data: a tree of conditions on a school's history.
// Stored as JSON, for example
//   {"kind":"any","rules":[{"kind":"tookPartIn","programmes":["TFM-DEV"]},{"kind":"masterySpecialist"}]}
struct EligibilityRule
{
    enum class Kind {
        None,              // anyone may join
        All,               // every sub-rule holds
        Any,               // at least one sub-rule holds
        TookPartIn,        // took part in one of `programmes` before
        NotTakenPartIn,    // never took part in any of `programmes`
        MasterySpecialist, // has a Mastery Specialist on staff
        Barrier,           // has a recorded barrier (Mastery Readiness)
    };

    Kind kind = Kind::None;
    QStringList programmes;
    QList<EligibilityRule> rules;

    bool isNone() const { return kind == Kind::None; }

    // Parses the stored form; throws StoreError(Invalid) naming what is wrong.
    static EligibilityRule fromJson(const QString &json);
    QString toJson() const;
    // A sentence for people: "took part in TFM-DEV or has a Mastery Specialist".
    QString describe() const;
    // Every programme code the rule mentions, for checking they exist.
    QStringList programmeCodes() const;

    friend bool operator==(const EligibilityRule &a, const EligibilityRule &b);

private:
    static EligibilityRule fromObject(const QJsonObject &object, int depth);
    QJsonObject toObject() const;
};

} // namespace hubreg
