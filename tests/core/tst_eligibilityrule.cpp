#include "StoreTestHelpers.h"
#include "database/StoreError.h"
#include "domain/EligibilityRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hubreg;

Q_DECLARE_METATYPE(hubreg::EligibilityRule)

namespace {

EligibilityRule simple(EligibilityRule::Kind kind, const QStringList &programmes = {})
{
    EligibilityRule rule;
    rule.kind = kind;
    rule.programmes = programmes;
    return rule;
}

EligibilityRule group(EligibilityRule::Kind kind, const QList<EligibilityRule> &rules)
{
    EligibilityRule rule;
    rule.kind = kind;
    rule.rules = rules;
    return rule;
}

using Kind = EligibilityRule::Kind;

} // namespace

class TestEligibilityRule : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void noneIsStoredAsEmptyText();
    void readsTheStoredForm();
    void describe_data();
    void describe();
    void programmeCodesOfANestedRule();
    void equality();
    void invalid_data();
    void invalid();
};

void TestEligibilityRule::roundTrip_data()
{
    QTest::addColumn<EligibilityRule>("rule");

    QTest::newRow("none") << EligibilityRule();
    QTest::newRow("tookPartIn") << simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") });
    QTest::newRow("tookPartIn two")
        << simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB") });
    QTest::newRow("notTakenPartIn") << simple(Kind::NotTakenPartIn, { QStringLiteral("MN") });
    QTest::newRow("masterySpecialist") << simple(Kind::MasterySpecialist);
    QTest::newRow("barrier") << simple(Kind::Barrier);
    QTest::newRow("any") << group(Kind::Any,
                                  { simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") }),
                                    simple(Kind::MasterySpecialist) });
    QTest::newRow("all") << group(
        Kind::All,
        { simple(Kind::Barrier), simple(Kind::NotTakenPartIn, { QStringLiteral("MR") }) });
    QTest::newRow("nested") << group(
        Kind::Any,
        { group(Kind::All,
                { simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") }),
                  simple(Kind::NotTakenPartIn, { QStringLiteral("TFM-SUS") }) }),
          group(Kind::Any, { simple(Kind::MasterySpecialist), simple(Kind::Barrier) }),
          simple(Kind::TookPartIn, { QStringLiteral("PMS") }) });
    EligibilityRule deep = simple(Kind::Barrier);
    for (int i = 0; i < 8; ++i)
        deep = group(i % 2 ? Kind::All : Kind::Any, { deep });
    QTest::newRow("eight levels deep") << deep;
}

void TestEligibilityRule::roundTrip()
{
    QFETCH(EligibilityRule, rule);
    const QString json = rule.toJson();
    const EligibilityRule read = EligibilityRule::fromJson(json);
    QCOMPARE(read.kind, rule.kind);
    QCOMPARE(read.programmes, rule.programmes);
    QCOMPARE(read.rules.size(), rule.rules.size());
    QVERIFY(read == rule);
    QCOMPARE(read.toJson(), json);
    QCOMPARE(read.describe(), rule.describe());
}

void TestEligibilityRule::noneIsStoredAsEmptyText()
{
    QCOMPARE(EligibilityRule().toJson(), QString());
    QVERIFY(EligibilityRule::fromJson(QString()).isNone());
    QVERIFY(EligibilityRule::fromJson(QStringLiteral("  \n ")).isNone());
}

void TestEligibilityRule::readsTheStoredForm()
{
    // The form kept in the programmes table (see the first migration's catalogue).
    const EligibilityRule rule = EligibilityRule::fromJson(QStringLiteral(
        R"({"kind":"any","rules":[{"kind":"tookPartIn","programmes":["TFM-DEV","TFM-EMB"]},)"
        R"({"kind":"masterySpecialist"}]})"));
    QCOMPARE(rule.kind, Kind::Any);
    QCOMPARE(rule.rules.size(), 2);
    QCOMPARE(rule.rules.at(0).kind, Kind::TookPartIn);
    QCOMPARE(rule.rules.at(0).programmes,
             QStringList({ QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB") }));
    QCOMPARE(rule.rules.at(1).kind, Kind::MasterySpecialist);

    // Codes are trimmed and blank ones dropped; unknown keys are ignored.
    const EligibilityRule spaced = EligibilityRule::fromJson(
        QStringLiteral(R"({"kind":"tookPartIn","programmes":[" MN ",""],"note":"x"})"));
    QCOMPARE(spaced.programmes, QStringList({ QStringLiteral("MN") }));

    // What toJson writes is compact JSON with the documented keys.
    const QJsonObject object
        = QJsonDocument::fromJson(
              simple(Kind::NotTakenPartIn, { QStringLiteral("MN") }).toJson().toUtf8())
              .object();
    QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("notTakenPartIn"));
    QCOMPARE(object.value(QLatin1String("programmes")).toArray().size(), 1);
}

void TestEligibilityRule::describe_data()
{
    QTest::addColumn<EligibilityRule>("rule");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("none") << EligibilityRule() << QStringLiteral("open to every school");
    QTest::newRow("tookPartIn") << simple(Kind::TookPartIn,
                                          { QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB") })
                                << QStringLiteral("took part in TFM-DEV or TFM-EMB");
    QTest::newRow("notTakenPartIn") << simple(Kind::NotTakenPartIn, { QStringLiteral("MN") })
                                    << QStringLiteral("has not taken part in MN");
    QTest::newRow("masterySpecialist")
        << simple(Kind::MasterySpecialist) << QStringLiteral("has a Mastery Specialist");
    QTest::newRow("barrier") << simple(Kind::Barrier) << QStringLiteral("has a recorded barrier");
    QTest::newRow("any") << group(Kind::Any,
                                  { simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") }),
                                    simple(Kind::MasterySpecialist) })
                         << QStringLiteral("took part in TFM-DEV or has a Mastery Specialist");
    QTest::newRow("all") << group(
        Kind::All,
        { simple(Kind::Barrier), simple(Kind::NotTakenPartIn, { QStringLiteral("MR") }) })
                         << QStringLiteral("has a recorded barrier and has not taken part in MR");
}

void TestEligibilityRule::describe()
{
    QFETCH(EligibilityRule, rule);
    QFETCH(QString, sentence);
    QCOMPARE(rule.describe(), sentence);
}

void TestEligibilityRule::programmeCodesOfANestedRule()
{
    const EligibilityRule rule = group(
        Kind::Any,
        { simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB") }),
          group(Kind::All,
                { simple(Kind::NotTakenPartIn, { QStringLiteral("TFM-DEV") }),
                  simple(Kind::TookPartIn, { QStringLiteral("MN") }) }),
          simple(Kind::Barrier) });
    QCOMPARE(rule.programmeCodes(),
             QStringList(
                 { QStringLiteral("TFM-DEV"), QStringLiteral("TFM-EMB"), QStringLiteral("MN") }));
    QVERIFY(simple(Kind::Barrier).programmeCodes().isEmpty());
}

void TestEligibilityRule::equality()
{
    const EligibilityRule a = simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") });
    QVERIFY(a == simple(Kind::TookPartIn, { QStringLiteral("TFM-DEV") }));
    QVERIFY(!(a == simple(Kind::NotTakenPartIn, { QStringLiteral("TFM-DEV") })));
    QVERIFY(!(a == simple(Kind::TookPartIn, { QStringLiteral("TFM-EMB") })));
    QVERIFY(!(group(Kind::Any, { a }) == group(Kind::All, { a })));
    QVERIFY(!(group(Kind::Any, { a }) == group(Kind::Any, { a, a })));
}

void TestEligibilityRule::invalid_data()
{
    QTest::addColumn<QString>("json");

    QTest::newRow("not JSON") << QStringLiteral("{kind: any");
    QTest::newRow("an array") << QStringLiteral(R"([{"kind":"barrier"}])");
    QTest::newRow("a string") << QStringLiteral(R"("barrier")");
    QTest::newRow("no kind") << QStringLiteral("{}");
    QTest::newRow("unknown kind") << QStringLiteral(R"({"kind":"sometimes"})");
    QTest::newRow("kind in capitals") << QStringLiteral(R"({"kind":"BARRIER"})");
    QTest::newRow("none is not a stored kind") << QStringLiteral(R"({"kind":"none"})");
    QTest::newRow("any without rules") << QStringLiteral(R"({"kind":"any"})");
    QTest::newRow("any with empty rules") << QStringLiteral(R"({"kind":"any","rules":[]})");
    QTest::newRow("all with empty rules") << QStringLiteral(R"({"kind":"all","rules":[]})");
    QTest::newRow("tookPartIn without programmes") << QStringLiteral(R"({"kind":"tookPartIn"})");
    QTest::newRow("tookPartIn with empty list")
        << QStringLiteral(R"({"kind":"tookPartIn","programmes":[]})");
    QTest::newRow("notTakenPartIn with blank codes")
        << QStringLiteral(R"({"kind":"notTakenPartIn","programmes":["  ",""]})");
    QTest::newRow("bad rule inside any")
        << QStringLiteral(R"({"kind":"any","rules":[{"kind":"barrier"},{"kind":"maybe"}]})");
    QTest::newRow("empty list deep inside") << QStringLiteral(
        R"({"kind":"all","rules":[{"kind":"any","rules":[{"kind":"tookPartIn","programmes":[]}]}]})");
    QString tooDeep = QStringLiteral(R"({"kind":"barrier"})");
    for (int i = 0; i < 9; ++i)
        tooDeep = QStringLiteral(R"({"kind":"any","rules":[%1]})").arg(tooDeep);
    QTest::newRow("nine levels deep") << tooDeep;
}

void TestEligibilityRule::invalid()
{
    QFETCH(QString, json);
    const auto error = test::storeErrorFrom([&] { EligibilityRule::fromJson(json); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("prerequisites"));
    QVERIFY(!error->message().isEmpty());
}

QTEST_GUILESS_MAIN(TestEligibilityRule)
#include "tst_eligibilityrule.moc"
