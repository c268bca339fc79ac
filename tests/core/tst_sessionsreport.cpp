#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"
#include "records/AttendanceStore.h"

#include <QTest>

using namespace hubreg;

class TestSessionsReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void dateRangeListsTheSessionsInIt();
    void everyCountWithAMarkMissing();
};

void TestSessionsReport::matchesTheHandCheckedReturn()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/sessions.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Sessions, {}, path), 4);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/sessions.csv"))));
}

void TestSessionsReport::dateRangeListsTheSessionsInIt()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    ExportFilter filter;
    filter.from = QDate(2024, 10, 14);
    filter.to = QDate(2024, 11, 30);
    const QList<ExportColumn> layout
        = { { QStringLiteral("session_number"), QStringLiteral("N") },
            { QStringLiteral("schools_attended"), QStringLiteral("Schools") },
            { QStringLiteral("not_expected"), QStringLiteral("NE") } };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Sessions, filter, layout);
    QCOMPARE(
        preview.rows,
        QList<QStringList>({ { QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0") },
                             { QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1") } }));
}

void TestSessionsReport::everyCountWithAMarkMissing()
{
    // The hand-checked register without Ben's P at S3. By hand (expected, attended, apologies,
    // absent, not expected by mark, not recorded, schools attended):
    //   S1 (Ann P, Amy A, Ben P): 3 2 1 0 0 0 2
    //   S2 (Ann L, Amy X, Ben A): 3 1 1 1 0 0 1
    //   S3 (Ann P, Amy N, Ben -): 2 1 0 0 1 1 1 (Ben is still expected: in the group that day)
    //   S4 cancelled: no figures.
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    QVERIFY(AttendanceStore(temp.db()).clearMark(w.sessions.at(2), w.participantB1));
    QList<ExportColumn> layout;
    for (const char *key : { "session_number", "expected", "attended", "apologies", "absent",
                             "not_expected", "unrecorded", "schools_attended" })
        layout << ExportColumn { QLatin1String(key), QLatin1String(key) };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Sessions, {}, layout);
    auto row = [](const char *cells) { return QString::fromLatin1(cells).split(QLatin1Char(' ')); };
    QCOMPARE(preview.rows,
             QList<QStringList>({ row("1 3 2 1 0 0 0 2"), row("2 3 1 1 1 0 0 1"),
                                  row("3 2 1 0 0 1 1 1"), row("4 0 0 0 0 0 0 0") }));
}

QTEST_GUILESS_MAIN(TestSessionsReport)
#include "tst_sessionsreport.moc"
