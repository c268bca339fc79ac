#include "TestSupport.h"
#include "import/SchoolMatcher.h"
#include "records/SchoolStore.h"

#include <QTest>

using namespace hubreg;

class TestSchoolMatcher : public QObject
{
    Q_OBJECT

private slots:
    void normalisesNames_data();
    void normalisesNames();
    void matchesOnlyWhenThereIsOneAnswer();
};

void TestSchoolMatcher::normalisesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("apostrophes") << QStringLiteral("St Mary’s C.E. Primary")
                                 << QStringLiteral("st marys ce primary");
    QTest::newRow("straight apostrophe")
        << QStringLiteral("St. Mary's CE Primary") << QStringLiteral("st marys ce primary");
    QTest::newRow("ampersand") << QStringLiteral("Ash & Elm") << QStringLiteral("ash and elm");
    QTest::newRow("the") << QStringLiteral("The  Oaks - Academy") << QStringLiteral("oaks academy");
    QTest::newRow("accents kept") << QStringLiteral("Zoë's Academy")
                                  << QStringLiteral("zoës academy");
}

void TestSchoolMatcher::normalisesNames()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(SchoolMatcher::normalisedName(name), normalised);
}

void TestSchoolMatcher::matchesOnlyWhenThereIsOneAnswer()
{
    test::TempDatabase temp;
    SchoolStore store(temp.db());
    auto add = [&](int urn, const QString &name, const QString &postcode, const QString &status) {
        School s;
        s.urn = *Urn::fromInt(urn);
        s.name = name;
        s.postcode = postcode;
        s.status = status;
        store.add(s);
        return s.id;
    };
    const RecordId leeds = add(107001, QStringLiteral("St Mary's CE Primary School"),
                               QStringLiteral("LS1 1AA"), QStringLiteral("Open"));
    const RecordId bradford = add(107002, QStringLiteral("St Mary's CE Primary School"),
                                  QStringLiteral("BD1 1AA"), QStringLiteral("Open"));
    add(107003, QStringLiteral("Oakwood Primary School"), QStringLiteral("LS2 2AA"),
        QStringLiteral("Closed"));
    const RecordId oakwood = add(107004, QStringLiteral("Oakwood Primary School"),
                                 QStringLiteral("LS2 2AA"), QStringLiteral("Open"));
    add(107005, QStringLiteral("St Mary's Catholic Primary School"), QStringLiteral("LS5 5AA"),
        QStringLiteral("Open"));

    const SchoolMatcher matcher(temp.db());
    QVERIFY(!matcher.match(QStringLiteral("St Marys CE Primary School")));
    QCOMPARE(
        matcher.match(QStringLiteral("St Marys CE Primary School"), QStringLiteral("bd11aa"))->id,
        bradford);
    QCOMPARE(
        matcher.match(QStringLiteral("ST MARY’S C.E. PRIMARY SCHOOL"), QStringLiteral("LS1 1AA"))
            ->id,
        leeds);
    QCOMPARE(matcher.match(QStringLiteral("Oakwood Primary School"))->id, oakwood);
    QVERIFY(!matcher.match(QStringLiteral("St Mary's")));
    QVERIFY(!matcher.match(QStringLiteral("Nowhere School")));

    const QList<SchoolCandidate> candidates
        = matcher.candidates(QStringLiteral("St Mary's Primary"), QStringLiteral("LS5 5AA"));
    QCOMPARE(candidates.size(), 3);
    QCOMPARE(candidates.first().urn.value(), 107005); // at the postcode
    QCOMPARE(matcher.byUrn(*Urn::fromInt(107004))->id, oakwood);
    QVERIFY(!matcher.byUrn(*Urn::fromInt(999999)));
    QCOMPARE(candidates.first().describe(),
             QStringLiteral("St Mary's Catholic Primary School (URN 107005)"));
}

QTEST_GUILESS_MAIN(TestSchoolMatcher)
#include "tst_schoolmatcher.moc"
