#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"

#include <QTest>

using namespace hubreg;

class TestSchoolsReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void offersMoreColumnsThanTheDefault();
};

void TestSchoolsReport::matchesTheHandCheckedReturn()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/schools.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Schools, {}, path), 2);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/schools.csv"))));
}

void TestSchoolsReport::offersMoreColumnsThanTheDefault()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QList<ExportColumn> layout
        = { { QStringLiteral("school_name"), QStringLiteral("School") },
            { QStringLiteral("participants"), QStringLiteral("People") },
            { QStringLiteral("joined_on"), QStringLiteral("Joined") },
            { QStringLiteral("lead"), QStringLiteral("Lead") },
            { QStringLiteral("la_code"), QStringLiteral("LA") } };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Schools, {}, layout);
    QCOMPARE(
        preview.headings,
        QStringList({ QStringLiteral("School"), QStringLiteral("People"), QStringLiteral("Joined"),
                      QStringLiteral("Lead"), QStringLiteral("LA") }));
    QCOMPARE(preview.rows.at(0),
             QStringList({ QStringLiteral("Alder Primary School"), QStringLiteral("2"),
                           QStringLiteral("2024-09-01"), QStringLiteral("Lee Lead"),
                           QStringLiteral("383") }));
    QCOMPARE(preview.rows.at(1).at(1), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestSchoolsReport)
#include "tst_schoolsreport.moc"
