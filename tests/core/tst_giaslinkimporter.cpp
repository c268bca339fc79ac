#include "FailingWrites.h"
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "import/GiasLinkImporter.h"
#include "import/ImportError.h"
#include "records/SchoolStore.h"

#include <QFile>
#include <QTest>

using namespace hubreg;

namespace {

QString realLinksFile()
{
    return QStringLiteral(HUBREGISTER_TEST_DATA "/gias/links-20230421.csv");
}

std::optional<SchoolLink> linkBetween(Database &db, int urn, int linked)
{
    for (const SchoolLink &link : SchoolStore(db).linksOf(*Urn::fromInt(urn))) {
        if (link.urn.value() == urn && link.linkedUrn.value() == linked)
            return link;
    }
    return std::nullopt;
}

int linkCount(Database &db)
{
    SqlQuery count(db, QStringLiteral("SELECT count(*) FROM school_links"));
    return count.scalar().toInt();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestGiasLinkImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsTheRealLinksFile();
    void updatesChangedLinksOnly();
    void rejectsBadRows();
    void failureAtTheLastRowLeavesTheDatabaseAsItWas();
    void aFileReplacedMidImportCannotGetIn();
    void theImportAndTheStoreWriteALinkAlike();
};

void TestGiasLinkImporter::importsTheRealLinksFile()
{
    QVERIFY2(QFile::exists(realLinksFile()), "the real GIAS links file is in tests/data/gias");
    test::TempDatabase temp;
    GiasLinkImporter importer(temp.db());
    const ImportReport report = importer.run(realLinksFile());
    // 31,275 lines: the header and 31,274 links (the last without a line end).
    QCOMPARE(report.rows, 31274);
    QCOMPARE(report.added, 31274);
    QCOMPARE(report.rejected.size(), 0);
    QCOMPARE(report.accountedRows(), report.rows);
    QCOMPARE(linkCount(temp.db()), 31274);

    const auto merged = linkBetween(temp.db(), 100012, 100021);
    QVERIFY(merged);
    QCOMPARE(merged->linkType, QStringLiteral("Successor - merged"));
    QCOMPARE(merged->linkedName, QStringLiteral("Rhyl Community Primary School"));
    QCOMPARE(merged->establishedOn, QDate(2021, 8, 31));
    // Windows-1252 bytes 0xE0, 0xB0 and 0x92 come through as the characters they stand for.
    QCOMPARE(linkBetween(temp.db(), 108299, 138950)->linkedName,
             QStringLiteral("St Thomas à Becket Catholic Secondary School, A Voluntary Academy"));
    QCOMPARE(linkBetween(temp.db(), 109401, 148296)->linkedName, QStringLiteral("North Star 82°"));
    QCOMPARE(linkBetween(temp.db(), 148118, 149666)->linkedName,
             QStringLiteral("St. Clement’s CE Primary School"));
    QVERIFY(!linkBetween(temp.db(), 100016, 132245)->establishedOn.isValid());
    // The history of the merged school reaches back to its predecessor.
    QVERIFY(
        SchoolStore(temp.db()).historyUrns(*Urn::fromInt(100021)).contains(*Urn::fromInt(100012)));

    const ImportReport again = importer.run(realLinksFile());
    QCOMPARE(again.unchanged, 31274);
    QCOMPARE(again.added + again.updated, 0);
}

void TestGiasLinkImporter::updatesChangedLinksOnly()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/links.csv");
    writeFile(path,
              "\"URN\",\"LinkURN\",\"LinkName\",\"LinkType\",\"LinkEstablishedDate\"\r\n"
              "100000,100001,\"Old Name\",\"Successor\",\"01-09-2020\"\r\n"
              "100001,100000,\"First\",\"Predecessor\",\"\"\r\n");
    GiasLinkImporter importer(temp.db());
    QCOMPARE(importer.run(path).added, 2);
    writeFile(path,
              "\"URN\",\"LinkURN\",\"LinkName\",\"LinkType\",\"LinkEstablishedDate\"\r\n"
              "100000,100001,\"New Name\",\"Successor\",\"01-09-2020\"\r\n"
              "100001,100000,\"First\",\"Predecessor\",\"\"\r\n"
              "100001,100002,\"Other\",\"Predecessor - merged\",\"31-08-2021\"\r\n");
    const ImportReport report = importer.run(path);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.added, 1);
    QCOMPARE(linkBetween(temp.db(), 100000, 100001)->linkedName, QStringLiteral("New Name"));
    QCOMPARE(linkCount(temp.db()), 3);
}

void TestGiasLinkImporter::rejectsBadRows()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/links.csv");
    writeFile(path,
              "URN,LinkURN,LinkName,LinkType,LinkEstablishedDate\r\n"
              "100000,100001,A,Successor,\r\n"
              "100000,100000,Self,Successor,\r\n"
              "100000,1000011,Long,Successor,\r\n"
              "100002,100003,NoType,,\r\n"
              "100002,100003,BadDate,Successor,2020-13-01\r\n"
              "100000,100001,Again,Successor,\r\n");
    const ImportReport report = GiasLinkImporter(temp.db()).run(path);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.rejected.size(), 5);
    QCOMPARE(report.rejected.at(0).line, 3);
    QCOMPARE(report.rejected.at(0).field, QStringLiteral("LinkURN"));
    QCOMPARE(report.rejected.at(1).column, 8);
    QCOMPARE(report.rejected.at(2).field, QStringLiteral("LinkType"));
    QCOMPARE(report.rejected.at(3).field, QStringLiteral("LinkEstablishedDate"));
    QVERIFY(report.rejected.at(4).message.contains(QLatin1String("line 2")));

    writeFile(path, "URN,LinkName\r\n100000,A\r\n");
    QVERIFY_THROWS_EXCEPTION(ImportError, GiasLinkImporter(temp.db()).run(path));
}

void TestGiasLinkImporter::failureAtTheLastRowLeavesTheDatabaseAsItWas()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString path = temp.folder() + QStringLiteral("/links.csv");
    writeFile(path,
              "URN,LinkURN,LinkName,LinkType,LinkEstablishedDate\r\n"
              "100000,100001,A,Successor,\r\n"
              "100001,100000,B,Predecessor,\r\n"
              "100005,100006,C,Successor,\r\n");
    const QString before = test::dumpContents(temp.db());
    test::refuseInserts(temp.db(), QStringLiteral("school_links"),
                        QStringLiteral("NEW.urn = 100005"), QStringLiteral("disk trouble"));
    QVERIFY_THROWS_EXCEPTION(StoreError, GiasLinkImporter(temp.db()).run(path));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasLinkImporter::aFileReplacedMidImportCannotGetIn()
{
    const QByteArray header = "URN,LinkURN,LinkName,LinkType,LinkEstablishedDate\r\n";
    QByteArray checked = header;
    for (int i = 0; i < 2000; ++i)
        checked += QByteArray::number(200000 + i) + "," + QByteArray::number(300000 + i)
            + ",Checked,Successor,\r\n";
    const QByteArray swapped = header
        + "100001,100003,Unchecked,Successor,\r\n"
          "100004,100004,Self,Successor,\r\n"
        + QByteArray(checked.size(), '#');
    for (const bool atTheEnd : { true, false }) {
        test::TempDatabase temp;
        const QString path = temp.folder() + QStringLiteral("/links.csv");
        writeFile(path, checked);
        bool replaced = false;
        ImportControl control;
        control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
            const bool moment = atTheEnd ? done == total : done > 0 && done < total;
            if (!replaced && stage == ImportStage::Checking && moment) {
                writeFile(path, swapped);
                replaced = true;
            }
        };
        ImportOptions options;
        options.onRejection = OnRejection::ImportNothing;
        if (atTheEnd) {
            const ImportReport report = GiasLinkImporter(temp.db()).run(path, options, control);
            QVERIFY(replaced);
            QVERIFY(report.committed);
            QCOMPARE(report.added, 2000);
            QCOMPARE(linkCount(temp.db()), 2000);
            QVERIFY(!linkBetween(temp.db(), 100001, 100003));
            continue;
        }
        QVERIFY_THROWS_EXCEPTION(ImportError,
                                 GiasLinkImporter(temp.db()).run(path, options, control));
        QVERIFY(replaced);
        QCOMPARE(linkCount(temp.db()), 0);
    }
}

void TestGiasLinkImporter::theImportAndTheStoreWriteALinkAlike()
{
    // One writer for links: a link imported and the same link stored through the register are
    // the same row, first added and then changed.
    test::TempDatabase imported;
    test::TempDatabase stored;
    const QString path = imported.folder() + QStringLiteral("/links.csv");
    auto row = [&](const char *name, const char *date) {
        return QByteArray("URN,LinkURN,LinkName,LinkType,LinkEstablishedDate\r\n"
                          "107000,106990,\" ")
            + name + "\",\" Predecessor - amalgamated \"," + date + "\r\n";
    };
    auto storedLink = [](const QString &name, const QDate &date) {
        SchoolLink link;
        link.urn = *Urn::fromInt(107000);
        link.linkedUrn = *Urn::fromInt(106990);
        link.linkType = QStringLiteral(" Predecessor - amalgamated ");
        link.linkedName = name;
        link.establishedOn = date;
        return link;
    };
    auto rowOf = [](Database &db) {
        SqlQuery query(db,
                       QStringLiteral("SELECT urn, linked_urn, link_type, linked_name, "
                                      "established_on FROM school_links"));
        query.exec();
        QStringList rows;
        while (query.next())
            rows << QStringList { query.value("urn").toString(),
                                  query.value("linked_urn").toString(),
                                  query.value("link_type").toString(),
                                  query.value("linked_name").toString(),
                                  query.value("established_on").toString() }
                        .join(QLatin1Char('|'));
        return rows;
    };

    writeFile(path, row("Crookes Infant School ", "01-09-2015"));
    QCOMPARE(GiasLinkImporter(imported.db()).run(path).added, 1);
    SchoolLink link = storedLink(QStringLiteral(" Crookes Infant School "), QDate(2015, 9, 1));
    SchoolStore(stored.db()).upsertLink(link);
    QCOMPARE(rowOf(imported.db()),
             QStringList { QStringLiteral(
                 "107000|106990|Predecessor - amalgamated|Crookes Infant School|2015-09-01") });
    QCOMPARE(rowOf(stored.db()), rowOf(imported.db()));

    writeFile(path, row("Crookes Primary School", "02-09-2015"));
    QCOMPARE(GiasLinkImporter(imported.db()).run(path).updated, 1);
    link = storedLink(QStringLiteral("Crookes Primary School "), QDate(2015, 9, 2));
    SchoolStore(stored.db()).upsertLink(link);
    QCOMPARE(rowOf(stored.db()), rowOf(imported.db()));
    QCOMPARE(linkCount(stored.db()), 1);
}

QTEST_GUILESS_MAIN(TestGiasLinkImporter)
#include "tst_giaslinkimporter.moc"
