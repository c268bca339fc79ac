#include "TestSupport.h"
#include "database/StoreError.h"
#include "records/ExportTemplateStore.h"

#include <QTest>

using namespace hubreg;

class TestExportTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void savesListsAndReplaces();
    void keepsTemplatesOfEachReportApart();
    void refusesBadTemplates();
};

void TestExportTemplateStore::savesListsAndReplaces()
{
    test::TempDatabase temp;
    ExportTemplateStore store(temp.db());
    ExportTemplate t;
    t.report = ReportKind::Schools;
    t.name = QStringLiteral("NCETM 2024/25");
    t.columns = { { QStringLiteral("school_urn"), QStringLiteral("URN") },
                  { QStringLiteral("completed"), QStringLiteral("Engaged?") } };
    store.save(t);
    QVERIFY(t.isStored());

    auto found = store.find(ReportKind::Schools, QStringLiteral("ncetm 2024/25"));
    QVERIFY(found);
    QCOMPARE(found->columns, t.columns);

    ExportTemplate again;
    again.report = ReportKind::Schools;
    again.name = QStringLiteral("NCETM 2024/25");
    again.columns = { { QStringLiteral("school_name"), QStringLiteral("School") } };
    store.save(again);
    QCOMPARE(again.id, t.id);
    QCOMPARE(store.list(ReportKind::Schools).size(), 1);
    QCOMPARE(store.find(ReportKind::Schools, t.name)->columns, again.columns);
    store.remove(t.id);
    QVERIFY(!store.find(ReportKind::Schools, t.name));
}

void TestExportTemplateStore::keepsTemplatesOfEachReportApart()
{
    test::TempDatabase temp;
    ExportTemplateStore store(temp.db());
    for (ReportKind report : { ReportKind::Schools, ReportKind::Participants }) {
        ExportTemplate t;
        t.report = report;
        t.name = QStringLiteral("Termly");
        t.columns = { { QStringLiteral("hub"), QStringLiteral("Hub") } };
        store.save(t);
    }
    QCOMPARE(store.list(ReportKind::Schools).size(), 1);
    QCOMPARE(store.list(ReportKind::Participants).size(), 1);
    QVERIFY(store.list(ReportKind::Sessions).isEmpty());
}

void TestExportTemplateStore::refusesBadTemplates()
{
    test::TempDatabase temp;
    ExportTemplateStore store(temp.db());
    ExportTemplate t;
    t.report = ReportKind::Sessions;
    t.name = QStringLiteral("Empty");
    QVERIFY_THROWS_EXCEPTION(StoreError, store.save(t));
    t.columns = { { QStringLiteral("date"), QStringLiteral("Date") },
                  { QStringLiteral("date"), QStringLiteral("Again") } };
    QVERIFY_THROWS_EXCEPTION(StoreError, store.save(t));
    t.columns = { { QStringLiteral("date"), QStringLiteral(" ") } };
    QVERIFY_THROWS_EXCEPTION(StoreError, store.save(t));
}

QTEST_GUILESS_MAIN(TestExportTemplateStore)
#include "tst_exporttemplatestore.moc"
