// Progress and cancel on the NCETM returns: the rows expected and written, and a cancelled
// export that leaves no file and keeps the one that was there.
#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/ExportControl.h"
#include "export/Exporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(hubreg::ReportKind)

using namespace hubreg;

class TestExportControl : public QObject
{
    Q_OBJECT

private slots:
    void expectsTheRowsItWrites_data();
    void expectsTheRowsItWrites();
    void reportsEachRow();
    void cancelLeavesNoFile();
    void cancelKeepsTheFileThatWasThere();
    void cancelBeforeTheFirstRow();
};

void TestExportControl::expectsTheRowsItWrites_data()
{
    QTest::addColumn<ReportKind>("kind");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("participants") << ReportKind::Participants << QDate() << qint64(3);
    QTest::newRow("schools") << ReportKind::Schools << QDate() << qint64(2);
    QTest::newRow("sessions") << ReportKind::Sessions << QDate() << qint64(4);
    // Up to 30 September only the first session is in range.
    QTest::newRow("sessions to a date") << ReportKind::Sessions << QDate(2024, 9, 30) << qint64(1);
    QTest::newRow("register") << ReportKind::Register << QDate() << qint64(3);
}

void TestExportControl::expectsTheRowsItWrites()
{
    QFETCH(ReportKind, kind);
    QFETCH(QDate, to);
    QFETCH(qint64, rows);
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    ExportFilter filter;
    filter.to = to;
    QCOMPARE(Exporter(temp.db()).expectedRows(kind, filter), rows);
    const QString path = temp.folder() + QStringLiteral("/out.csv");
    QCOMPARE(Exporter(temp.db()).write(kind, filter, path), rows);
    // A Work Group nobody has: nothing expected.
    filter.workGroupCode = QStringLiteral("NONE");
    QCOMPARE(Exporter(temp.db()).expectedRows(kind, filter), 0);
}

void TestExportControl::reportsEachRow()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    QList<QPair<qint64, qint64>> calls;
    ExportControl control;
    control.progress = [&](qint64 done, qint64 total) { calls << qMakePair(done, total); };
    const QString path = temp.folder() + QStringLiteral("/participants.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Participants, {}, path, {}, {}, control), 3);
    const QList<QPair<qint64, qint64>> expected
        = { { 0, 3 }, { 1, 3 }, { 2, 3 }, { 3, 3 }, { 3, 3 } };
    QCOMPARE(calls, expected);

    // Engagement cannot count its rows cheaply: the total is unknown until the end.
    calls.clear();
    ExportFilter year;
    year.academicYear = QStringLiteral("2024/25");
    const qint64 rows
        = Exporter(temp.db()).write(ReportKind::Engagement, year, path, {}, {}, control);
    QVERIFY(rows > 0);
    QCOMPARE(calls.first(), qMakePair(qint64(0), qint64(-1)));
    QCOMPARE(calls.last(), qMakePair(rows, rows));
}

void TestExportControl::cancelLeavesNoFile()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QStringList before = QDir(temp.folder()).entryList(QDir::Files);
    const QString path = temp.folder() + QStringLiteral("/participants.csv");
    qint64 written = 0;
    ExportControl control;
    control.progress = [&](qint64 done, qint64) { written = done; };
    control.cancelRequested = [&] { return written == 2; };
    QVERIFY_THROWS_EXCEPTION(
        ExportCancelled,
        Exporter(temp.db()).write(ReportKind::Participants, {}, path, {}, {}, control));
    QCOMPARE(written, 2); // it stopped where it was asked to
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(temp.folder()).entryList(QDir::Files), before); // no temporary file either
}

void TestExportControl::cancelKeepsTheFileThatWasThere()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/register.csv");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last term's register\r\n");
    }
    const QStringList before = QDir(temp.folder()).entryList(QDir::Files);
    ExportControl control;
    control.cancelRequested = [calls = 0]() mutable { return ++calls == 3; };
    try {
        Exporter(temp.db()).write(ReportKind::Register, {}, path, {}, {}, control);
        QFAIL("the export was cancelled");
    } catch (const ExportError &error) {
        // Callers that know only ExportError still get a plain reason.
        QVERIFY(error.message().contains(QLatin1String("cancelled")));
    }
    QCOMPARE(test::fileBytes(path), QByteArray("last term's register\r\n"));
    QCOMPARE(QDir(temp.folder()).entryList(QDir::Files), before);
}

void TestExportControl::cancelBeforeTheFirstRow()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/schools.csv");
    qint64 rowsSeen = -1;
    ExportControl control;
    control.progress = [&](qint64 done, qint64) { rowsSeen = done; };
    control.cancelRequested = [] { return true; };
    QVERIFY_THROWS_EXCEPTION(
        ExportCancelled, Exporter(temp.db()).write(ReportKind::Schools, {}, path, {}, {}, control));
    QCOMPARE(rowsSeen, 0);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestExportControl)
#include "tst_exportcontrol.moc"
