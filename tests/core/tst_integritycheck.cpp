#include "TestSupport.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/IntegrityCheck.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QtEndian>

using namespace hubreg;

namespace {

void damage(const QString &path)
{
    QVERIFY(test::damageMiddle(path));
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace

// A damaged file is found before anything reads or writes it, and a good backup is found to
// put in its place.
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactFileIsIntact();
    void damageInTheMiddleIsFound();
    void openWithCheckRefusesADamagedFileAndLeavesIt();
    void openWithCheckCreatesANewFile();
    void somethingElseIsNotIntact();
    void latestGoodBackupPassesOverBadOnes();

private:
    std::unique_ptr<test::TempDatabase> m_temp;
};

void TestIntegrityCheck::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    ScaleOptions options;
    options.shareDivisor = 400; // 130 schools, 75 Work Groups and their registers: ~1 MB
    ScaleGenerator::populate(m_temp->db(), options);
    m_temp->db().checkpoint();
}

void TestIntegrityCheck::intactFileIsIntact()
{
    const IntegrityReport report = IntegrityCheck::run(m_temp->path());
    QVERIFY(report.intact);
    QVERIFY(report.problems.isEmpty());
    QVERIFY(report.message().isEmpty());
    QVERIFY(IntegrityCheck::run(m_temp->path(), IntegrityCheck::Depth::Full).intact);
}

void TestIntegrityCheck::damageInTheMiddleIsFound()
{
    m_temp->close();
    damage(m_temp->path());
    const QByteArray damaged = test::fileBytes(m_temp->path());
    for (const auto depth : { IntegrityCheck::Depth::Quick, IntegrityCheck::Depth::Full }) {
        const IntegrityReport report = IntegrityCheck::run(m_temp->path(), depth);
        QVERIFY(!report.intact);
        QVERIFY(!report.problems.isEmpty());
        QVERIFY(report.problems.size() <= IntegrityCheck::kProblemsKept);
        QVERIFY2(report.message().contains(QDir::toNativeSeparators(m_temp->path())),
                 qPrintable(report.message()));
        QVERIFY(report.message().contains(QLatin1String("is damaged")));
    }
    QCOMPARE(test::fileBytes(m_temp->path()), damaged); // looking changed nothing
}

void TestIntegrityCheck::openWithCheckRefusesADamagedFileAndLeavesIt()
{
    m_temp->close();
    damage(m_temp->path());
    const QByteArray damaged = test::fileBytes(m_temp->path());
    for (const auto access : { Database::Access::ReadWrite, Database::Access::ReadOnly }) {
        try {
            Database::open(m_temp->path(), access, Database::Check::Quick);
            QFAIL("a damaged file was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(m_temp->path())),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(test::fileBytes(m_temp->path()), damaged);
    QVERIFY(!QFileInfo::exists(m_temp->path() + QStringLiteral(".lock")));
    QVERIFY(!QFileInfo::exists(m_temp->path() + QStringLiteral("-wal"))
            || QFileInfo(m_temp->path() + QStringLiteral("-wal")).size() == 0);
}

void TestIntegrityCheck::openWithCheckCreatesANewFile()
{
    const QString path = QDir(m_temp->folder()).filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path, Database::Access::ReadWrite, Database::Check::Quick);
    QVERIFY(db->schemaVersion() > 0);
    db.reset();
    QVERIFY(Database::open(path, Database::Access::ReadWrite, Database::Check::Quick));
}

void TestIntegrityCheck::somethingElseIsNotIntact()
{
    const QString text = QDir(m_temp->folder()).filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QVERIFY(!IntegrityCheck::run(text).intact);
    QVERIFY(!IntegrityCheck::run(text).problems.isEmpty());
    const IntegrityReport missing
        = IntegrityCheck::run(QDir(m_temp->folder()).filePath(QStringLiteral("gone.sqlite")));
    QVERIFY(!missing.intact);
}

void TestIntegrityCheck::latestGoodBackupPassesOverBadOnes()
{
    QVERIFY(Backup::latestGood(m_temp->path()).isEmpty()); // no backups yet
    QStringList made; // oldest first
    for (int day = 1; day <= 4; ++day) {
        m_temp->clock().setNow(QDateTime(QDate(2025, 3, day), QTime(8, 0), Qt::UTC));
        made << Backup::dailyIfDue(m_temp->db(), 10);
        setModified(made.last(), QDateTime(QDate(2025, 3, day), QTime(8, 0), Qt::UTC));
    }
    QCOMPARE(Backup::allBackups(m_temp->path()),
             (QStringList { made.at(3), made.at(2), made.at(1), made.at(0) }));
    QCOMPARE(Backup::latestGood(m_temp->path()), made.at(3));

    // The newest is damaged, the one before was written by a newer HubRegister (schema 99).
    damage(made.at(3));
    setModified(made.at(3), QDateTime(QDate(2025, 3, 4), QTime(8, 0), Qt::UTC));
    {
        QFile newer(made.at(2));
        QVERIFY(newer.open(QIODevice::ReadWrite));
        QVERIFY(newer.seek(60)); // the header's user_version: our schema version
        uchar version[4];
        qToBigEndian<quint32>(99, version);
        newer.write(reinterpret_cast<const char *>(version), 4);
    }
    setModified(made.at(2), QDateTime(QDate(2025, 3, 3), QTime(8, 0), Qt::UTC));
    QCOMPARE(Backup::latestGood(m_temp->path()), made.at(1));

    damage(made.at(1));
    damage(made.at(0));
    QVERIFY(Backup::latestGood(m_temp->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
