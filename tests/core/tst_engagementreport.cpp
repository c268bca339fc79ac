#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"

#include <QTest>

using namespace hubreg;

class TestEngagementReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void goalsComeFromTheSettings();
    void aYearWithoutWorkGroupsEngagesNobody();
};

void TestEngagementReport::matchesTheHandCheckedReturn()
{
    test::TempDatabase temp; // its clock is in 2024/25, the year the report defaults to
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/engagement.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Engagement, {}, path), 3);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/engagement.csv"))));
}

void TestEngagementReport::goalsComeFromTheSettings()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    temp.db().setSetting(QStringLiteral("engagement.goal.primary"), QStringLiteral("50"));
    const QList<ExportColumn> layout
        = { { QStringLiteral("phase"), QStringLiteral("Phase") },
            { QStringLiteral("goal_pct"), QStringLiteral("Goal") },
            { QStringLiteral("goal_progress_pct"), QStringLiteral("Progress") } };
    const ExportPreview preview
        = Exporter(temp.db()).preview(ReportKind::Engagement, {}, layout, 1);
    QCOMPARE(preview.rows,
             QList<QStringList>(
                 { { QStringLiteral("Primary"), QStringLiteral("50"), QStringLiteral("50.0") } }));
}

void TestEngagementReport::aYearWithoutWorkGroupsEngagesNobody()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    ExportFilter filter;
    filter.academicYear = QStringLiteral("2025/26");
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Engagement, filter);
    QCOMPARE(preview.rows.size(), 2); // the two phases, no programme rows
    QCOMPARE(preview.rows.at(0).at(1), QStringLiteral("2025/26"));
    QCOMPARE(preview.rows.at(0).mid(6, 4),
             QStringList({ QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0.0") }));
}

QTEST_GUILESS_MAIN(TestEngagementReport)
#include "tst_engagementreport.moc"
