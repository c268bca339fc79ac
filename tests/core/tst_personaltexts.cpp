// How a person's name, email and TRN are found in what people type, and in a file's bytes.
#include "privacy/FileResidue.h"
#include "privacy/PersonalTexts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

class TestPersonalTexts : public QObject
{
    Q_OBJECT

private slots:
    void textsOfAPerson();
    void shortOrSingleNamesAreNotLookedFor();
    void matchesWholeWordsIgnoringCaseAndSpaces();
    void replacesEachPersonWithTheirOwnLabel();
    void findsManyPeopleAtOnce();
    void fileBytesAreSearchedAcrossChunksAndCases();
};

void TestPersonalTexts::textsOfAPerson()
{
    Person person;
    person.firstName = QStringLiteral(" Ann ");
    person.lastName = QStringLiteral("Ash");
    person.email = QStringLiteral("ann.ash@example.org");
    person.trn = QStringLiteral("1234567");
    const PersonalTexts texts = PersonalTexts::of(person);
    QCOMPARE(texts.inText(),
             QStringList({ QStringLiteral("Ann Ash"), QStringLiteral("Ash, Ann"),
                           QStringLiteral("ann.ash@example.org"), QStringLiteral("1234567") }));
    const QList<QByteArray> bytes = texts.inBytes();
    QVERIFY(bytes.contains("annash"));
    QVERIFY(bytes.contains("ashann"));
    QVERIFY(bytes.contains("ann ash"));
    QVERIFY(bytes.contains("1234567"));
    const QList<QByteArray> wide = texts.inBytes(QStringLiteral("UTF-16le"));
    QVERIFY(wide.contains(QByteArray("a\0n\0n\0 \0a\0s\0h\0", 14)));
}

void TestPersonalTexts::shortOrSingleNamesAreNotLookedFor()
{
    PersonalTexts tiny { QStringLiteral("A"), QStringLiteral("Li"), {}, {} };
    QVERIFY(tiny.inText().isEmpty());
    PersonalTexts single { {}, QStringLiteral("Smith"), {}, {} };
    QVERIFY(single.inText().isEmpty());
    PersonalTexts longer { {}, QStringLiteral("Quexley"), {}, QStringLiteral("12345") };
    QCOMPARE(longer.inText(), QStringList { QStringLiteral("Quexley") });
}

void TestPersonalTexts::matchesWholeWordsIgnoringCaseAndSpaces()
{
    TextMatcher matcher;
    matcher.add(PersonalTexts { QStringLiteral("Ann"), QStringLiteral("Ash"),
                                QStringLiteral("ann@example.org"), QStringLiteral("1234567") },
                0);
    QVERIFY(matcher.contains(QStringLiteral("Came with ANN   ash today")));
    QVERIFY(matcher.contains(QStringLiteral("ash, ann")));
    QVERIFY(matcher.contains(QStringLiteral("(ann@example.org)")));
    QVERIFY(matcher.contains(QStringLiteral("TRN 1234567.")));
    // Parts of longer words and numbers are someone else's.
    QVERIFY(!matcher.contains(QStringLiteral("Joann Ashworth")));
    QVERIFY(!matcher.contains(QStringLiteral("Ann Ashworth")));
    QVERIFY(!matcher.contains(QStringLiteral("joann@example.org")));
    QVERIFY(!matcher.contains(QStringLiteral("01234567890")));
    QVERIFY(!matcher.contains(QStringLiteral("Ann")));
    const auto matches = matcher.find(QStringLiteral("x Ann  Ash y"));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().start, 2);
    QCOMPARE(matches.first().length, 8);
}

void TestPersonalTexts::replacesEachPersonWithTheirOwnLabel()
{
    TextMatcher matcher;
    matcher.add(PersonalTexts { QStringLiteral("Ann"), QStringLiteral("Ash"), {}, {} }, 0);
    matcher.add(PersonalTexts { QStringLiteral("Ben"), QStringLiteral("Beech"), {}, {} }, 1);
    const QStringList labels { QStringLiteral("Erased participant 1"),
                               QStringLiteral("Erased participant 2") };
    QCOMPARE(matcher.replaced(QStringLiteral("Ann Ash and beech, ben swapped; Ann stayed."),
                              [&labels](int owner) { return labels.at(owner); }),
             QStringLiteral("Erased participant 1 and Erased participant 2 swapped; Ann stayed."));
    QCOMPARE(matcher.replaced(QStringLiteral("nothing here"), [](int) { return QString(); }),
             QStringLiteral("nothing here"));
}

void TestPersonalTexts::findsManyPeopleAtOnce()
{
    TextMatcher matcher;
    for (int i = 0; i < 5000; ++i)
        matcher.add(PersonalTexts { QStringLiteral("First%1").arg(i),
                                    QStringLiteral("Last%1").arg(i),
                                    QStringLiteral("p%1@example.org").arg(i),
                                    {} },
                    i);
    const auto matches = matcher.find(QStringLiteral("Ask first4321 last4321 or p17@example.org"));
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).owner, 4321);
    QCOMPARE(matches.at(1).owner, 17);
    QVERIFY(!matcher.contains(QStringLiteral("first4321 last43210")));
}

void TestPersonalTexts::fileBytesAreSearchedAcrossChunksAndCases()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bytes.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // One form straddles the 4 MiB chunk boundary, one sits at the very end.
    QByteArray bytes(4 * 1024 * 1024 - 3, '\0');
    bytes += "QUEXLEYoriel";
    bytes += QByteArray(1000, 'x');
    bytes += "9876543";
    file.write(bytes);
    file.close();
    const QList<QByteArray> forms { "quexleyoriel", "9876543", "absent" };
    QCOMPARE(FileResidue::count(path, forms), 2);
    QCOMPARE(FileResidue::count(path, { "nothing" }), 0);
    QCOMPARE(FileResidue::count(dir.filePath(QStringLiteral("missing")), forms), 0);
}

QTEST_GUILESS_MAIN(TestPersonalTexts)
#include "tst_personaltexts.moc"
