#include "PackCorpus.h"
#include "TestSupport.h"
#include "exchange/ExchangeError.h"
#include "exchange/HubMerge.h"
#include "exchange/PackOpener.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/GiasLinkImporter.h"
#include "import/ImportError.h"
#include "import/ParticipantImporter.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {

// What an import said about a file: the error that refused it whole, or its rejected rows.
struct Outcome
{
    bool refused = false;
    QString fileName;
    CsvPosition position;
    QString message;
    ImportReport report;
};

// A small Work Group (two schools, three participants) and a GIAS link between the schools.
void fill(Database &db)
{
    test::buildSmallWorkGroup(db);
    SchoolLink link;
    link.urn = *Urn::fromInt(100001);
    link.linkedUrn = *Urn::fromInt(100002);
    link.linkType = QStringLiteral("Successor");
    link.linkedName = QStringLiteral("Birch Primary School");
    link.establishedOn = QDate(2020, 9, 1);
    SchoolStore(db).upsertLink(link);
}

Outcome runImport(Database &db, const QString &kind, const QString &path, OnRejection onRejection)
{
    Outcome outcome;
    try {
        if (kind == QLatin1String("gias")) {
            GiasEstablishmentOptions options;
            options.onRejection = onRejection;
            outcome.report = GiasEstablishmentImporter(db).run(path, options);
        } else if (kind == QLatin1String("links")) {
            ImportOptions options;
            options.onRejection = onRejection;
            outcome.report = GiasLinkImporter(db).run(path, options);
        } else {
            ParticipantImportOptions options;
            options.onRejection = onRejection;
            options.workGroupCode = QStringLiteral("TEST-01");
            outcome.report = ParticipantImporter(db).run(path, options);
        }
    } catch (const ImportError &error) {
        outcome.refused = true;
        outcome.fileName = error.fileName();
        outcome.position = error.position();
        outcome.message = error.message();
    }
    return outcome;
}

QJsonArray corpus()
{
    QFile file(test::testDataPath(QStringLiteral("hostile/expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QJsonArray packCorpus()
{
    QFile file(test::testDataPath(QStringLiteral("hostile/expected-packs.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

const QMap<QString, ExchangeError::Kind> kRefusals {
    { QStringLiteral("NotAPack"), ExchangeError::Kind::NotAPack },
    { QStringLiteral("NewerFormat"), ExchangeError::Kind::NewerFormat },
    { QStringLiteral("Truncated"), ExchangeError::Kind::Truncated },
    { QStringLiteral("Tampered"), ExchangeError::Kind::Tampered },
    { QStringLiteral("Damaged"), ExchangeError::Kind::Damaged },
    { QStringLiteral("OtherHub"), ExchangeError::Kind::OtherHub },
    { QStringLiteral("NotForThisFile"), ExchangeError::Kind::NotForThisFile },
    { QStringLiteral("UnknownLead"), ExchangeError::Kind::UnknownLead },
};

// The place as the message writes it: "file, line 2, column 8: …".
QString placeIn(const QString &fileName, qint64 line, qint64 column)
{
    if (line <= 0)
        return fileName + QStringLiteral(": ");
    if (column <= 0)
        return QStringLiteral("%1, line %2: ").arg(fileName, QString::number(line));
    return QStringLiteral("%1, line %2, column %3: ")
        .arg(fileName, QString::number(line), QString::number(column));
}

} // namespace

// Files made to break the imports: cut short, in the wrong encoding or two at once, binary,
// huge, with SQL, format markers or terminal escapes in every field, with a column twice. Each
// is refused with a message naming the file and the place, and the database is exactly as it
// was; odd rows GIAS really has are stored, each with a note.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeEnough();
    void hostilePacksAreRefusedWithNothingChanged_data();
    void hostilePacksAreRefusedWithNothingChanged();
    void refusedWithThePlaceAndNothingChanged_data();
    void refusedWithThePlaceAndNothingChanged();
    void aRecordLongerThanTheReaderAllows_data();
    void aRecordLongerThanTheReaderAllows();
    void aMillionColumns();
    void aFileNameWithFormatMarkers();
    void quotesAndPercentsAreTakenLiterally();
};

void TestHostileInput::corpusIsLargeEnough()
{
    // 58 files kept in the repository; the tests below make four more too big to keep.
    QVERIFY(corpus().size() >= 58);
    for (const QJsonValue &entry : corpus())
        QVERIFY(QFile::exists(
            test::testDataPath(QStringLiteral("hostile/")
                               + entry.toObject().value(QLatin1String("file")).toString())));
}

void TestHostileInput::hostilePacksAreRefusedWithNothingChanged_data()
{
    QTest::addColumn<QJsonObject>("entry");
    int refused = 0;
    for (const QJsonValue &value : packCorpus()) {
        const QJsonObject entry = value.toObject();
        refused += entry.contains(QLatin1String("refusal")) ? 1 : 0;
        QTest::newRow(qPrintable(entry.value(QLatin1String("file")).toString())) << entry;
    }
    QVERIFY2(refused >= 20, "at least 20 hostile packs");
}

void TestHostileInput::hostilePacksAreRefusedWithNothingChanged()
{
    // Each pack goes the whole way a hub's import takes it: read, addressed, opened with the
    // hub's key, merged with every conflict given to the Lead and every deletion confirmed.
    QFETCH(QJsonObject, entry);
    test::TempDatabase temp;
    test::packcorpus::prepareHub(temp.db());
    const QString before = test::dumpContents(temp.db());
    const QString name = entry.value(QLatin1String("file")).toString();
    const QString path = test::testDataPath(QStringLiteral("hostile/") + name);
    try {
        const PackEnvelope envelope = PackOpener::inspect(path);
        PackOpener::checkAddressee(temp.db(), envelope);
        const auto keys = ExchangeIdentityStore::unlock(ExchangeIdentityStore(temp.db()).require(),
                                                        test::packcorpus::kPassphrase);
        HubMerge merge(temp.db(), PackOpener::open(temp.db(), envelope, keys));
        merge.preview();
        merge.decideAll(Side::Lead);
        const ExchangeReport report = merge.apply(true);
        QVERIFY2(entry.value(QLatin1String("accepted")).toBool(), "a hostile pack was taken in");
        QVERIFY(report.committed);
        return;
    } catch (const ExchangeError &error) {
        QVERIFY2(!entry.value(QLatin1String("accepted")).toBool(), qPrintable(error.message()));
        const QJsonObject refusal = entry.value(QLatin1String("refusal")).toObject();
        QCOMPARE(int(error.kind()),
                 int(kRefusals.value(refusal.value(QLatin1String("kind")).toString())));
        QVERIFY2(error.message().contains(refusal.value(QLatin1String("contains")).toString()),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(name) || error.kind() == ExchangeError::Kind::Damaged
                     || error.kind() == ExchangeError::Kind::Tampered,
                 qPrintable(error.message()));
        QVERIFY2(error.message().size() < 400, qPrintable(error.message().left(400)));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHostileInput::refusedWithThePlaceAndNothingChanged_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<bool>("strict");
    for (const QJsonValue &value : corpus()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(name + QStringLiteral("/skip rows"))) << entry << false;
        QTest::newRow(qPrintable(name + QStringLiteral("/strict"))) << entry << true;
    }
}

void TestHostileInput::refusedWithThePlaceAndNothingChanged()
{
    QFETCH(QJsonObject, entry);
    QFETCH(bool, strict);
    test::TempDatabase temp;
    fill(temp.db());
    const QString before = test::dumpContents(temp.db());
    const QString name = entry.value(QLatin1String("file")).toString();
    const QString path = test::testDataPath(QStringLiteral("hostile/") + name);

    const Outcome outcome
        = runImport(temp.db(), entry.value(QLatin1String("kind")).toString(), path,
                    strict ? OnRejection::ImportNothing : OnRejection::SkipRow);

    if (entry.contains(QLatin1String("error"))) {
        const QJsonObject error = entry.value(QLatin1String("error")).toObject();
        QVERIFY2(outcome.refused, "the file was imported instead of refused");
        QCOMPARE(outcome.fileName, name);
        QCOMPARE(outcome.position.line, error.value(QLatin1String("line")).toInteger());
        QCOMPARE(outcome.position.column, error.value(QLatin1String("column")).toInteger());
        QVERIFY2(outcome.message.startsWith(
                     placeIn(name, outcome.position.line, outcome.position.column)),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(error.value(QLatin1String("contains")).toString()),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.size() < 400, qPrintable(outcome.message.left(400)));
    } else if (entry.contains(QLatin1String("notes"))) {
        // Odd but storable: stored whether or not the import is strict, each oddity noted.
        QVERIFY2(!outcome.refused, qPrintable(outcome.message));
        QVERIFY2(outcome.report.rejected.isEmpty(),
                 qPrintable(outcome.report.rejected.value(0).describe()));
        QVERIFY(outcome.report.committed);
        QCOMPARE(outcome.report.added, entry.value(QLatin1String("added")).toInt());
        const QJsonArray expected = entry.value(QLatin1String("notes")).toArray();
        QCOMPARE(outcome.report.notes.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected.at(i).toObject();
            const ImportIssue &note = outcome.report.notes.at(i);
            QCOMPARE(note.line, want.value(QLatin1String("line")).toInteger());
            QCOMPARE(note.column, want.value(QLatin1String("column")).toInteger());
            QCOMPARE(note.field, want.value(QLatin1String("field")).toString());
            QVERIFY2(note.message.contains(want.value(QLatin1String("contains")).toString()),
                     qPrintable(note.describe()));
        }
        QVERIFY(test::dumpContents(temp.db()) != before);
        return;
    } else {
        QVERIFY2(!outcome.refused, qPrintable(outcome.message));
        QCOMPARE(outcome.report.fileName, name);
        const QJsonArray expected = entry.value(QLatin1String("rejected")).toArray();
        QCOMPARE(outcome.report.rejected.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected.at(i).toObject();
            const ImportIssue &issue = outcome.report.rejected.at(i);
            const QString described = issue.describe();
            QCOMPARE(issue.line, want.value(QLatin1String("line")).toInteger());
            QCOMPARE(issue.column, want.value(QLatin1String("column")).toInteger());
            QCOMPARE(issue.field, want.value(QLatin1String("field")).toString());
            QVERIFY2(issue.message.contains(want.value(QLatin1String("contains")).toString()),
                     qPrintable(described));
            QVERIFY2(described.size() < 400, qPrintable(described.left(400)));
        }
        QCOMPARE(outcome.report.added + outcome.report.updated, 0);
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHostileInput::aRecordLongerThanTheReaderAllows_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<int>("column");
    // A read column (the name) and one the import leaves unread: either way the reader stops
    // at its limit (64 Mi characters) instead of holding the whole file.
    QTest::newRow("name") << QByteArray("URN,EstablishmentName\r\n") << QByteArray("100010,") << 8;
    QTest::newRow("unread column") << QByteArray("URN,EstablishmentName,Notes\r\n")
                                   << QByteArray("100010,Long Notes School,\"") << 26;
}

void TestHostileInput::aRecordLongerThanTheReaderAllows()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, start);
    QFETCH(int, column);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gias-huge-field.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + start);
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 65; ++i)
            QCOMPARE(file.write(block), block.size());
        file.write("\r\n");
    }
    test::TempDatabase temp;
    fill(temp.db());
    const QString before = test::dumpContents(temp.db());
    const Outcome outcome
        = runImport(temp.db(), QStringLiteral("gias"), path, OnRejection::SkipRow);
    QVERIFY(outcome.refused);
    QCOMPARE(outcome.position.line, 2);
    QCOMPARE(outcome.position.column, column);
    QVERIFY2(outcome.message.contains(QLatin1String("longer than")), qPrintable(outcome.message));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHostileInput::aMillionColumns()
{
    constexpr int kColumns = 1000000;
    QTemporaryDir dir;
    test::TempDatabase temp;
    fill(temp.db());
    const QString before = test::dumpContents(temp.db());

    // A row a million fields wide under a normal header: one rejected row, named.
    const QString wideRow = dir.filePath(QStringLiteral("gias-wide-row.csv"));
    {
        QFile file(wideRow);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("URN,EstablishmentName\r\n100010,Wide");
        file.write(QByteArray(kColumns - 2, ','));
        file.write("\r\n");
    }
    const Outcome row = runImport(temp.db(), QStringLiteral("gias"), wideRow, OnRejection::SkipRow);
    QVERIFY(!row.refused);
    QCOMPARE(row.report.rejected.size(), 1);
    QCOMPARE(row.report.rejected.first().line, 2);
    QCOMPARE(row.report.rejected.first().column, 13); // where the third field starts
    QVERIFY(row.report.rejected.first().message.contains(
        QStringLiteral("has %1 fields but the header has 2").arg(kColumns)));
    QCOMPARE(test::dumpContents(temp.db()), before);

    // A header a million columns wide, none of them GIAS's: refused whole.
    const QString wideHeader = dir.filePath(QStringLiteral("gias-wide-header.csv"));
    {
        QFile file(wideHeader);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray header;
        for (int i = 0; i < kColumns; ++i)
            header += (i ? ",c" : "c") + QByteArray::number(i);
        file.write(header + "\r\n1,2\r\n");
    }
    const Outcome wide
        = runImport(temp.db(), QStringLiteral("gias"), wideHeader, OnRejection::SkipRow);
    QVERIFY(wide.refused);
    QCOMPARE(wide.position.line, 1);
    QVERIFY(wide.message.contains(QLatin1String("URN, EstablishmentName are missing")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestHostileInput::aFileNameWithFormatMarkers()
{
    // Qt fills "%1" markers one at a time unless told otherwise: a file called "%1" must still
    // be named as it is, with the line and column in their places.
    QTemporaryDir dir;
    const QString name = QStringLiteral("100%1 of %2 schools %3.csv");
    const QString path = dir.filePath(name);
    QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("hostile/gias-quote-in-unquoted.csv")),
                        path));
    test::TempDatabase temp;
    const Outcome outcome
        = runImport(temp.db(), QStringLiteral("gias"), path, OnRejection::SkipRow);
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.startsWith(name + QStringLiteral(", line 2, column 15: ")),
             qPrintable(outcome.message));
}

void TestHostileInput::quotesAndPercentsAreTakenLiterally()
{
    const QStringList names = {
        QStringLiteral("Robert'); DROP TABLE schools;--"),
        QStringLiteral("St Mary's \"Star\" School"),
        QStringLiteral("100% Maths Academy"),
        QStringLiteral("1000 Maths Academy"), // what "100%" would match as a LIKE pattern
        QStringLiteral("Under_score School"),
        QStringLiteral("UnderXscore School"), // what "Under_score" would match as a pattern
        QStringLiteral("Back\\slash %1 School"),
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tricky.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("URN,EstablishmentName,Town\r\n");
        for (int i = 0; i < names.size(); ++i) {
            QString quoted = names.at(i);
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            file.write(QStringLiteral("%1,\"%2\",\"O'Town %3%\"\r\n")
                           .arg(QString::number(200001 + i), quoted, QString::number(i))
                           .toUtf8());
        }
    }
    test::TempDatabase temp;
    fill(temp.db());
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
    QVERIFY(report.rejected.isEmpty());
    QCOMPARE(report.added, names.size());

    SchoolStore schools(temp.db());
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(schools.findByUrn(*Urn::fromInt(200001 + i))->name, names.at(i));
    QCOMPARE(schools.count(), names.size() + 2); // the injection dropped nothing

    auto search = [&](const QString &text) {
        SchoolQuery query;
        query.text = text;
        QStringList found;
        for (const School &school : schools.list(query))
            found << school.name;
        return found;
    };
    QCOMPARE(search(QStringLiteral("100%")), QStringList { names.at(2) });
    QCOMPARE(search(QStringLiteral("Under_score")), QStringList { names.at(4) });
    QCOMPARE(search(QStringLiteral("Robert'); DROP")), QStringList { names.at(0) });
    QCOMPARE(search(QStringLiteral("\"Star\"")), QStringList { names.at(1) });
    QCOMPARE(search(QStringLiteral("\\slash %1")), QStringList { names.at(6) });
    QCOMPARE(search(QStringLiteral("O'Town 3%")), QStringList { names.at(3) });

    // A participant list naming those schools by name finds each, and keeps quotes as written.
    const QString people = dir.filePath(QStringLiteral("people.csv"));
    {
        QFile file(people);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "First name,Last name,Email,School name\r\n"
            "Róisín,O'Brien-%s,roisin.obrien@example.org,\"100% Maths Academy\"\r\n"
            "\"Bobby \"\"Tables\"\"\",\"'); DROP TABLE people;--\",,\"Under_score School\"\r\n");
    }
    ParticipantImportOptions options;
    options.workGroupCode = QStringLiteral("TEST-01");
    const ImportReport joined = ParticipantImporter(temp.db()).run(people, options);
    QVERIFY2(joined.rejected.isEmpty(), qPrintable(joined.rejected.value(0).describe()));
    QCOMPARE(joined.added, 2);
    PersonQuery who;
    who.text = QStringLiteral("O'Brien-%s");
    const QList<Person> found = PersonStore(temp.db()).list(who);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().schoolId, schools.findByUrn(*Urn::fromInt(200003))->id);
    who.text = QStringLiteral("DROP TABLE people");
    QCOMPARE(PersonStore(temp.db()).list(who).size(), 1);
    QCOMPARE(PersonStore(temp.db()).list(who).first().firstName,
             QStringLiteral("Bobby \"Tables\""));
    QCOMPARE(PersonStore(temp.db()).list({}).size(), 5); // three held, two added
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
