// `hubregister person export|erase`, `hubregister purge` and `hubregister history`, run as a script
// runs them: exit statuses, what they say, and what ends up in the file and the backups folder.
#include "ProgramRun.h"
#include "TestSupport.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "privacy/Retention.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

bool isPrivate(const QString &path)
{
    return (QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
               | QFileDevice::WriteOther))
        == QFileDevice::Permissions();
}
} // namespace

class TestCliPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportWritesAPdfAndJsonBesideIt();
    void exportRefusals();
    void eraseAsksOrNeedsYes();
    void eraseRewritesOrDeletesTheBackups();
    void purgeListsThenAnonymises();
    void historyListsOrWritesTheTrail();
    void helpListsTheCommands();

private:
    Run run(const QStringList &arguments);
    QString database() const { return m_home->filePath(QStringLiteral("hub.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_home;
    test::SmallWorkGroup m_group;
    RecordId m_olga = 0;
};

void TestCliPersonalData::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    auto db = Database::open(database());
    m_group = test::buildSmallWorkGroup(*db);
    AttendanceRecord mark;
    mark.sessionId = m_group.sessions.first();
    mark.participantId = m_group.participantA1;
    AttendanceStore(*db).setMark(mark);
    // Olga took part only in 2010/11.
    Person olga;
    olga.firstName = QStringLiteral("Olga");
    olga.lastName = QStringLiteral("Old");
    olga.email = QStringLiteral("olga.old@example.org");
    olga.schoolId = m_group.schoolA;
    PersonStore(*db).add(olga);
    m_olga = olga.id;
    WorkGroupStore groups(*db);
    WorkGroup old;
    old.hubId = m_group.hubId;
    old.programmeId = m_group.programmeId;
    old.academicYearId = AcademicYearStore(*db).ensure(QStringLiteral("2010/11")).id;
    old.code = QStringLiteral("OLD-01");
    groups.add(old);
    SchoolEnrolment school;
    school.workGroupId = old.id;
    school.schoolId = m_group.schoolA;
    groups.enrolSchool(school);
    ParticipantEnrolment there;
    there.workGroupId = old.id;
    there.personId = olga.id;
    groups.enrolParticipant(there);
    Backup::copyVerified(
        *db,
        QDir(Backup::folderFor(database())).filePath(QStringLiteral("hub-20240101-090000.sqlite")));
}

Run TestCliPersonalData::run(const QStringList &arguments)
{
    QProcessEnvironment env = test::environmentAt(*m_home);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses its own
    return test::runProgram(arguments, env);
}

void TestCliPersonalData::exportWritesAPdfAndJsonBesideIt()
{
    const QString target = m_home->filePath(QStringLiteral("out/ann"));
    QDir().mkpath(m_home->filePath(QStringLiteral("out")));
    const Run result = run({ QStringLiteral("person"), QStringLiteral("export"),
                             QStringLiteral("ann.ash@example.org"), QStringLiteral("-o"), target,
                             QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString pdf = target + QStringLiteral(".pdf");
    const QString json = target + QStringLiteral(".json");
    QVERIFY(result.out.contains(QDir::toNativeSeparators(pdf)));
    QVERIFY(result.out.contains(QDir::toNativeSeparators(json)));
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF-"));
    QVERIFY(isPrivate(pdf));
    QVERIFY(isPrivate(json));
    const QJsonObject data = QJsonDocument::fromJson(test::fileBytes(json)).object();
    QCOMPARE(
        data.value(QStringLiteral("person")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("ann.ash@example.org"));
    QCOMPARE(data.value(QStringLiteral("workGroups")).toArray().size(), 1);
    QVERIFY(!test::fileBytes(json).contains("Beech"));
    // By number too, while nothing else changes the file.
    const QByteArray before = test::fileBytes(database());
    const Run byId
        = run({ QStringLiteral("person"), QStringLiteral("export"), QString::number(m_olga),
                QStringLiteral("-o"), m_home->filePath(QStringLiteral("olga.pdf")),
                QStringLiteral("--database"), database() });
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    QVERIFY(test::fileBytes(m_home->filePath(QStringLiteral("olga.json")))
                .contains("olga.old@example.org"));
    QCOMPARE(test::fileBytes(database()), before);
}

void TestCliPersonalData::exportRefusals()
{
    const QString backups = Backup::folderPath(database());
    Run result
        = run({ QStringLiteral("person"), QStringLiteral("export"),
                QStringLiteral("ann.ash@example.org"), QStringLiteral("-o"),
                backups + QStringLiteral("/ann.pdf"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("backups folder")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(backups + QStringLiteral("/ann.pdf")));
    result = run({ QStringLiteral("person"), QStringLiteral("export"),
                   QStringLiteral("nobody@example.org"), QStringLiteral("-o"),
                   m_home->filePath(QStringLiteral("x.pdf")), QStringLiteral("--database"),
                   database() });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("nobody@example.org")));
    result
        = run({ QStringLiteral("person"), QStringLiteral("export"),
                QStringLiteral("ann.ash@example.org"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
    result
        = run({ QStringLiteral("person"), QStringLiteral("forget"),
                QStringLiteral("ann.ash@example.org"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
}

void TestCliPersonalData::eraseAsksOrNeedsYes()
{
    Run result
        = run({ QStringLiteral("person"), QStringLiteral("erase"),
                QStringLiteral("ann.ash@example.org"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains(QLatin1String("--yes")));
    QVERIFY(result.out.contains(QLatin1String("What goes:")));
    QVERIFY(result.out.contains(QLatin1String("What stays:")));
    QVERIFY(result.out.contains(QLatin1String("hub-20240101-090000.sqlite")));
    {
        auto db = Database::open(database(), Database::Access::ReadOnly);
        QVERIFY(!PersonStore(*db).find(m_group.personA1)->isErased());
    }

    result = run({ QStringLiteral("person"), QStringLiteral("erase"),
                   QStringLiteral("ann.ash@example.org"), QStringLiteral("--yes"),
                   QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("the file now calls them “Erased participant 1”")));
    QVERIFY(result.out.contains(QLatin1String("none of their names, emails or TRNs remain")));
    QVERIFY(result.out.contains(QLatin1String("They are kept")));
    auto db = Database::open(database(), Database::Access::ReadOnly);
    const Person ann = *PersonStore(*db).find(m_group.personA1);
    QVERIFY(ann.isErased());
    QCOMPARE(WorkGroupStore(*db).participants(m_group.workGroupId).size(), 3);
    QVERIFY(!test::fileBytes(database()).contains("ann.ash@example.org"));
}

void TestCliPersonalData::eraseRewritesOrDeletesTheBackups()
{
    const QString backup = QDir(Backup::folderPath(database()))
                               .filePath(QStringLiteral("hub-20240101-090000.sqlite"));
    QVERIFY(test::fileBytes(backup).contains("ann.ash@example.org"));
    Run result = run({ QStringLiteral("person"), QStringLiteral("erase"),
                       QStringLiteral("ann.ash@example.org"), QStringLiteral("--yes"),
                       QStringLiteral("--backups"), QStringLiteral("rewrite"),
                       QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(
        QLatin1String("Rewritten without them and checked: hub-20240101-090000.sqlite")));
    QVERIFY(!test::fileBytes(backup).contains("ann.ash@example.org"));
    QVERIFY(test::fileBytes(backup).contains("ben.beech@example.org"));

    // Ben: erased first keeping the backups, then the backups deleted.
    result = run({ QStringLiteral("person"), QStringLiteral("erase"),
                   QStringLiteral("ben.beech@example.org"), QStringLiteral("--yes"),
                   QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFileInfo::exists(backup));
    // Now he has no email: he is found by number.
    result = run({ QStringLiteral("person"), QStringLiteral("erase"),
                   QString::number(m_group.personB1), QStringLiteral("--backups"),
                   QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--database"),
                   database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("was erased on")));
    QVERIFY(result.out.contains(QLatin1String("Deleted: hub-20240101-090000.sqlite")));
    QVERIFY(!QFileInfo::exists(backup));
    result = run({ QStringLiteral("person"), QStringLiteral("erase"),
                   QString::number(m_group.personB1), QStringLiteral("--backups"),
                   QStringLiteral("shred"), QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
}

void TestCliPersonalData::purgeListsThenAnonymises()
{
    // 2010/11 ended on 31/08/2011; this many years later is before today, while 2024/25 is
    // still kept for as long again.
    const int years = QDate::currentDate().year() - 2011 - 1;
    const QString olderThan = QString::number(years);
    const QByteArray before = test::fileBytes(database());
    Run result = run({ QStringLiteral("purge"), QStringLiteral("--older-than"), olderThan,
                       QStringLiteral("--dry-run"), QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("1 person(s) past the retention period")));
    QVERIFY(result.out.contains(QLatin1String("Olga Old")));
    QVERIFY(!result.out.contains(QLatin1String("Ann Ash")));
    QVERIFY(result.out.contains(QLatin1String("Dry run: nothing was changed.")));
    QCOMPARE(test::fileBytes(database()), before);

    result = run({ QStringLiteral("purge"), QStringLiteral("--older-than"), olderThan,
                   QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
    result = run({ QStringLiteral("purge"), QStringLiteral("--older-than"), olderThan,
                   QStringLiteral("--yes"), QStringLiteral("--database"), database() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("Anonymised 1 person(s).")));
    {
        auto db = Database::open(database(), Database::Access::ReadOnly);
        QVERIFY(PersonStore(*db).find(m_olga)->isErased());
        QVERIFY(!PersonStore(*db).find(m_group.personA1)->isErased());
    }
    result = run({ QStringLiteral("purge"), QStringLiteral("--older-than"), olderThan,
                   QStringLiteral("--dry-run"), QStringLiteral("--database"), database() });
    QVERIFY(result.out.contains(QLatin1String("Nobody is past the retention period.")));
    result = run({ QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("0"),
                   QStringLiteral("--database"), database() });
    QCOMPARE(result.exitCode, 64);
}

void TestCliPersonalData::historyListsOrWritesTheTrail()
{
    {
        auto db = Database::open(database());
        Person ann = *PersonStore(*db).find(m_group.personA1);
        ann.email = QStringLiteral("ann@example.org");
        PersonStore(*db).update(ann);
    }
    const QString id = QString::number(m_group.personA1);
    const Run listed = run({ QStringLiteral("history"), QStringLiteral("--person"), id,
                             QStringLiteral("--database"), database() });
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the change, then the insert
    QVERIFY2(lines.first().contains(QStringLiteral("email: ann.ash@example.org → ann@example.org")),
             qPrintable(listed.out));

    const QString csv = m_home->filePath(QStringLiteral("ann-history.csv"));
    const Run written
        = run({ QStringLiteral("history"), QStringLiteral("--person"), id, QStringLiteral("--out"),
                csv, QStringLiteral("--database"), database() });
    QCOMPARE(written.exitCode, 0);
    QVERIFY(isPrivate(csv));
    QVERIFY(test::fileBytes(csv).contains("email,ann.ash@example.org,ann@example.org"));

    const Run neither
        = run({ QStringLiteral("history"), QStringLiteral("--database"), database() });
    QCOMPARE(neither.exitCode, 64);
    const Run nobody = run({ QStringLiteral("history"), QStringLiteral("--person"),
                             QStringLiteral("999999"), QStringLiteral("--database"), database() });
    QCOMPARE(nobody.exitCode, 2);
}

void TestCliPersonalData::helpListsTheCommands()
{
    const Run result = run({ QStringLiteral("help") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("person export EMAIL|ID -o FILE.pdf")));
    QVERIFY(result.out.contains(QLatin1String("purge [--older-than YEARS] [--dry-run]")));
    QVERIFY(result.out.contains(QLatin1String("history --person ID|--school URN")));
}

QTEST_GUILESS_MAIN(TestCliPersonalData)
#include "tst_cli_personaldata.moc"
