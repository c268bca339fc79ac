// Every return as an Excel workbook, read back with an independent reader (openpyxl): each cell
// typed as intended (codes as text, so no leading zero is lost; numbers as numbers with the
// CSV's decimals; dates as dates; times as times), a bold frozen header with a filter, the
// formula guard kept, and the file written whole or not at all, private to its owner.
#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "XlsxReading.h"
#include "csv/FormulaGuard.h"
#include "export/ExportError.h"
#include "export/Exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace hubreg;

namespace {
// The cells a report gives for a layout, with their kinds, as the Exporter projects them.
QList<QList<CsvCell>> typedRows(Database &db, ReportKind kind, const ExportFilter &filter,
                                const QList<ExportColumn> &layout)
{
    const auto report = makeReport(kind, db);
    const QList<ReportColumn> columns = report->columns(filter);
    QList<int> indexes;
    for (const ExportColumn &wanted : layout) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == wanted.key || columns.at(i).group == wanted.key)
                indexes << i;
        }
    }
    QList<QList<CsvCell>> rows;
    report->rows(filter, [&](const QList<CsvCell> &cells) {
        QList<CsvCell> chosen;
        for (int index : indexes)
            chosen << cells.at(index);
        rows << chosen;
        return true;
    });
    return rows;
}

QString columnLetters(int count)
{
    QString letters;
    for (int n = count; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// Whether the cell read back is the one written, typed as its kind says.
QString mismatch(const CsvCell &expected, const test::XlsxCell &got)
{
    const auto describe = [&] {
        return QStringLiteral(" (wrote “%1”, read %2 “%3” in format “%4”)")
            .arg(expected.text, got.type, got.value, got.format);
    };
    if (expected.text.isEmpty())
        return got.type.isEmpty() ? QString() : QStringLiteral("not blank") + describe();
    switch (expected.kind) {
    case CsvCellKind::Number: {
        const qsizetype point = expected.text.indexOf(QLatin1Char('.'));
        const QString format = point < 0
            ? QStringLiteral("General")
            : QStringLiteral("0.") + QString(expected.text.size() - point - 1, QLatin1Char('0'));
        if (got.type != QLatin1String("number") || got.value.toDouble() != expected.text.toDouble()
            || got.format != format)
            return QStringLiteral("not the number") + describe();
        return {};
    }
    case CsvCellKind::Date:
        if (got.type != QLatin1String("date") || got.value != expected.text
            || got.format != QLatin1String("dd/mm/yyyy"))
            return QStringLiteral("not the date") + describe();
        return {};
    case CsvCellKind::Time:
        if (got.type != QLatin1String("time") || got.value != expected.text
            || got.format != QLatin1String("hh:mm"))
            return QStringLiteral("not the time") + describe();
        return {};
    case CsvCellKind::Text:
        if (got.type != QLatin1String("text") || got.value != formulaguard::guarded(expected.text))
            return QStringLiteral("not the guarded text") + describe();
        return {};
    case CsvCellKind::Code:
        if (got.type != QLatin1String("text") || got.value != expected.text)
            return QStringLiteral("not the code as text") + describe();
        return {};
    }
    return QStringLiteral("unknown kind");
}

// A TRN with a leading zero, which a spreadsheet opening the CSV turns into a number.
void giveBenALeadingZero(Database &db, const test::SmallWorkGroup &w)
{
    PersonStore people(db);
    Person ben = *people.find(w.personB1);
    ben.trn = QStringLiteral("0123456");
    people.update(ben);
}

bool isPrivate(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return permissions.testFlag(QFileDevice::ReadOwner)
        && permissions.testFlag(QFileDevice::WriteOwner)
        && !(permissions
             & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther));
}
} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void everyCellTypedAsIntended_data();
    void everyCellTypedAsIntended();
    void codesKeepTheirLeadingZerosAndFreeTextItsGuard();
    void cancelledOrFailedLeavesTheOldFileAndNoOther();
    void theExtensionChoosesTheFormat();
};

void TestXlsxExport::everyCellTypedAsIntended_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("everyColumn");
    for (ReportKind kind : allReportKinds()) {
        QTest::newRow(qPrintable(toStorage(kind) + QStringLiteral(", default layout")))
            << int(kind) << false;
        QTest::newRow(qPrintable(toStorage(kind) + QStringLiteral(", every column")))
            << int(kind) << true;
    }
}

void TestXlsxExport::everyCellTypedAsIntended()
{
    QFETCH(int, kind);
    QFETCH(bool, everyColumn);
    const auto report = ReportKind(kind);
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    giveBenALeadingZero(temp.db(), w);
    ExportFilter filter;
    filter.academicYear = QStringLiteral("2024/25");
    const Exporter exporter(temp.db());
    QList<ExportColumn> layout = exporter.defaultLayout(report);
    if (everyColumn) {
        layout.clear();
        for (const ReportColumn &column : exporter.availableColumns(report, filter))
            layout << ExportColumn { column.key, column.heading };
    }
    const QString path = temp.folder() + QStringLiteral("/return.xlsx");
    const qint64 written = exporter.write(report, filter, path, layout);
    QVERIFY(test::fileBytes(path).startsWith("PK")); // a zip, not CSV
    QVERIFY(isPrivate(path));

    const test::XlsxSheet sheet = test::readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.title, displayName(report));
    const QStringList headings = exporter.preview(report, filter, layout, 0).headings;
    const QList<QList<CsvCell>> rows = typedRows(temp.db(), report, filter, layout);
    QCOMPARE(qint64(rows.size()), written);
    QVERIFY(written > 0);
    QCOMPARE(sheet.rows.size(), rows.size() + 1);

    // The header: bold, frozen, with a filter over every column and row.
    QCOMPARE(sheet.rows.at(0).size(), headings.size());
    for (int column = 0; column < headings.size(); ++column) {
        const test::XlsxCell &cell = sheet.rows.at(0).at(column);
        QCOMPARE(cell.type, QStringLiteral("text"));
        QCOMPARE(cell.value, headings.at(column));
        QVERIFY(cell.bold);
    }
    QCOMPARE(sheet.freeze, QStringLiteral("A2"));
    QCOMPARE(
        sheet.filter,
        QStringLiteral("A1:%1%2").arg(columnLetters(int(headings.size()))).arg(rows.size() + 1));

    for (int row = 0; row < rows.size(); ++row) {
        const QList<test::XlsxCell> &got = sheet.rows.at(row + 1);
        QCOMPARE(got.size(), rows.at(row).size());
        for (int column = 0; column < got.size(); ++column) {
            const QString problem = mismatch(rows.at(row).at(column), got.at(column));
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("row %1, %2: %3")
                                    .arg(row + 2)
                                    .arg(headings.at(column), problem)));
            QVERIFY(!got.at(column).bold);
        }
    }
}

void TestXlsxExport::codesKeepTheirLeadingZerosAndFreeTextItsGuard()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    giveBenALeadingZero(temp.db(), w);
    const QList<ExportColumn> layout = {
        { QStringLiteral("participant_name"), QStringLiteral("Participant") },
        { QStringLiteral("school_urn"), QStringLiteral("URN") },
        { QStringLiteral("la_code"), QStringLiteral("LA code") },
        { QStringLiteral("trn"), QStringLiteral("TRN") },
        { QStringLiteral("role"), QStringLiteral("Role") },
        { QStringLiteral("sessions_held"), QStringLiteral("Held") },
        { QStringLiteral("attendance_pct"), QStringLiteral("Attendance %") },
        { QStringLiteral("completed"), QStringLiteral("Completed") },
    };
    const QString path = temp.folder() + QStringLiteral("/participants.xlsx");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Participants, {}, path, layout), 3);
    const test::XlsxSheet sheet = test::readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    auto cell = [&](int row, int column) { return sheet.rows.at(row).at(column); };
    // Amy Aspen: her role would run as a formula; the guard is kept, as text.
    QCOMPARE(cell(2, 0).value, QStringLiteral("Amy Aspen"));
    QCOMPARE(cell(2, 4).type, QStringLiteral("text"));
    QCOMPARE(cell(2, 4).value, QStringLiteral("'=HYPERLINK(\"http://x\")"));
    // Ben Beech: URN, LA code and TRN are text, the TRN's leading zero kept.
    QCOMPARE(cell(3, 0).value, QStringLiteral("Ben Beech"));
    QCOMPARE(cell(3, 1).type, QStringLiteral("text"));
    QCOMPARE(cell(3, 1).value, QStringLiteral("100002"));
    QCOMPARE(cell(3, 2).type, QStringLiteral("text"));
    QCOMPARE(cell(3, 2).value, QStringLiteral("380"));
    QCOMPARE(cell(3, 3).type, QStringLiteral("text"));
    QCOMPARE(cell(3, 3).value, QStringLiteral("0123456"));
    QCOMPARE(cell(3, 5).type, QStringLiteral("number"));
    QCOMPARE(cell(3, 5).value, QStringLiteral("3"));
    QCOMPARE(cell(3, 6).type, QStringLiteral("number"));
    QCOMPARE(cell(3, 6).value, QStringLiteral("66.7"));
    QCOMPARE(cell(3, 6).format, QStringLiteral("0.0"));
    QCOMPARE(cell(3, 7).value, QStringLiteral("N"));

    // Dates and times in the Schools and Sessions returns.
    const QString schools = temp.folder() + QStringLiteral("/schools.xlsx");
    Exporter(temp.db()).write(ReportKind::Schools, {}, schools,
                              { { QStringLiteral("school_name"), QStringLiteral("School") },
                                { QStringLiteral("joined_on"), QStringLiteral("Joined") } });
    const test::XlsxSheet joined = test::readXlsx(schools);
    QCOMPARE(joined.rows.at(1).at(1).type, QStringLiteral("date"));
    QCOMPARE(joined.rows.at(1).at(1).value, QStringLiteral("2024-09-01"));
    const QString sessions = temp.folder() + QStringLiteral("/sessions.xlsx");
    Exporter(temp.db()).write(ReportKind::Sessions, {}, sessions,
                              { { QStringLiteral("date"), QStringLiteral("Date") },
                                { QStringLiteral("start"), QStringLiteral("Start") } });
    const test::XlsxSheet times = test::readXlsx(sessions);
    QCOMPARE(times.rows.at(1).at(0).value, QStringLiteral("2024-09-16"));
    QCOMPARE(times.rows.at(1).at(1).type, QStringLiteral("time"));
    QCOMPARE(times.rows.at(1).at(1).value, QStringLiteral("13:30"));
}

void TestXlsxExport::cancelledOrFailedLeavesTheOldFileAndNoOther()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString folder = temp.folder() + QStringLiteral("/returns");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/schools.xlsx");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the return sent last term");
    }
    const Exporter exporter(temp.db());
    ExportControl stop;
    int asked = 0;
    stop.cancelRequested = [&asked] { return ++asked == 2; }; // after the first row
    QVERIFY_THROWS_EXCEPTION(ExportCancelled,
                             exporter.write(ReportKind::Schools, {}, path, {}, {}, stop));
    QCOMPARE(test::fileBytes(path), QByteArray("the return sent last term"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({ "schools.xlsx" }));

    // A layout naming a column the report lacks: refused before anything is written.
    QVERIFY_THROWS_EXCEPTION(
        ExportError,
        exporter.write(ReportKind::Schools, {}, path,
                       { { QStringLiteral("no_such"), QStringLiteral("X") } }));
    QCOMPARE(test::fileBytes(path), QByteArray("the return sent last term"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({ "schools.xlsx" }));

    // A folder that is not there.
    QVERIFY_THROWS_EXCEPTION(
        ExportError,
        exporter.write(ReportKind::Schools, {}, folder + QStringLiteral("/missing/schools.xlsx")));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/missing")));

    // Written: the old file replaced whole, private to its owner, nothing else left.
    QCOMPARE(exporter.write(ReportKind::Schools, {}, path), 2);
    QVERIFY(test::fileBytes(path).startsWith("PK"));
    QVERIFY(isPrivate(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({ "schools.xlsx" }));
    QCOMPARE(test::readXlsx(path).rows.size(), 3);
}

void TestXlsxExport::theExtensionChoosesTheFormat()
{
    QCOMPARE(exportFormatFor(QStringLiteral("/tmp/a.xlsx")), ExportFormat::Xlsx);
    QCOMPARE(exportFormatFor(QStringLiteral("/tmp/A.XLSX")), ExportFormat::Xlsx);
    QCOMPARE(exportFormatFor(QStringLiteral("/tmp/a.csv")), ExportFormat::Csv);
    QCOMPARE(exportFormatFor(QStringLiteral("/tmp/a.xls")), ExportFormat::Csv);
    QCOMPARE(exportFormatFor(QStringLiteral("/tmp/xlsx")), ExportFormat::Csv);
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString csv = temp.folder() + QStringLiteral("/schools.csv");
    Exporter(temp.db()).write(ReportKind::Schools, {}, csv);
    QCOMPARE(test::fileBytes(csv),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/schools.csv"))));
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
