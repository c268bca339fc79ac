// `hubregister import` and `hubregister export`, run as a script runs them: exit codes,
// standard output and standard error, and what ends up in the file.
#include "HandCheckedHub.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "records/ExportTemplateStore.h"
#include "records/ImportMappingStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

int schoolCount(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return SchoolStore(*db).count();
}
} // namespace

class TestCliDataIo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importGiasThenReimport();
    void importGiasStrictRefusesABadFile();
    void importGiasFailures();
    void importLinks();
    void importParticipants();
    void importParticipantsNeedsAWorkGroup();
    void exportWritesTheHandCheckedReturn();
    void exportWithAFilterAndATemplate();
    void exportFailures();
    void exportByLead();
    void exportByUnknownOrAmbiguousLead();
    void helpListsImportAndExport();

private:
    Run run(const QStringList &arguments);
    void buildTwoLeads();
    QString database() const { return m_home->filePath(QStringLiteral("hub.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliDataIo::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

Run TestCliDataIo::run(const QStringList &arguments)
{
    return test::runProgram(arguments, test::environmentAt(*m_home));
}

void TestCliDataIo::importGiasThenReimport()
{
    const QString a = test::testDataPath(QStringLiteral("gias/extract-a.csv"));
    const Run first = run({ QStringLiteral("import"), QStringLiteral("gias"), a,
                            QStringLiteral("--database"), database() });
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("8 added, 0 updated")), qPrintable(first.out));
    QVERIFY(first.err.isEmpty()); // not a terminal: no progress
    const Run second = run({ QStringLiteral("import"), QStringLiteral("gias"),
                             test::testDataPath(QStringLiteral("gias/extract-b.csv")),
                             QStringLiteral("--database"), database(), QStringLiteral("--la"),
                             QStringLiteral("370,371,372,373"), QStringLiteral("--open-only") });
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(
                 QLatin1String("1 added, 3 updated, 4 unchanged, 1 skipped, 0 rejected")),
             qPrintable(second.out));
    QVERIFY(second.out.contains(QLatin1String("note: line")));
    QCOMPARE(schoolCount(database()), 9);
}

void TestCliDataIo::importGiasStrictRefusesABadFile()
{
    const QString path = m_home->filePath(QStringLiteral("bad.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("URN,EstablishmentName\r\n106100,Good School\r\n12,Bad URN\r\n");
    }
    const Run strict
        = run({ QStringLiteral("import"), QStringLiteral("gias"), path, QStringLiteral("--strict"),
                QStringLiteral("--database"), database() });
    QCOMPARE(strict.exitCode, 2);
    QVERIFY(strict.out.contains(QLatin1String("rejected: line 3, column 1 (URN)")));
    QVERIFY(strict.err.contains(QLatin1String("nothing was imported")));
    QCOMPARE(schoolCount(database()), 0);
    // Without --strict the good row goes in and the bad one is listed.
    const Run lenient = run({ QStringLiteral("import"), QStringLiteral("gias"), path,
                              QStringLiteral("--database"), database() });
    QCOMPARE(lenient.exitCode, 0);
    QCOMPARE(schoolCount(database()), 1);
}

void TestCliDataIo::importGiasFailures()
{
    const Run missing = run({ QStringLiteral("import"), QStringLiteral("gias"),
                              m_home->filePath(QStringLiteral("none.csv")),
                              QStringLiteral("--database"), database() });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("none.csv")));
    const Run malformed = run({ QStringLiteral("import"), QStringLiteral("gias"),
                                test::testDataPath(QStringLiteral("csv/unterminated_quote.csv")),
                                QStringLiteral("--database"), database() });
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY2(malformed.err.contains(QLatin1String("unterminated_quote.csv")),
             qPrintable(malformed.err));
    const Run unknownKind
        = run({ QStringLiteral("import"), QStringLiteral("teachers"), QStringLiteral("x.csv"),
                QStringLiteral("--database"), database() });
    QCOMPARE(unknownKind.exitCode, 64);
    const Run noFile = run({ QStringLiteral("import"), QStringLiteral("gias"),
                             QStringLiteral("--database"), database() });
    QCOMPARE(noFile.exitCode, 64);
    const Run hubArea
        = run({ QStringLiteral("import"), QStringLiteral("gias"),
                test::testDataPath(QStringLiteral("gias/extract-a.csv")),
                QStringLiteral("--hub-area"), QStringLiteral("--database"), database() });
    QCOMPARE(hubArea.exitCode, 2);
    QVERIFY(hubArea.err.contains(QLatin1String("local authorities")));
}

void TestCliDataIo::importLinks()
{
    const Run result
        = run({ QStringLiteral("import"), QStringLiteral("links"),
                QStringLiteral(HUBREGISTER_TEST_DATA "/gias/links-20230421.csv"),
                QStringLiteral("--database"), database(), QStringLiteral("--dry-run") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("31274 rows; 31274 added")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("Dry run")));
    auto db = Database::open(database(), Database::Access::ReadOnly);
    SqlQuery links(*db, QStringLiteral("SELECT count(*) FROM school_links"));
    QCOMPARE(links.scalar().toInt(), 0);
}

void TestCliDataIo::importParticipants()
{
    {
        test::TempDatabase temp;
        test::buildSmallWorkGroup(temp.db());
        temp.close();
        QFile::copy(temp.path(), database());
    }
    const QString path = m_home->filePath(QStringLiteral("list.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Given,Family,Mail,Est\r\nCal,Cole,cal@example.org,100002\r\n");
    }
    const QStringList base = { QStringLiteral("import"),
                               QStringLiteral("participants"),
                               path,
                               QStringLiteral("--workgroup"),
                               QStringLiteral("TEST-01"),
                               QStringLiteral("--database"),
                               database() };
    const Run unknownMapping
        = run(base + QStringList { QStringLiteral("--mapping"), QStringLiteral("Nope") });
    QCOMPARE(unknownMapping.exitCode, 2);
    QVERIFY(unknownMapping.err.contains(QLatin1String("Nope")));
    const Run unmapped = run(base);
    QCOMPARE(unmapped.exitCode, 2);
    QVERIFY(unmapped.err.contains(QLatin1String("names")));
    {
        auto db = Database::open(database());
        ImportMapping mapping;
        mapping.kind = QStringLiteral("participants");
        mapping.name = QStringLiteral("Hub form");
        mapping.columns = { { QStringLiteral("first_name"), QStringLiteral("Given") },
                            { QStringLiteral("last_name"), QStringLiteral("Family") },
                            { QStringLiteral("email"), QStringLiteral("Mail") },
                            { QStringLiteral("school_urn"), QStringLiteral("Est") } };
        ImportMappingStore(*db).save(mapping);
    }
    const Run mapped
        = run(base + QStringList { QStringLiteral("--mapping"), QStringLiteral("Hub form") });
    QCOMPARE(mapped.exitCode, 0);
    QVERIFY2(mapped.out.contains(QLatin1String("1 added")), qPrintable(mapped.out));
    QVERIFY(mapped.out.contains(QLatin1String("1 participants and 0 schools enrolled")));
}

void TestCliDataIo::importParticipantsNeedsAWorkGroup()
{
    const Run result
        = run({ QStringLiteral("import"), QStringLiteral("participants"),
                QStringLiteral("list.csv"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains(QLatin1String("--workgroup")));
}

void TestCliDataIo::exportWritesTheHandCheckedReturn()
{
    {
        test::TempDatabase temp;
        test::buildHandCheckedHub(temp.db());
        temp.close();
        QFile::copy(temp.path(), database());
    }
    for (const char *report : { "participants", "schools", "sessions", "register" }) {
        const QString out = m_home->filePath(QStringLiteral("%1.csv").arg(QLatin1String(report)));
        const Run result
            = run({ QStringLiteral("export"), QLatin1String(report), QStringLiteral("-o"), out,
                    QStringLiteral("--database"), database() });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(test::fileBytes(out),
                 test::fileBytes(test::testDataPath(
                     QStringLiteral("exports/%1.csv").arg(QLatin1String(report)))));
    }
    const QString out = m_home->filePath(QStringLiteral("engagement.csv"));
    const Run engagement
        = run({ QStringLiteral("export"), QStringLiteral("engagement"), QStringLiteral("--year"),
                QStringLiteral("2024/25"), QStringLiteral("-o"), out, QStringLiteral("--database"),
                database() });
    QCOMPARE(engagement.exitCode, 0);
    QCOMPARE(test::fileBytes(out),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/engagement.csv"))));
}

void TestCliDataIo::exportWithAFilterAndATemplate()
{
    {
        test::TempDatabase temp;
        test::buildHandCheckedHub(temp.db());
        ExportTemplate t;
        t.report = ReportKind::Schools;
        t.name = QStringLiteral("Short");
        t.columns = { { QStringLiteral("school_urn"), QStringLiteral("URN") },
                      { QStringLiteral("completed"), QStringLiteral("Done") } };
        ExportTemplateStore(temp.db()).save(t);
        temp.close();
        QFile::copy(temp.path(), database());
    }
    const QString out = m_home->filePath(QStringLiteral("short.csv"));
    const Run result
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--template"),
                QStringLiteral("Short"), QStringLiteral("--workgroup"), QStringLiteral("TEST-01"),
                QStringLiteral("--to"), QStringLiteral("2024-09-30"), QStringLiteral("--no-bom"),
                QStringLiteral("-o"), out, QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 0);
    // Up to 30 September only session 1 counts, which both schools attended.
    QCOMPARE(test::fileBytes(out), QByteArray("URN,Done\r\n100001,Y\r\n100002,Y\r\n"));
    const Run none = run({ QStringLiteral("export"), QStringLiteral("schools"),
                           QStringLiteral("--programme"), QStringLiteral("MN"),
                           QStringLiteral("-o"), out, QStringLiteral("--database"), database() });
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(test::fileBytes(out).count("\r\n"), 1); // the heading row only
}

void TestCliDataIo::exportFailures()
{
    {
        test::TempDatabase temp;
        temp.close();
        QFile::copy(temp.path(), database());
    }
    const QString out = m_home->filePath(QStringLiteral("x.csv"));
    auto exitOf = [&](const QStringList &arguments) { return run(arguments).exitCode; };
    QCOMPARE(exitOf({ QStringLiteral("export"), QStringLiteral("pupils"), QStringLiteral("-o"), out,
                      QStringLiteral("--database"), database() }),
             64);
    QCOMPARE(exitOf({ QStringLiteral("export"), QStringLiteral("schools"),
                      QStringLiteral("--database"), database() }),
             64);
    QCOMPARE(exitOf({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--year"),
                      QStringLiteral("2024"), QStringLiteral("-o"), out,
                      QStringLiteral("--database"), database() }),
             64);
    QCOMPARE(exitOf({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--from"),
                      QStringLiteral("05/11/2024"), QStringLiteral("-o"), out,
                      QStringLiteral("--database"), database() }),
             64);
    const Run template_
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--template"),
                QStringLiteral("Nope"), QStringLiteral("-o"), out, QStringLiteral("--database"),
                database() });
    QCOMPARE(template_.exitCode, 2);
    QVERIFY(template_.err.contains(QLatin1String("Nope")));
    const Run folder
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"),
                m_home->filePath(QStringLiteral("no/such/x.csv")), QStringLiteral("--database"),
                database() });
    QCOMPARE(folder.exitCode, 2);
    QVERIFY(folder.err.contains(QLatin1String("x.csv")));
    QVERIFY(!QFile::exists(out));
}

// The hand-checked hub, its Lead given an email, and a second Work Group (no schools) led by
// Pat Lead.
void TestCliDataIo::buildTwoLeads()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    PersonStore people(temp.db());
    WorkGroupStore groups(temp.db());
    WorkGroup first = *groups.find(w.workGroupId);
    Person lee = *people.find(first.leadPersonId);
    lee.email = QStringLiteral("lee.lead@example.org");
    people.update(lee);
    Person pat;
    pat.firstName = QStringLiteral("Pat");
    pat.lastName = QStringLiteral("Lead");
    pat.email = QStringLiteral("pat.lead@example.org");
    pat.isWorkGroupLead = true;
    people.add(pat);
    WorkGroup second = first;
    second.id = 0;
    second.uuid = QUuid();
    second.code = QStringLiteral("TEST-02");
    second.leadPersonId = pat.id;
    groups.add(second);
    temp.close();
    QVERIFY(QFile::copy(temp.path(), database()));
}

void TestCliDataIo::exportByLead()
{
    buildTwoLeads();
    const QString out = m_home->filePath(QStringLiteral("lead.csv"));
    auto sessionRows = [&](const QString &lead) {
        const Run result
            = run({ QStringLiteral("export"), QStringLiteral("sessions"), QStringLiteral("--lead"),
                    lead, QStringLiteral("-o"), out, QStringLiteral("--no-bom"),
                    QStringLiteral("--database"), database() });
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return result.exitCode == 0 ? test::fileBytes(out).count("\r\n") - 1 : -1;
    };
    // Lee leads TEST-01 and its four sessions; the email is matched whatever its case.
    QCOMPARE(sessionRows(QStringLiteral("Lee.Lead@Example.org")), 4);
    // Pat leads TEST-02, which has none yet.
    QCOMPARE(sessionRows(QStringLiteral("pat.lead@example.org")), 0);
    // A name serves when only one Lead has it.
    QCOMPARE(sessionRows(QStringLiteral("lee lead")), 4);
    // The filter reaches every report, not only sessions.
    const Run participants
        = run({ QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("--lead"),
                QStringLiteral("lee.lead@example.org"), QStringLiteral("-o"), out,
                QStringLiteral("--database"), database() });
    QCOMPARE(participants.exitCode, 0);
    QCOMPARE(test::fileBytes(out),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/participants.csv"))));
    QVERIFY(participants.err.isEmpty()); // no progress when stderr is not a terminal
}

void TestCliDataIo::exportByUnknownOrAmbiguousLead()
{
    buildTwoLeads();
    {
        auto db = Database::open(database());
        PersonStore people(*db);
        Person pat = *people.findByEmail(QStringLiteral("pat.lead@example.org"));
        pat.firstName = QStringLiteral("Lee");
        people.update(pat);
    }
    const QString out = m_home->filePath(QStringLiteral("lead.csv"));
    auto exportFor = [&](const QString &lead) {
        return run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--lead"),
                     lead, QStringLiteral("-o"), out, QStringLiteral("--database"), database() });
    };
    const Run unknown = exportFor(QStringLiteral("nobody@example.org"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("nobody@example.org")), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    const Run unknownName = exportFor(QStringLiteral("Sam Nobody"));
    QCOMPARE(unknownName.exitCode, 2);
    QVERIFY2(unknownName.err.contains(QLatin1String("Sam Nobody")), qPrintable(unknownName.err));
    // Two Leads are now called Lee Lead: the message gives their emails to choose between.
    const Run ambiguous = exportFor(QStringLiteral("Lee Lead"));
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(QLatin1String("lee.lead@example.org"))
                 && ambiguous.err.contains(QLatin1String("pat.lead@example.org")),
             qPrintable(ambiguous.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(exportFor(QString()).exitCode, 64); // a wrong command line
    // The email still chooses exactly one of them.
    QCOMPARE(exportFor(QStringLiteral("pat.lead@example.org")).exitCode, 0);
    QVERIFY(QFile::exists(out));
}

void TestCliDataIo::helpListsImportAndExport()
{
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("import gias|links|participants FILE")));
    QVERIFY(help.out.contains(QLatin1String("export REPORT -o FILE")));
    const Run exportHelp = run({ QStringLiteral("export"), QStringLiteral("--help") });
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.contains(QLatin1String("--lead <EMAIL>")));
    const Run importHelp = run({ QStringLiteral("import"), QStringLiteral("--help") });
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(QLatin1String("--workgroup")));
}

QTEST_GUILESS_MAIN(TestCliDataIo)
#include "tst_cli_dataio.moc"
