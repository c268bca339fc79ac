// hubregister user add|role|remove|list as a hub's administrator runs them: refused on a file,
// which has no users; in the suite's server run, logins made, changed and removed on the test
// server, the password taken from the environment, never the command line.
#include "ProgramRun.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
using Run = test::ProgramRun;

Run run(const QStringList &arguments, const QString &password = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HUBREGISTER_USER_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("HUBREGISTER_USER_PASSWORD"), password);
    return test::runProgram(arguments, environment);
}

qint64 number(const QString &address, const QString &sql)
{
    auto db = Database::open(address, Database::Access::ReadOnly);
    SqlQuery query(*db, sql);
    return query.scalar().toLongLong();
}
} // namespace

class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void aFileHasNoUsers()
    {
        if (test::testserver::inUse())
            QSKIP("About a file; the file run has it.");
        QTemporaryDir dir;
        const QString hub = dir.filePath(QStringLiteral("hub.sqlite"));
        for (const QStringList &command :
             { QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
                             QStringLiteral("--role"), QStringLiteral("reader") },
               QStringList { QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("ann"),
                             QStringLiteral("admin") },
               QStringList { QStringLiteral("user"), QStringLiteral("remove"),
                             QStringLiteral("ann") },
               QStringList { QStringLiteral("user"), QStringLiteral("list") } }) {
            const Run refused = run(command + QStringList { QStringLiteral("--database"), hub },
                                    QStringLiteral("secret"));
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(
                         QLatin1String("users and roles are kept by a hub server; a file is one "
                                       "person's")),
                     qPrintable(refused.err));
            // Refused before opening: no file is made.
            QVERIFY(!QFile::exists(hub));
        }
    }

    void aWrongCommandLineIsNamed()
    {
        const QString address = QStringLiteral("postgresql://office@127.0.0.1:1/northhub");
        const Run badRole = run({ QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("ann"), QStringLiteral("--role"),
                                  QStringLiteral("boss"), QStringLiteral("--database"), address });
        QCOMPARE(badRole.exitCode, 64);
        QVERIFY2(badRole.err.contains(QStringLiteral("“boss” is not a role")),
                 qPrintable(badRole.err));
        const Run noRole = run({ QStringLiteral("user"), QStringLiteral("add"),
                                 QStringLiteral("ann"), QStringLiteral("--database"), address });
        QCOMPARE(noRole.exitCode, 64);
        QVERIFY(noRole.err.contains(QLatin1String("--role")));
        const Run badLogin
            = run({ QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("Ann Smith"),
                    QStringLiteral("--database"), address });
        QCOMPARE(badLogin.exitCode, 64);
        QVERIFY2(badLogin.err.contains(QStringLiteral("“Ann Smith” is not a login name")),
                 qPrintable(badLogin.err));
    }

    void loginsAreAddedChangedAndRemovedOnTheServer()
    {
        if (!test::testserver::inUse())
            QSKIP("Needs the test server: the suite's _pgsql run has it.");
        const QString hub = test::testserver::createHubDatabase();
        {
            auto db = Database::open(hub);
            execSql(*db,
                    QStringLiteral("INSERT INTO people (uuid, first_name, last_name, "
                                   "created_at, updated_at) VALUES ('lead-person', 'Lena', "
                                   "'Lead', '2026-11-24T10:00:00.000Z', "
                                   "'2026-11-24T10:00:00.000Z')"));
        }
        const qint64 person
            = number(hub, QStringLiteral("SELECT id FROM people WHERE uuid = 'lead-person'"));
        const QString login = QStringLiteral("cli_lead_%1").arg(QCoreApplication::applicationPid());
        const QStringList where { QStringLiteral("--database"), hub };

        const Run noPassword
            = run(QStringList { QStringLiteral("user"), QStringLiteral("add"), login,
                                QStringLiteral("--role"), QStringLiteral("lead"),
                                QStringLiteral("--person"), QString::number(person) }
                  + where);
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("HUBREGISTER_USER_PASSWORD")),
                 qPrintable(noPassword.err));

        const Run added = run(QStringList { QStringLiteral("user"), QStringLiteral("add"), login,
                                            QStringLiteral("--role"), QStringLiteral("lead"),
                                            QStringLiteral("--person"), QString::number(person) }
                                  + where,
                              QStringLiteral("a long pass phrase"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run listed
            = run(QStringList { QStringLiteral("user"), QStringLiteral("list") } + where);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QStringLiteral("%1\tlead\t%2\n").arg(login).arg(person));
        // The password reached the server as a verifier, never as itself.
        QVERIFY(number(hub,
                       QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = '%1' "
                                      "AND rolpassword LIKE 'SCRAM-SHA-256$4096:%'")
                           .arg(login))
                == 1);

        const Run changed = run(QStringList { QStringLiteral("user"), QStringLiteral("role"), login,
                                              QStringLiteral("reader") }
                                + where);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(number(hub,
                        QStringLiteral("SELECT count(*) FROM hub_access.hub_users WHERE "
                                       "login = '%1' AND role = 'reader'")
                            .arg(login)),
                 1);

        const Run again = run(QStringList { QStringLiteral("user"), QStringLiteral("add"), login,
                                            QStringLiteral("--role"), QStringLiteral("admin") }
                                  + where,
                              QStringLiteral("another"));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("There is already a login “%1”").arg(login)),
                 qPrintable(again.err));

        const Run removed
            = run(QStringList { QStringLiteral("user"), QStringLiteral("remove"), login } + where);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(
            number(hub,
                   QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
            0);
        const Run gone
            = run(QStringList { QStringLiteral("user"), QStringLiteral("remove"), login } + where);
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.contains(QStringLiteral("“%1” is not a user of this hub").arg(login)),
                 qPrintable(gone.err));
        test::testserver::dropDatabase(hub);
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
