// A file damaged in the middle is found after it is opened, reported plainly, and the latest good
// backup is offered in its place; the program never goes on writing to the damaged file.
#include "GuiTest.h"
#include "database/Backup.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"
#include "records/PersonStore.h"
#include "shell/DatabaseOpener.h"
#include "shell/IntegrityWatch.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>

using namespace hubreg;
using ui::Prompter;

class TestDamagedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void intactFileRaisesNothing();
    void latestGoodBackupIsPutInPlace();
    void decliningLeavesTheDamagedFileReadOnly();
    void withoutABackupTheFileIsOnlyLookedAt();

private:
    // Fills the file, takes a good backup, adds a person after it, closes and damages the file.
    void prepareDamagedFile(bool withBackup);
    std::unique_ptr<ui::MainWindow> openWindow();
    // The question about the damaged file has been asked (the check runs in a worker thread).
    bool waitForTheQuestion();

    std::unique_ptr<test::TempDatabase> m_temp;
    QString m_atBackup;
    QByteArray m_damaged;
    int m_messagesBefore = 0;
};

void TestDamagedFile::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    ScaleOptions options;
    options.shareDivisor = 400; // about 1 MB: the damage lands in records, not in the header
    ScaleGenerator::populate(m_temp->db(), options);
    m_temp->db().checkpoint();
    m_messagesBefore = Prompter::messageCount();
}

void TestDamagedFile::cleanup()
{
    m_temp.reset();
}

void TestDamagedFile::prepareDamagedFile(bool withBackup)
{
    if (withBackup) {
        Backup::dailyIfDue(m_temp->db(), Backup::kDefaultDailyKept);
        m_atBackup = test::dumpContents(m_temp->db());
    }
    Person late;
    late.lastName = QStringLiteral("Afterthebackup");
    PersonStore(m_temp->db()).add(late);
    m_temp->db().checkpoint();
    m_temp->close();
    QVERIFY(test::damageMiddle(m_temp->path()));
    m_damaged = test::fileBytes(m_temp->path());
}

std::unique_ptr<ui::MainWindow> TestDamagedFile::openWindow()
{
    std::unique_ptr<Database> db = ui::openDatabaseInteractively(nullptr, m_temp->path());
    if (!db)
        return nullptr;
    auto window = std::make_unique<ui::MainWindow>(std::move(db));
    window->show();
    return window;
}

bool TestDamagedFile::waitForTheQuestion()
{
    return QTest::qWaitFor([this] { return Prompter::messageCount() > m_messagesBefore; }, 30000);
}

void TestDamagedFile::intactFileRaisesNothing()
{
    m_temp->close();
    auto window = openWindow();
    QVERIFY(window);
    QSignalSpy intact(window->integrityWatch(), &ui::IntegrityWatch::intact);
    QSignalSpy damaged(window->integrityWatch(), &ui::IntegrityWatch::damaged);
    QVERIFY(window->integrityWatch()->isFinished() || intact.wait(30000));
    QCOMPARE(damaged.count(), 0);
    QCOMPARE(Prompter::messageCount(), m_messagesBefore);
    QVERIFY(!window->database().isReadOnly());
}

void TestDamagedFile::latestGoodBackupIsPutInPlace()
{
    prepareDamagedFile(true);
    Prompter::setNextAnswer(QMessageBox::Yes);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForTheQuestion());
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("is damaged")),
             qPrintable(Prompter::lastMessage()));
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("-daily-")));

    // The backup is in place and open for writing: the person added after it is gone.
    QVERIFY(!window->database().isReadOnly());
    QCOMPARE(test::dumpContents(window->database()), m_atBackup);
    // The damaged file is kept, byte for byte, private to the user, and not offered as a backup.
    const QStringList kept = QDir(Backup::folderFor(m_temp->path()))
                                 .entryList({ QFileInfo(m_temp->path()).completeBaseName()
                                              + QStringLiteral(".damaged-*.sqlite") });
    QCOMPARE(kept.size(), 1);
    const QString keptPath = QDir(Backup::folderFor(m_temp->path())).filePath(kept.first());
    QCOMPARE(test::fileBytes(keptPath), m_damaged);
    QCOMPARE(QFileInfo(keptPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!Backup::allBackups(m_temp->path()).contains(keptPath));

    // The restored file is checked in turn and found intact: nothing more is asked.
    const int asked = Prompter::messageCount();
    QSignalSpy intact(window->integrityWatch(), &ui::IntegrityWatch::intact);
    QVERIFY(window->integrityWatch()->isFinished() || intact.wait(30000));
    QCOMPARE(Prompter::messageCount(), asked);
}

void TestDamagedFile::decliningLeavesTheDamagedFileReadOnly()
{
    prepareDamagedFile(true);
    Prompter::setNextAnswer(QMessageBox::No);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForTheQuestion());
    QVERIFY(window->database().isReadOnly());
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
    // Looking again finds the same damage but asks nothing more.
    const int asked = Prompter::messageCount();
    QSignalSpy damaged(window->integrityWatch(), &ui::IntegrityWatch::damaged);
    QVERIFY(window->integrityWatch()->isFinished() || damaged.wait(30000));
    QCOMPARE(Prompter::messageCount(), asked);
    window.reset();
    QCOMPARE(test::fileBytes(m_temp->path()), m_damaged);
}

void TestDamagedFile::withoutABackupTheFileIsOnlyLookedAt()
{
    prepareDamagedFile(false);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForTheQuestion());
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("No good backup")));
    // Unanswered, the question takes its default: read-only.
    QVERIFY(window->database().isReadOnly());
    window.reset();
    QCOMPARE(test::fileBytes(m_temp->path()), m_damaged);
}

QTEST_MAIN(TestDamagedFile)
#include "tst_damagedfile.moc"
