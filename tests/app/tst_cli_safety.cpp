// The command line attacked as an unlucky user and a careful attacker would: writing over the
// open database, restoring an empty backup, reading a damaged file as if it were whole, input
// from a pipe, escape sequences in a file, codes that name nothing. Each must end in a clear
// refusal with the hub's data as it was, or in a complete answer.
#include "ProgramRun.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "records/SchoolStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

Run run(const QStringList &arguments, const QByteArray &input = {})
{
    return test::runProgram(arguments, QProcessEnvironment::systemEnvironment(), input);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int schoolCount(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return SchoolStore(*db).count();
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportNeverWritesOverTheDatabase();
    void exportNeverWritesIntoTheBackups();
    void exportNeverWritesOverAnotherDatabase();
    void exportedReturnsArePrivate();
    void restoreRefusesAnEmptyBackup();
    void restoreRefusesToReplaceWhatIsNotAHubFile();
    void restoreKeepsTheFileItReplaces();
    void exportRefusesADamagedFile();
    void backupRefusesAFileOnlyTheFullCheckFindsDamaged();
    void backupNeverMakesFolders();
    void backupsInTheSameSecondBothKept();
    void importFromStandardInput();
    void escapeSequencesAreNeverEchoed();
    void controlCharactersStoredEarlierAreShownNotActedOn();
    void unknownCodesAreErrors();
    void everyRowRejectedIsAnError();

private:
    QString database() const { return m_dir->filePath(QStringLiteral("hub.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_bytes;
};

void TestCliSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    {
        auto db = Database::open(database());
        test::buildSmallWorkGroup(*db);
        db->checkpoint();
    }
    m_bytes = test::fileBytes(database());
}

void TestCliSafety::exportNeverWritesOverTheDatabase()
{
    const Run over
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"),
                database(), QStringLiteral("--database"), database() });
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(QLatin1String("hub.sqlite")), qPrintable(over.err));
    QCOMPARE(test::fileBytes(database()), m_bytes);
    QCOMPARE(schoolCount(database()), 2);

    // The same through a link to it, and through a second name of the same file.
    const QString link = m_dir->filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(database(), link));
    const Run through
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), link,
                QStringLiteral("--database"), database() });
    QCOMPARE(through.exitCode, 2);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::fileBytes(database()), m_bytes);
    QCOMPARE(schoolCount(database()), 2);
}

void TestCliSafety::exportNeverWritesIntoTheBackups()
{
    const Run backup = run({ QStringLiteral("backup"), QStringLiteral("--database"), database() });
    QCOMPARE(backup.exitCode, 0);
    const QStringList backups = Backup::allBackups(database());
    QCOMPARE(backups.size(), 1);
    const QByteArray kept = test::fileBytes(backups.first());
    const Run over
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"),
                backups.first(), QStringLiteral("--database"), database() });
    QCOMPARE(over.exitCode, 2);
    QCOMPARE(test::fileBytes(backups.first()), kept);
    const QString beside = QDir(Backup::folderPath(database())).filePath(QStringLiteral("x.csv"));
    const Run into
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), beside,
                QStringLiteral("--database"), database() });
    QCOMPARE(into.exitCode, 2);
    QVERIFY(!QFileInfo::exists(beside));
}

void TestCliSafety::exportNeverWritesOverAnotherDatabase()
{
    const QString other = m_dir->filePath(QStringLiteral("recipes.db"));
    test::writeForeignSqlite(other);
    const QByteArray before = test::fileBytes(other);
    const Run over = run({ QStringLiteral("export"), QStringLiteral("schools"),
                           QStringLiteral("-o"), other, QStringLiteral("--database"), database() });
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(QLatin1String("recipes.db")), qPrintable(over.err));
    QCOMPARE(test::fileBytes(other), before);
    // An ordinary file is replaced as before.
    const QString old = m_dir->filePath(QStringLiteral("schools.csv"));
    QVERIFY(write(old, "last week's return\r\n"));
    const Run replaced
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), old,
                QStringLiteral("--database"), database() });
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(test::fileBytes(old).contains("Alder Primary School"));
}

void TestCliSafety::exportedReturnsArePrivate()
{
    const QString target = m_dir->filePath(QStringLiteral("participants.csv"));
    const Run exported
        = run({ QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("-o"),
                target, QStringLiteral("--database"), database() });
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QFile::permissions(target)
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestCliSafety::restoreRefusesAnEmptyBackup()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(write(empty, {}));
    const Run zero
        = run({ QStringLiteral("restore"), empty, QStringLiteral("--database"), database() });
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains(QLatin1String("empty.sqlite")), qPrintable(zero.err));
    QCOMPARE(schoolCount(database()), 2);

    // An SQLite file with nothing in it is no backup of a hub either.
    const QString bare = m_dir->filePath(QStringLiteral("bare.sqlite"));
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        connection.setDatabaseName(bare);
        QVERIFY(connection.open());
        QSqlQuery(connection).exec(QStringLiteral("VACUUM"));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    QVERIFY(QFileInfo(bare).size() > 0);
    const Run nothing
        = run({ QStringLiteral("restore"), bare, QStringLiteral("--database"), database() });
    QCOMPARE(nothing.exitCode, 2);
    QCOMPARE(schoolCount(database()), 2);
    QCOMPARE(test::fileBytes(database()), m_bytes);
}

void TestCliSafety::restoreRefusesToReplaceWhatIsNotAHubFile()
{
    const Run backup = run({ QStringLiteral("backup"), QStringLiteral("-o"),
                             m_dir->filePath(QStringLiteral("good.sqlite")),
                             QStringLiteral("--database"), database() });
    QCOMPARE(backup.exitCode, 0);
    const QString good = m_dir->filePath(QStringLiteral("good.sqlite"));

    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(write(text, "my notes\n"));
    const Run overText
        = run({ QStringLiteral("restore"), good, QStringLiteral("--database"), text });
    QCOMPARE(overText.exitCode, 2);
    QCOMPARE(test::fileBytes(text), QByteArray("my notes\n"));

    const QString foreign = m_dir->filePath(QStringLiteral("recipes.db"));
    test::writeForeignSqlite(foreign);
    const QByteArray foreignBytes = test::fileBytes(foreign);
    const Run overForeign
        = run({ QStringLiteral("restore"), good, QStringLiteral("--database"), foreign });
    QCOMPARE(overForeign.exitCode, 2);
    QCOMPARE(test::fileBytes(foreign), foreignBytes);

    // A file from a newer HubRegister: its schema version is past ours.
    const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(QFile::copy(database(), newer));
    {
        QFile file(newer);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(60)); // the header's user_version
        QCOMPARE(file.write(QByteArray("\0\0\x03\xe7", 4)), 4);
    }
    const QByteArray newerBytes = test::fileBytes(newer);
    const Run overNewer
        = run({ QStringLiteral("restore"), good, QStringLiteral("--database"), newer });
    QCOMPARE(overNewer.exitCode, 2);
    QCOMPARE(test::fileBytes(newer), newerBytes);
}

void TestCliSafety::restoreKeepsTheFileItReplaces()
{
    const QString good = m_dir->filePath(QStringLiteral("good.sqlite"));
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("-o"), good,
                   QStringLiteral("--database"), database() })
                 .exitCode,
             0);
    QString now;
    {
        auto db = Database::open(database());
        School late;
        late.urn = *Urn::fromInt(100003);
        late.name = QStringLiteral("Cedar Primary School");
        SchoolStore(*db).add(late);
        now = test::dumpContents(*db);
    }
    const Run restore
        = run({ QStringLiteral("restore"), good, QStringLiteral("--database"), database() });
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(schoolCount(database()), 2);
    const QStringList kept = QDir(Backup::folderPath(database()))
                                 .entryList({ QStringLiteral("*before-restore*.sqlite") });
    QCOMPARE(kept.size(), 1);
    QVERIFY2(restore.out.contains(kept.first()), qPrintable(restore.out));
    auto before = Database::open(QDir(Backup::folderPath(database())).filePath(kept.first()),
                                 Database::Access::ReadOnly);
    QCOMPARE(test::dumpContents(*before), now);
}

void TestCliSafety::exportRefusesADamagedFile()
{
    QVERIFY(test::damageIndexPage(database(), QStringLiteral("people_name")));
    const QString target = m_dir->filePath(QStringLiteral("schools.csv"));
    const Run exported
        = run({ QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("-o"), target,
                QStringLiteral("--database"), database() });
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains(QLatin1String("damaged")), qPrintable(exported.err));
    QVERIFY(!QFileInfo::exists(target));
    const Run info = run({ QStringLiteral("info"), QStringLiteral("--database"), database() });
    QCOMPARE(info.exitCode, 2);
    QVERIFY2(info.err.contains(QLatin1String("damaged")), qPrintable(info.err));
}

void TestCliSafety::backupRefusesAFileOnlyTheFullCheckFindsDamaged()
{
    QVERIFY(test::unsettleIndex(database(), QStringLiteral("schools_name")));
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--database"), database() }).exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--database"),
                   database() })
                 .exitCode,
             2);
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    const Run backup = run({ QStringLiteral("backup"), QStringLiteral("-o"), copy,
                             QStringLiteral("--database"), database() });
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains(QLatin1String("damaged")), qPrintable(backup.err));
    QVERIFY(!backup.out.contains(QLatin1String("verified")));
    QVERIFY(!QFileInfo::exists(copy));
}

void TestCliSafety::backupNeverMakesFolders()
{
    const QString target = m_dir->filePath(QStringLiteral("new/folder/copy.sqlite"));
    const Run backup = run({ QStringLiteral("backup"), QStringLiteral("-o"), target,
                             QStringLiteral("--database"), database() });
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains(QLatin1String("folder")), qPrintable(backup.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new"))));
}

void TestCliSafety::backupsInTheSameSecondBothKept()
{
    // Backups one after another, faster than a second apart: each is kept under its own name.
    for (int i = 0; i < 3; ++i) {
        const Run backup
            = run({ QStringLiteral("backup"), QStringLiteral("--database"), database() });
        QCOMPARE(backup.exitCode, 0);
    }
    QCOMPARE(Backup::allBackups(database()).size(), 3);
}

void TestCliSafety::importFromStandardInput()
{
    const QByteArray extract
        = test::fileBytes(test::testDataPath(QStringLiteral("gias/extract-a.csv")));
    const Run imported
        = run({ QStringLiteral("import"), QStringLiteral("gias"), QStringLiteral("/dev/stdin"),
                QStringLiteral("--database"), database() },
              extract);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QLatin1String("added")),
             qPrintable(imported.out + imported.err));
    QVERIFY(schoolCount(database()) > 2);
}

void TestCliSafety::escapeSequencesAreNeverEchoed()
{
    const QString extract = m_dir->filePath(QStringLiteral("escapes.csv"));
    QVERIFY(write(extract,
                  "URN,EstablishmentName\r\n"
                  "\x1b]0;owned\x07\x1b[2J100010,Clear Screen School\r\n"
                  "100011,\"Red \x1b[31mSchool\"\r\n"
                  "100012,Bell\x07 School\r\n"
                  "100013,Plain School\r\n"));
    const Run imported = run({ QStringLiteral("import"), QStringLiteral("gias"), extract,
                               QStringLiteral("--database"), database() });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(!imported.out.contains(QChar(0x1b)) && !imported.err.contains(QChar(0x1b))
                 && !imported.out.contains(QChar(0x07)),
             qPrintable(imported.out.toUtf8().toPercentEncoding(" :,()\n")));
    QVERIFY2(imported.out.contains(QLatin1String("\\x1B")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QLatin1String("1 added")), qPrintable(imported.out));
    // Only the plain school went in: a name with control characters is refused.
    auto db = Database::open(database(), Database::Access::ReadOnly);
    SqlQuery controls(*db,
                      QStringLiteral("SELECT count(*) FROM schools WHERE name GLOB "
                                     "'*[' || char(1) || '-' || char(31) || ']*'"));
    QCOMPARE(controls.scalar().toInt(), 0);
    QCOMPARE(SchoolStore(*db).count(), 3);
}

void TestCliSafety::controlCharactersStoredEarlierAreShownNotActedOn()
{
    // A file written by an older version, or by another program, may hold them already.
    {
        auto db = Database::open(database());
        execSql(*db,
                QStringLiteral("UPDATE schools SET name = 'Alder ' || char(27) || '[2J' || "
                               "char(10) || 'eligible' WHERE urn = 100001"));
    }
    const Run eligibility = run({ QStringLiteral("eligibility"), QStringLiteral("100001"),
                                  QStringLiteral("--programme"), QStringLiteral("TFM-DEV"),
                                  QStringLiteral("--database"), database() });
    QVERIFY2(eligibility.exitCode == 0 || eligibility.exitCode == 1, qPrintable(eligibility.err));
    QVERIFY2(!eligibility.out.contains(QChar(0x1b)), qPrintable(eligibility.out));
    QVERIFY2(eligibility.out.contains(QLatin1String("Alder \\x1B[2J\\x0Aeligible")),
             qPrintable(eligibility.out));
}

void TestCliSafety::unknownCodesAreErrors()
{
    const QString target = m_dir->filePath(QStringLiteral("return.csv"));
    for (const QString &option : { QStringLiteral("--workgroup"), QStringLiteral("--programme") }) {
        const Run exported = run({ QStringLiteral("export"), QStringLiteral("participants"),
                                   QStringLiteral("-o"), target, option, QStringLiteral("XYZ"),
                                   QStringLiteral("--database"), database() });
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains(QLatin1String("XYZ")), qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(target));
    }
    // Codes that exist, in any case, still export.
    const Run known = run({ QStringLiteral("export"), QStringLiteral("participants"),
                            QStringLiteral("-o"), target, QStringLiteral("--workgroup"),
                            QStringLiteral("test-01"), QStringLiteral("--programme"),
                            QStringLiteral("TFM-DEV"), QStringLiteral("--database"), database() });
    QCOMPARE(known.exitCode, 0);
    QVERIFY(test::fileBytes(target).contains("Ash"));
}

void TestCliSafety::everyRowRejectedIsAnError()
{
    const QString extract = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(write(extract, "URN,EstablishmentName\r\n12,Bad URN\r\nABCDEF,Worse URN\r\n"));
    const Run imported = run({ QStringLiteral("import"), QStringLiteral("gias"), extract,
                               QStringLiteral("--database"), database() });
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(QLatin1String("every row")), qPrintable(imported.err));
    QCOMPARE(schoolCount(database()), 2);
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
