#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"

#include <QTest>

using namespace hubreg;

class TestSessionsReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void dateRangeListsTheSessionsInIt();
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

QTEST_GUILESS_MAIN(TestSessionsReport)
#include "tst_sessionsreport.moc"
