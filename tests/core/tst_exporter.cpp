#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "database/StoreError.h"
#include "export/ExportError.h"
#include "export/Exporter.h"
#include "records/ExportTemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace hubreg;

namespace {
// A report whose database gives out after two rows.
class FailingReport : public Report
{
public:
    using Report::Report;
    ReportKind kind() const override { return ReportKind::Sessions; }
    QList<ReportColumn> columns(const ExportFilter &) const override
    {
        return { ReportColumn {
            QStringLiteral("n"), QStringLiteral("N"), CsvCellKind::Number, {}, {} } };
    }
    QList<ExportColumn> defaultLayout() const override
    {
        return { { QStringLiteral("n"), QStringLiteral("N") } };
    }
    void rows(const ExportFilter &,
              const std::function<bool(const QList<CsvCell> &)> &row) const override
    {
        row({ CsvCell::number(1) });
        row({ CsvCell::number(2) });
        throw StoreError(StoreError::Kind::Io, QStringLiteral("The disk reported an error."));
    }
};
} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void writesBomCrlfAndGuardsFreeText();
    void failureKeepsTheFileThatWasThere();
    void refusesUnknownColumns();
    void reportsAFileThatCannotBeWritten();
    void previewStopsAtTheRowsAsked();
    void usesASavedTemplate();
    void writesWithoutBomWhenAsked();
    void neverWritesOverTheDatabaseOrABackup();
    void writesAPrivateFile();
};

void TestExporter::writesBomCrlfAndGuardsFreeText()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/out.csv");
    Exporter(temp.db()).write(ReportKind::Participants, {}, path,
                              { { QStringLiteral("role"), QStringLiteral("Role") },
                                { QStringLiteral("joined_on"), QStringLiteral("=Joined") } });
    const QByteArray bytes = test::fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 4);
    QCOMPARE(bytes.count('\n'), 4); // no bare LF anywhere
    QVERIFY(bytes.contains("'=Joined"));
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
}

void TestExporter::failureKeepsTheFileThatWasThere()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/return.csv");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last term's return\r\n");
    }
    const QStringList before = QDir(temp.folder()).entryList(QDir::Files);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             Exporter(temp.db()).write(FailingReport(temp.db()), {}, path));
    QCOMPARE(test::fileBytes(path), QByteArray("last term's return\r\n"));
    QCOMPARE(QDir(temp.folder()).entryList(QDir::Files), before); // no half-written file left
}

void TestExporter::refusesUnknownColumns()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/x.csv");
    try {
        Exporter(temp.db()).write(ReportKind::Schools, {}, path,
                                  { { QStringLiteral("shoe_size"), QStringLiteral("Shoes") } });
        QFAIL("an unknown column is refused");
    } catch (const ExportError &e) {
        QVERIFY(e.message().contains(QLatin1String("shoe_size")));
        QVERIFY(e.message().contains(QLatin1String("Schools")));
    }
    QVERIFY(!QFile::exists(path));
    // The register's session group is known even before any session exists.
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Register, {}, path), 0);
}

void TestExporter::reportsAFileThatCannotBeWritten()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/no/such/folder/x.csv");
    try {
        Exporter(temp.db()).write(ReportKind::Sessions, {}, path);
        QFAIL("a missing folder is an error");
    } catch (const ExportError &e) {
        QVERIFY(e.message().startsWith(QLatin1String("x.csv")));
    }
}

void TestExporter::previewStopsAtTheRowsAsked()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const Exporter exporter(temp.db());
    const ExportPreview preview = exporter.preview(ReportKind::Sessions, {}, {}, 2);
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.headings.size(), exporter.defaultLayout(ReportKind::Sessions).size());
    QCOMPARE(preview.headings.first(), QStringLiteral("Work Group"));
    QCOMPARE(exporter.preview(ReportKind::Sessions, {}, {}, 0).rows.size(), 0);
    QVERIFY(exporter.availableColumns(ReportKind::Sessions, {}).size() > preview.headings.size());
}

void TestExporter::usesASavedTemplate()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    ExportTemplate t;
    t.report = ReportKind::Schools;
    t.name = QStringLiteral("NCETM summer");
    t.columns = { { QStringLiteral("completed"), QStringLiteral("Engaged") },
                  { QStringLiteral("school_urn"), QStringLiteral("URN") } };
    ExportTemplateStore(temp.db()).save(t);
    const auto saved
        = ExportTemplateStore(temp.db()).find(ReportKind::Schools, QStringLiteral("NCETM summer"));
    const QString path = temp.folder() + QStringLiteral("/summer.csv");
    Exporter(temp.db()).write(ReportKind::Schools, {}, path, saved->columns);
    QCOMPARE(test::fileBytes(path),
             QByteArray("\xEF\xBB\xBF"
                        "Engaged,URN\r\nY,100001\r\nN,100002\r\n"));
}

void TestExporter::writesWithoutBomWhenAsked()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    CsvWriteOptions options;
    options.byteOrderMark = false;
    const QString path = temp.folder() + QStringLiteral("/plain.csv");
    Exporter(temp.db()).write(ReportKind::Schools, {}, path,
                              { { QStringLiteral("school_urn"), QStringLiteral("URN") } }, options);
    QCOMPARE(test::fileBytes(path), QByteArray("URN\r\n100001\r\n100002\r\n"));
}

void TestExporter::neverWritesOverTheDatabaseOrABackup()
{
    test::TempDatabase temp;
    if (temp.db().isServer())
        QSKIP("About the file and its backups folder; a server's hub has neither beside it.");
    test::buildHandCheckedHub(temp.db());
    const QString backup
        = QDir(Backup::folderFor(temp.path())).filePath(QStringLiteral("b.sqlite"));
    Backup::copyVerified(temp.db(), backup);
    temp.db().checkpoint();
    const QString link = QDir(temp.folder()).filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(temp.path(), link));
    const QString dangling = QDir(temp.folder()).filePath(QStringLiteral("dangling.csv"));
    QVERIFY(QFile::link(temp.path() + QStringLiteral("-journal"), dangling));
    const QStringList targets = {
        temp.path(),
        link,
        temp.path() + QStringLiteral("-wal"),
        temp.path() + QStringLiteral("-journal"),
        temp.path() + QStringLiteral(".lock"),
        dangling,
        backup,
        QDir(Backup::folderPath(temp.path())).filePath(QStringLiteral("new.csv")),
    };
    for (const QString &target : targets) {
        const QByteArray before = test::fileBytes(target);
        const bool existed = QFileInfo::exists(target) || QFileInfo(target).isSymLink();
        try {
            Exporter(temp.db()).write(ReportKind::Schools, {}, target);
            QFAIL(qPrintable(QStringLiteral("wrote over %1").arg(target)));
        } catch (const ExportError &error) {
            QVERIFY2(error.message().contains(QFileInfo(target).fileName()),
                     qPrintable(error.message()));
        }
        QCOMPARE(test::fileBytes(target), before);
        QCOMPARE(QFileInfo::exists(target) || QFileInfo(target).isSymLink(), existed);
    }
    QVERIFY(!QFileInfo::exists(temp.path() + QStringLiteral("-journal")));
    QCOMPARE(test::dumpContents(temp.db()).isEmpty(), false);
}

void TestExporter::writesAPrivateFile()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString fresh = QDir(temp.folder()).filePath(QStringLiteral("participants.csv"));
    Exporter(temp.db()).write(ReportKind::Participants, {}, fresh);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(fresh) & others, QFileDevice::Permissions());
    // A return written over an older one that others could read is private from then on.
    const QString old = QDir(temp.folder()).filePath(QStringLiteral("old.csv"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("last term\r\n");
    }
    QVERIFY(QFile::setPermissions(old, QFile::permissions(old) | QFileDevice::ReadOther));
    Exporter(temp.db()).write(ReportKind::Participants, {}, old);
    QCOMPARE(QFile::permissions(old) & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
