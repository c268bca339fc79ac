// Personal data from a person's page, as an administrator does it: the subject access export
// (a PDF and JSON beside it), the erasure with its confirmation and the backups that hold the
// person, and the retention policy with its purge.
#include "GuiTest.h"
#include "StoreTestHelpers.h"
#include "common/PageHeader.h"
#include "database/Backup.h"
#include "people/BackupCopiesPanel.h"
#include "people/ErasePersonDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonPage.h"
#include "people/PersonTableModel.h"
#include "people/RetentionDialog.h"
#include "people/SubjectAccessDocument.h"
#include "privacy/SubjectAccess.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterPrinter.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsEverythingHeldFromThePersonPage();
    void exportRefusesToOverwriteTheDatabase();
    void erasesFromThePersonPageOnlyWhenConfirmed();
    void erasureRewritesTheBackupsHoldingThem();
    void retentionIsSetAndPurgedFromThePeoplePage();
    void registerPdfsAreWrittenPrivate();

private:
    PersonPage *openPersonPage(RecordId personId);
    void click(QWidget *parent, const QString &button);

    std::unique_ptr<test::WindowFixture> m_fixture;
    test::SmallWorkGroup m_group;
    QString m_backup;
};

void TestPersonalData::init()
{
    test::useTestSettings();
    m_fixture = std::make_unique<test::WindowFixture>([this](Database &db) {
        m_group = test::buildSmallWorkGroup(db);
        AttendanceStore attendance(db);
        for (RecordId session : m_group.sessions.mid(0, 2)) {
            for (RecordId participant :
                 { m_group.participantA1, m_group.participantA2, m_group.participantB1 }) {
                AttendanceRecord mark;
                mark.sessionId = session;
                mark.participantId = participant;
                mark.recordedBy = QStringLiteral("Lee Lead");
                attendance.setMark(mark);
            }
        }
        Person ann = *PersonStore(db).find(m_group.personA1);
        ann.trn = QStringLiteral("1234567");
        PersonStore(db).update(ann);
    });
    // A backup of the day, which holds Ann.
    m_backup = QDir(Backup::folderFor(m_fixture->path()))
                   .filePath(QStringLiteral("gui-20241001-090000.sqlite"));
    Backup::copyVerified(m_fixture->db(), m_backup);
}

void TestPersonalData::cleanup()
{
    m_fixture.reset();
}

PersonPage *TestPersonalData::openPersonPage(RecordId personId)
{
    MainWindow &window = m_fixture->window();
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    if (!people)
        return nullptr;
    const int row = people->model()->rowOf(personId);
    if (row < 0)
        return nullptr;
    people->table()->setCurrentIndex(people->table()->model()->index(row, 0));
    QTest::keyClick(people->table(), Qt::Key_Return);
    return qobject_cast<PersonPage *>(window.currentPage());
}

void TestPersonalData::click(QWidget *parent, const QString &button)
{
    auto *pushButton = test::child<QPushButton>(parent, button);
    QVERIFY(pushButton);
    QVERIFY2(pushButton->isEnabled(), qPrintable(button));
    QTest::mouseClick(pushButton, Qt::LeftButton);
}

void TestPersonalData::exportsEverythingHeldFromThePersonPage()
{
    PersonPage *page = openPersonPage(m_group.personA1);
    QVERIFY(page);
    const QString path = m_fixture->folder() + QStringLiteral("/ann-export.pdf");
    Prompter::setNextFileName(path);
    click(page, QStringLiteral("exportPersonalDataPushButton"));

    const QString json = m_fixture->folder() + QStringLiteral("/ann-export.json");
    QVERIFY(Prompter::lastMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(Prompter::lastMessage().contains(QDir::toNativeSeparators(json)));
    QVERIFY(test::fileBytes(path).startsWith("%PDF-"));
    QVERIFY(test::fileBytes(path).size() > 1000);
    for (const QString &written : { path, json })
        QCOMPARE(QFile::permissions(written)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    const QJsonObject data = QJsonDocument::fromJson(test::fileBytes(json)).object();
    QCOMPARE(
        data.value(QStringLiteral("person")).toObject().value(QStringLiteral("trn")).toString(),
        QStringLiteral("1234567"));
    QCOMPARE(data.value(QStringLiteral("backupsHoldingThem")).toArray().size(), 1);

    // What the PDF says: their details and marks, nobody else's.
    const QString text = [&] {
        QTextDocument document;
        document.setHtml(
            subjectaccess::html(SubjectAccess(m_fixture->db()).gather(m_group.personA1)));
        return document.toPlainText();
    }();
    QVERIFY(text.contains(QLatin1String("Personal data held about Ann Ash")));
    QVERIFY(text.contains(QLatin1String("ann.ash@example.org")));
    QVERIFY(text.contains(QLatin1String("Present (P)")));
    QVERIFY(text.contains(QLatin1String("16/09/2024")));
    QVERIFY(text.contains(QLatin1String("gui-20241001-090000.sqlite")));
    for (const QString &other :
         { QStringLiteral("Amy"), QStringLiteral("Beech"), QStringLiteral("Lee Lead") })
        QVERIFY2(!text.contains(other), qPrintable(other));
}

void TestPersonalData::exportRefusesToOverwriteTheDatabase()
{
    PersonPage *page = openPersonPage(m_group.personA1);
    QVERIFY(page);
    const QByteArray before = test::fileBytes(m_backup);
    Prompter::setNextFileName(m_backup);
    click(page, QStringLiteral("exportPersonalDataPushButton"));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("was not written")));
    QCOMPARE(test::fileBytes(m_backup), before);
    // Nothing new goes into the backups folder either.
    const QString inBackups = QFileInfo(m_backup).absolutePath() + QStringLiteral("/ann.pdf");
    Prompter::setNextFileName(inBackups);
    click(page, QStringLiteral("exportPersonalDataPushButton"));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("backups folder")));
    QVERIFY(!QFileInfo::exists(inBackups));
}

void TestPersonalData::erasesFromThePersonPageOnlyWhenConfirmed()
{
    PersonPage *page = openPersonPage(m_group.personB1);
    QVERIFY(page);
    m_fixture->window().undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    const QString before = test::dumpContents(m_fixture->db());

    click(page, QStringLiteral("erasePersonPushButton"));
    auto *dialog = test::openDialog<ErasePersonDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Ben Beech")));
    QVERIFY(dialog->goesText().contains(QLatin1String("Their name, email, phone, TRN")));
    QVERIFY(dialog->staysText().contains(
        QStringLiteral("Their 1 place(s) in Work Groups and 2 attendance mark(s), as “Erased "
                       "participant 1” of Birch Primary School (URN 100002)")));
    // Enter alone does not erase: Cancel is the default.
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(test::dumpContents(m_fixture->db()), before);
    QCOMPARE(m_fixture->window().undoStack()->count(), 1);

    click(page, QStringLiteral("erasePersonPushButton"));
    dialog = test::openDialog<ErasePersonDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QCOMPARE(dialog->backupsPanel()->copies().size(), 1);
    QCOMPARE(dialog->backupsPanel()->choice(), BackupCopiesPanel::Choice::Keep);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);

    QVERIFY(Prompter::lastMessage().contains(QLatin1String("Ben Beech is erased")));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("none of their names, emails or TRNs")));
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("1 backup(s) still hold")));
    const Person ben = *PersonStore(m_fixture->db()).find(m_group.personB1);
    QVERIFY(ben.isErased());
    QCOMPARE(WorkGroupStore(m_fixture->db()).participants(m_group.workGroupId).size(), 3);
    QCOMPARE(m_fixture->window().undoStack()->count(), 0);
    // The page now shows the anonymous participant, with nothing to edit or export.
    QCOMPARE(m_fixture->window().currentPage(), page);
    QCOMPARE(page->findChild<PageHeader *>()->title(), QStringLiteral("Erased participant 1"));
    QVERIFY(!test::child<QPushButton>(page, QStringLiteral("editPersonPushButton"))->isEnabled());
    QVERIFY(!test::child<QPushButton>(page, QStringLiteral("exportPersonalDataPushButton"))
                 ->isEnabled());
    QCOMPARE(page->attendanceTable()->model()->rowCount() > 0, true);
    // The People list leaves them out unless asked.
    MainWindow &window = m_fixture->window();
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    QCOMPARE(people->model()->rowOf(m_group.personB1), -1);
    test::child<QCheckBox>(people, QStringLiteral("showErasedCheckBox"))->setChecked(true);
    QVERIFY(people->model()->rowOf(m_group.personB1) >= 0);
}

void TestPersonalData::erasureRewritesTheBackupsHoldingThem()
{
    PersonPage *page = openPersonPage(m_group.personA1);
    QVERIFY(page);
    QVERIFY(test::fileBytes(m_backup).contains("ann.ash@example.org"));
    click(page, QStringLiteral("erasePersonPushButton"));
    auto *dialog = test::openDialog<ErasePersonDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QTest::mouseClick(
        test::child<QRadioButton>(dialog, QStringLiteral("rewriteBackupsRadioButton")),
        Qt::LeftButton);
    QCOMPARE(dialog->backupsPanel()->choice(), BackupCopiesPanel::Choice::Rewrite);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);

    QVERIFY(Prompter::lastMessage().contains(QLatin1String("1 backup(s) rewritten without them")));
    QVERIFY(QFileInfo::exists(m_backup));
    for (const QByteArray &gone :
         { QByteArray("ann.ash@example.org"), QByteArray("1234567"), QByteArray("Ash") })
        QVERIFY2(!test::fileBytes(m_backup).contains(gone), gone.constData());
    QVERIFY(test::fileBytes(m_backup).contains("Erased participant 1"));
    // Her page says so, and now offers only the backups, of which none holds her.
    QVERIFY(test::child<QPushButton>(page, QStringLiteral("erasePersonPushButton"))
                ->text()
                .remove(QLatin1Char('&'))
                .contains(QLatin1String("Backups")));
    click(page, QStringLiteral("erasePersonPushButton"));
    dialog = test::openDialog<ErasePersonDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QVERIFY(dialog->alreadyErased());
    QVERIFY(!dialog->eraseButton()->isEnabled());
    QVERIFY(test::child<QLabel>(dialog, QStringLiteral("noBackupsLabel")));
    dialog->reject();
}

void TestPersonalData::retentionIsSetAndPurgedFromThePeoplePage()
{
    // An old Work Group of 2016/17 with Ann only in it as well; Olga only there.
    Database &db = m_fixture->db();
    Person olga;
    olga.firstName = QStringLiteral("Olga");
    olga.lastName = QStringLiteral("Old");
    olga.schoolId = m_group.schoolA;
    PersonStore(db).add(olga);
    WorkGroupStore groups(db);
    WorkGroup old;
    old.hubId = m_group.hubId;
    old.programmeId = m_group.programmeId;
    old.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2016/17")).id;
    old.code = QStringLiteral("OLD-01");
    groups.add(old);
    SchoolEnrolment school;
    school.workGroupId = old.id;
    school.schoolId = m_group.schoolA;
    groups.enrolSchool(school);
    ParticipantEnrolment olgaThere;
    olgaThere.workGroupId = old.id;
    olgaThere.personId = olga.id;
    groups.enrolParticipant(olgaThere);

    MainWindow &window = m_fixture->window();
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    QVERIFY(people);
    click(people, QStringLiteral("retentionPushButton"));
    auto *dialog = test::openDialog<RetentionDialog>(&window);
    QVERIFY(dialog);
    QCOMPARE(dialog->yearsSpinBoxes().size(), 1);
    QCOMPARE(dialog->yearsSpinBoxes().first()->value(), 6);
    // 2016/17 ended on 31/08/2017; six years on is past by 01/10/2024.
    QCOMPARE(dialog->previewTable()->model()->rowCount(), 1);
    QCOMPARE(dialog->previewTable()->model()->index(0, 0).data().toString(),
             QStringLiteral("Olga Old"));
    // Eight years keeps her; the hub remembers it.
    dialog->yearsSpinBoxes().first()->setValue(8);
    QCOMPARE(dialog->previewTable()->model()->rowCount(), 0);
    QVERIFY(!dialog->purgeButton()->isEnabled());
    SqlQuery years(db, QStringLiteral("SELECT retention_years FROM hubs"));
    QCOMPARE(years.scalar().toInt(), 8);
    dialog->yearsSpinBoxes().first()->setValue(6);
    QCOMPARE(dialog->previewTable()->model()->rowCount(), 1);
    QCOMPARE(dialog->backupsPanel()->copies().size(), 0); // she was added after the backup

    Prompter::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->purgeButton(), Qt::LeftButton);
    QVERIFY(!PersonStore(db).find(olga.id)->isErased());
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->purgeButton(), Qt::LeftButton);
    QVERIFY(PersonStore(db).find(olga.id)->isErased());
    QVERIFY(Prompter::lastMessage().contains(QLatin1String("1 person(s) anonymised")));
    QCOMPARE(dialog->previewTable()->model()->rowCount(), 0);
    QVERIFY(!PersonStore(db).find(m_group.personA1)->isErased());
    dialog->reject();
}

void TestPersonalData::registerPdfsAreWrittenPrivate()
{
    const QString path = m_fixture->folder() + QStringLiteral("/register.pdf");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QFile::setPermissions(
        path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    QVERIFY(printing::savePdf(QStringLiteral("<p>Ann Ash</p>"), path, QPageLayout::Portrait));
    QVERIFY(test::fileBytes(path).startsWith("%PDF-"));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

QTEST_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
