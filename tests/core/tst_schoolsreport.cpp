#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

class TestSchoolsReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void offersMoreColumnsThanTheDefault();
    void leadParticipantsInAlphabeticalOrder();
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

void TestSchoolsReport::leadParticipantsInAlphabeticalOrder()
{
    // Amy, enrolled after Ann, becomes a lead participant too, with a surname in lower case:
    // by surname whatever its case, "abbot" comes before "Ash" (in byte order it would not).
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    PersonStore people(temp.db());
    Person amy = *people.find(w.personA2);
    amy.lastName = QStringLiteral("abbot");
    people.update(amy);
    WorkGroupStore groups(temp.db());
    ParticipantEnrolment a2 = *groups.findParticipant(w.participantA2);
    a2.isLeadParticipant = true;
    groups.updateParticipant(a2);
    const QList<ExportColumn> layout
        = { { QStringLiteral("school_urn"), QStringLiteral("URN") },
            { QStringLiteral("lead_participant"), QStringLiteral("Leads") } };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Schools, {}, layout);
    QCOMPARE(
        preview.rows,
        QList<QStringList>({ { QStringLiteral("100001"), QStringLiteral("Amy abbot; Ann Ash") },
                             { QStringLiteral("100002"), QString() } }));
}

QTEST_GUILESS_MAIN(TestSchoolsReport)
#include "tst_schoolsreport.moc"
