// The backups that still hold an erased person: found, dated (when the rotation removes each),
// rewritten without them (verified, same name and date) or deleted.
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "database/IntegrityCheck.h"
#include "database/Restore.h"
#include "privacy/BackupCopies.h"
#include "privacy/Erasure.h"
#include "privacy/PrivateFile.h"
#include "records/PersonStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace hubreg;

namespace {

QString copyPath(const test::TempDatabase &temp, const QString &name)
{
    return QDir(Backup::folderPath(temp.path())).filePath(name);
}

bool holdsBytes(const QString &path, const QByteArray &text)
{
    return test::fileBytes(path).contains(text);
}

// Daily copies on 01/10, 02/10 and 03/10/2024, one taken by hand, with Ann in all of them.
QStringList takeCopies(test::TempDatabase &temp)
{
    QStringList paths;
    for (int day = 1; day <= 3; ++day) {
        temp.clock().setNow(QDateTime(QDate(2024, 10, day), QTime(9, 0), Qt::UTC));
        paths << Backup::dailyIfDue(temp.db(), Backup::kDefaultDailyKept);
    }
    const QString byHand = copyPath(temp, QStringLiteral("test-20241003-100000.sqlite"));
    Backup::copyVerified(temp.db(), byHand);
    paths << byHand;
    return paths;
}

} // namespace

class TestBackupCopies : public QObject
{
    Q_OBJECT

private slots:
    void findsTheCopiesHoldingThemAndWhenTheyGo();
    void rewritesACopyWithoutThem();
    void deletesACopy();
    void aDamagedCopyMayHoldAnyoneAndIsOnlyDeleted();
    void exportsNeverOverwriteTheDatabaseOrABackup();
};

void TestBackupCopies::findsTheCopiesHoldingThemAndWhenTheyGo()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QStringList paths = takeCopies(temp);
    const Person ann = *PersonStore(temp.db()).find(w.personA1);
    // Someone added after every copy is in none of them.
    Person late;
    late.firstName = QStringLiteral("Lottie");
    late.lastName = QStringLiteral("Late");
    PersonStore(temp.db()).add(late);
    QVERIFY(Erasure(temp.db()).erase({ w.personA1, late.id }));

    QList<BackupCopy> copies = BackupCopies::holding(temp.db(), { ann.uuid });
    QCOMPARE(copies.size(), 4);
    QStringList found;
    for (const BackupCopy &copy : copies) {
        found << copy.path;
        QVERIFY(copy.searched);
        QCOMPARE(copy.holds, QList<QUuid>({ ann.uuid }));
    }
    for (const QString &path : paths)
        QVERIFY2(found.contains(QFileInfo(path).absoluteFilePath()), qPrintable(path));
    QVERIFY(BackupCopies::holding(temp.db(), { late.uuid }).isEmpty());

    // Today is 03/10/2024 and today's daily copy exists, so the next is on 04/10 at the
    // earliest; the newest of ten kept goes once ten newer exist: on 13/10.
    QHash<QString, BackupCopy> byName;
    for (const BackupCopy &copy : copies)
        byName.insert(copy.fileName(), copy);
    QCOMPARE(byName.value(QStringLiteral("test-daily-20241003.sqlite")).goneBy,
             QDate(2024, 10, 13));
    QCOMPARE(byName.value(QStringLiteral("test-daily-20241001.sqlite")).goneBy,
             QDate(2024, 10, 11));
    const BackupCopy byHand = byName.value(QStringLiteral("test-20241003-100000.sqlite"));
    QCOMPARE(byHand.kind, BackupCopy::Kind::Taken);
    QVERIFY(!byHand.goneBy.isValid());
    QVERIFY(byHand.describe().contains(QLatin1String("kept until deleted")));
    QVERIFY(byName.value(QStringLiteral("test-daily-20241001.sqlite"))
                .describe()
                .contains(QLatin1String("the rotation removes it on 11/10/2024 at the earliest")));
    // Fewer kept, sooner gone.
    temp.db().setSetting(QLatin1String(Backup::kDailyKeptSetting), QStringLiteral("3"));
    copies = BackupCopies::holding(temp.db(), { ann.uuid });
    for (const BackupCopy &copy : copies) {
        if (copy.fileName() == QLatin1String("test-daily-20241001.sqlite"))
            QCOMPARE(copy.goneBy, QDate(2024, 10, 4));
    }
}

void TestBackupCopies::rewritesACopyWithoutThem()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QStringList paths = takeCopies(temp);
    const Person ann = *PersonStore(temp.db()).find(w.personA1);
    const auto outcome = Erasure(temp.db()).erase({ w.personA1 });
    QVERIFY(outcome);
    const QString label = outcome->plan.people.first().label;
    const QList<BackupCopy> copies = BackupCopies::holding(temp.db(), { ann.uuid });
    const BackupCopy first = copies.last();
    QVERIFY(holdsBytes(first.path, "ann.ash@example.org"));
    const QDateTime taken = QFileInfo(first.path).lastModified();

    BackupCopies::rewrite(temp.db(), first, { ann.uuid });

    QVERIFY(!holdsBytes(first.path, "ann.ash@example.org"));
    QVERIFY(!holdsBytes(first.path, "Ash"));
    QCOMPARE(QFileInfo(first.path).lastModified(), taken);
    QCOMPARE(QFile::permissions(first.path)
                 & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    QVERIFY(IntegrityCheck::run(first.path).intact);
    QCOMPARE(BackupCopies::holding(temp.db(), { ann.uuid }).size(), copies.size() - 1);
    // Nothing is left beside it, and the rest of it is as it was: a restore of it works and
    // gives her the same label as the file does.
    QCOMPARE(QDir(Backup::folderPath(temp.path()))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                 .size(),
             paths.size());
    const QString restored = temp.folder() + QStringLiteral("/restored.sqlite");
    QVERIFY(QFile::copy(first.path, restored));
    auto db = Database::open(restored);
    SqlQuery again(*db,
                   QStringLiteral("SELECT last_name, erased_at IS NOT NULL FROM people WHERE "
                                  "uuid = :uuid"));
    again.bind(QStringLiteral(":uuid"), ann.uuid.toString(QUuid::WithoutBraces)).exec();
    QVERIFY(again.next());
    QCOMPARE(again.value(0).toString(), label);
    QVERIFY(again.value(1).toBool());
    QCOMPARE(test::rowCount(*db, QStringLiteral("attendance_marks")),
             test::rowCount(temp.db(), QStringLiteral("attendance_marks")));
    QCOMPARE(PersonStore(*db).count(), 2);
}

void TestBackupCopies::deletesACopy()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    takeCopies(temp);
    const Person ann = *PersonStore(temp.db()).find(w.personA1);
    QVERIFY(Erasure(temp.db()).erase({ w.personA1 }));
    const QList<BackupCopy> copies = BackupCopies::holding(temp.db(), { ann.uuid });
    BackupCopies::remove(copies.first());
    QVERIFY(!QFileInfo::exists(copies.first().path));
    QCOMPARE(BackupCopies::holding(temp.db(), { ann.uuid }).size(), copies.size() - 1);
}

void TestBackupCopies::aDamagedCopyMayHoldAnyoneAndIsOnlyDeleted()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const Person ann = *PersonStore(temp.db()).find(w.personA1);
    const QString kept = Restore::keepDamaged(temp.path(), temp.clock().nowUtc());
    QFile file(kept);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(1000));
    file.close();
    QVERIFY(Erasure(temp.db()).erase({ w.personA1 }));
    const QList<BackupCopy> copies = BackupCopies::holding(temp.db(), { ann.uuid });
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().kind, BackupCopy::Kind::Damaged);
    QVERIFY(!copies.first().searched);
    QVERIFY(copies.first().describe().contains(QLatin1String("may hold them")));
    const auto error = test::storeErrorFrom(
        [&] { BackupCopies::rewrite(temp.db(), copies.first(), { ann.uuid }); });
    QVERIFY(error);
    QCOMPARE(QFileInfo(kept).size(), 1000);
    BackupCopies::remove(copies.first());
    QVERIFY(BackupCopies::holding(temp.db(), { ann.uuid }).isEmpty());
}

void TestBackupCopies::exportsNeverOverwriteTheDatabaseOrABackup()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QStringList paths = takeCopies(temp);
    const QString other = temp.folder() + QStringLiteral("/other.sqlite");
    Backup::copyVerified(temp.db(), other);
    for (const QString &refused :
         { temp.path(), temp.path() + QStringLiteral("-wal"), temp.path() + QStringLiteral(".lock"),
           paths.first(), copyPath(temp, QStringLiteral("new.pdf")), other, temp.folder(),
           temp.folder() + QStringLiteral("/./test.sqlite") }) {
        const auto error
            = test::storeErrorFrom([&] { PrivateFile::checkTarget(temp.db(), refused); });
        QVERIFY2(error, qPrintable(refused));
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    }
#ifdef Q_OS_UNIX
    // A FIFO is refused at once, not opened (which would wait for a writer for ever).
    const QString fifo = temp.folder() + QStringLiteral("/export.fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const auto fifoError = test::storeErrorFrom([&] { PrivateFile::checkTarget(temp.db(), fifo); });
    QVERIFY(fifoError);
    QCOMPARE(fifoError->kind(), StoreError::Kind::Invalid);
#endif
    const QString fine = temp.folder() + QStringLiteral("/export.json");
    PrivateFile::checkTarget(temp.db(), fine);

    // Written whole and private, also over a file that was readable by others.
    QFile old(fine);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QFile::setPermissions(fine,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    const QString second = temp.folder() + QStringLiteral("/export.pdf");
    PrivateFile::write({ { fine, "{}" }, { second, "%PDF" } });
    QCOMPARE(test::fileBytes(fine), QByteArray("{}"));
    QCOMPARE(test::fileBytes(second), QByteArray("%PDF"));
    for (const QString &path : { fine, second })
        QCOMPARE(QFile::permissions(path)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    // A folder that does not exist: nothing is written, not even the first file.
    const QString third = temp.folder() + QStringLiteral("/third.json");
    const auto error = test::storeErrorFrom([&] {
        PrivateFile::write(
            { { third, "x" }, { temp.folder() + QStringLiteral("/no/such.pdf"), "y" } });
    });
    QVERIFY(error);
    QVERIFY(!QFileInfo::exists(third));
}

QTEST_GUILESS_MAIN(TestBackupCopies)
#include "tst_backupcopies.moc"
