// `hubregister pack`, `open-pack` and `merge`, run as a script runs them: passphrases from a
// file or the environment (never an argument), exit statuses, what ends up in both files.
#include "ExchangeTestHelpers.h"
#include "ProgramRun.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace hubreg;
using namespace hubreg::test;

namespace {
// The test hub's Work Groups are of 2024/25, long past by the real clock the program runs on:
// named, they are sent all the same.
const QStringList kGroups { QStringLiteral("--workgroup"), QStringLiteral("TEST-01"),
                            QStringLiteral("--workgroup"), QStringLiteral("TEST-02") };

using Run = test::ProgramRun;

QString privateFile(const QString &path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    return (QFileInfo(path).permissions() & others) ? QStringLiteral("readable by others")
                                                    : QStringLiteral("private");
}
} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aRoundTripThroughTheCommandLine();
    void passphrasesNeverComeFromArguments();
    void refusalsExitWithTwo();
    void aRefusedFirstPackLeavesNoCopy();
    void deletionsPastTheGuardNeedConfirming();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &environment = {});
    QString writeSecret(const QString &name, const QString &secret);
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ExchangeSides> m_sides;
};

void TestCliExchange::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_sides = std::make_unique<ExchangeSides>();
    m_sides->hub->checkpoint();
    m_sides->hub.reset(); // the program takes it from here
}

Run TestCliExchange::run(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    QProcessEnvironment env = test::environmentAt(*m_home);
    env.remove(QStringLiteral("HUBREGISTER_PASSPHRASE"));
    env.remove(QStringLiteral("HUBREGISTER_PACK_CODE"));
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        env.insert(it.key(), it.value());
    // No terminal to ask on (standard input ends at once): a missing passphrase is an error,
    // never a wait.
    return test::runProgram(arguments, env, {}, 300000);
}

QString TestCliExchange::writeSecret(const QString &name, const QString &secret)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(secret.toUtf8() + "\n");
    return path;
}

void TestCliExchange::aRoundTripThroughTheCommandLine()
{
    ExchangeSides &sides = *m_sides;
    const QString hubSecret = writeSecret(QStringLiteral("hub.txt"), kHubPassphrase);
    const QString pack1 = m_home->filePath(QStringLiteral("to-lena-1.hubpack"));
    Run made = run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail, kGroups.at(0),
                     kGroups.at(1), kGroups.at(2), kGroups.at(3), QStringLiteral("-o"), pack1,
                     QStringLiteral("--passphrase-file"), hubSecret, QStringLiteral("--database"),
                     sides.hubPath });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QStringLiteral("Pack 1 for Lena Lead (TEST-01, TEST-02)")),
             qPrintable(made.out));
    const auto code
        = QRegularExpression(QStringLiteral("by email: ([0-9A-Z-]{23})")).match(made.out);
    QVERIFY2(code.hasMatch(), qPrintable(made.out));
    QCOMPARE(privateFile(pack1), QStringLiteral("private"));

    // The Lead: the code by phone, a passphrase of her own, from the environment.
    const QMap<QString, QString> lead {
        { QStringLiteral("HUBREGISTER_PACK_CODE"), code.captured(1) },
        { QStringLiteral("HUBREGISTER_PASSPHRASE"), kLeadPassphrase }
    };
    Run opened = run(
        { QStringLiteral("open-pack"), pack1, QStringLiteral("--database"), sides.leadPath }, lead);
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err + opened.out));
    QVERIFY2(opened.out.contains(QStringLiteral("pack 1 from Test Maths Hub")),
             qPrintable(opened.out));
    QCOMPARE(privateFile(sides.leadPath), QStringLiteral("private"));

    // Offline edits on both sides of the same session's date.
    {
        sides.hub = Database::open(sides.hubPath);
        sides.lead = Database::open(sides.leadPath);
        Session atLead
            = *SessionStore(*sides.lead)
                   .find(sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
        atLead.date = QDate(2024, 11, 19);
        SessionStore(*sides.lead).update(atLead);
        Session atHub = *SessionStore(*sides.hub).find(sides.w.sessions.at(2));
        atHub.date = QDate(2024, 11, 26);
        SessionStore(*sides.hub).update(atHub);
        sides.hub.reset();
        sides.lead.reset();
    }
    const QString back = m_home->filePath(QStringLiteral("from-lena-1.hubpack"));
    Run returned = run({ QStringLiteral("pack"), QStringLiteral("--to-hub"), QStringLiteral("-o"),
                         back, QStringLiteral("--database"), sides.leadPath },
                       lead);
    QVERIFY2(returned.exitCode == 0, qPrintable(returned.err));
    QVERIFY2(returned.out.contains(QStringLiteral("Return 1 for Test Maths Hub")),
             qPrintable(returned.out));

    const QByteArray before = hubState(sides.hubPath);
    const QMap<QString, QString> hub { { QStringLiteral("HUBREGISTER_PASSPHRASE"),
                                         kHubPassphrase } };
    Run dry = run({ QStringLiteral("merge"), back, QStringLiteral("--dry-run"),
                    QStringLiteral("--database"), sides.hubPath },
                  hub);
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(
        dry.out.contains(QStringLiteral("conflict: Session 3 of Work Group TEST-01, Date: base "
                                        "11/11/2024; hub 26/11/2024; Lead 19/11/2024 (undecided)")),
        qPrintable(dry.out));
    Run undecided
        = run({ QStringLiteral("merge"), back, QStringLiteral("--database"), sides.hubPath }, hub);
    QCOMPARE(undecided.exitCode, 1);
    QVERIFY2(undecided.err.contains(QStringLiteral("not decided yet")), qPrintable(undecided.err));
    QVERIFY2(undecided.out.contains(QStringLiteral("(undecided)")), qPrintable(undecided.out));
    QCOMPARE(hubState(sides.hubPath), before);

    Run merged = run({ QStringLiteral("merge"), back, QStringLiteral("--theirs"),
                       QStringLiteral("--database"), sides.hubPath },
                     hub);
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
    QVERIFY2(merged.out.contains(QStringLiteral("(the Lead's)")), qPrintable(merged.out));
    Run again = run({ QStringLiteral("merge"), back, QStringLiteral("--theirs"),
                      QStringLiteral("--database"), sides.hubPath },
                    hub);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already imported")), qPrintable(again.out));
    {
        auto db = Database::open(sides.hubPath, Database::Access::ReadOnly);
        QCOMPARE(SessionStore(*db).find(sides.w.sessions.at(2))->date, QDate(2024, 11, 19));
    }

    // The next pack carries the decision back.
    const QString pack2 = m_home->filePath(QStringLiteral("to-lena-2.hubpack"));
    QCOMPARE(run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail, kGroups.at(0),
                   kGroups.at(1), kGroups.at(2), kGroups.at(3), QStringLiteral("-o"), pack2,
                   QStringLiteral("--database"), sides.hubPath },
                 hub)
                 .exitCode,
             0);
    Run updated = run(
        { QStringLiteral("open-pack"), pack2, QStringLiteral("--database"), sides.leadPath }, lead);
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    sides.hub = Database::open(sides.hubPath, Database::Access::ReadOnly);
    sides.lead = Database::open(sides.leadPath, Database::Access::ReadOnly);
    QCOMPARE(
        exchangedContents(*sides.lead, { QStringLiteral("TEST-01"), QStringLiteral("TEST-02") }),
        exchangedContents(*sides.hub, { QStringLiteral("TEST-01"), QStringLiteral("TEST-02") }));
}

void TestCliExchange::passphrasesNeverComeFromArguments()
{
    const QString pack = m_home->filePath(QStringLiteral("p.hubpack"));
    Run argument = run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail,
                         kGroups.at(0), kGroups.at(1), kGroups.at(2), kGroups.at(3),
                         QStringLiteral("-o"), pack, QStringLiteral("--passphrase"), kHubPassphrase,
                         QStringLiteral("--database"), m_sides->hubPath });
    QCOMPARE(argument.exitCode, 64);
    QVERIFY(!QFile::exists(pack));
    Run none = run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail, kGroups.at(0),
                     kGroups.at(1), kGroups.at(2), kGroups.at(3), QStringLiteral("-o"), pack,
                     QStringLiteral("--database"), m_sides->hubPath });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("HUBREGISTER_PASSPHRASE")), qPrintable(none.err));
    Run wrong = run(
        { QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail, kGroups.at(0),
          kGroups.at(1), kGroups.at(2), kGroups.at(3), QStringLiteral("-o"), pack,
          QStringLiteral("--database"), m_sides->hubPath },
        { { QStringLiteral("HUBREGISTER_PASSPHRASE"), QStringLiteral("not the passphrase") } });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("not the hub's exchange passphrase")),
             qPrintable(wrong.err));
    QVERIFY(!QFile::exists(pack));
}

void TestCliExchange::refusalsExitWithTwo()
{
    const QString hub = m_sides->hubPath;
    const QMap<QString, QString> secret { { QStringLiteral("HUBREGISTER_PASSPHRASE"),
                                            kHubPassphrase } };
    const QString notAPack = writeSecret(QStringLiteral("list.csv"), QStringLiteral("URN,Name"));
    Run refused
        = run({ QStringLiteral("merge"), notAPack, QStringLiteral("--database"), hub }, secret);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("“list.csv” is not a HubRegister pack")),
             qPrintable(refused.err));
    Run unknown
        = run({ QStringLiteral("pack"), QStringLiteral("--lead"),
                QStringLiteral("nobody@example.org"), QStringLiteral("-o"),
                m_home->filePath(QStringLiteral("x.hubpack")), QStringLiteral("--database"), hub },
              secret);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("No one with the email address")),
             qPrintable(unknown.err));
    Run notTheirs
        = run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail,
                QStringLiteral("--workgroup"), QStringLiteral("OTHER-01"), QStringLiteral("-o"),
                m_home->filePath(QStringLiteral("x.hubpack")), QStringLiteral("--database"), hub },
              secret);
    QCOMPARE(notTheirs.exitCode, 2);
    QVERIFY2(notTheirs.err.contains(QStringLiteral("is not led by Lena Lead")),
             qPrintable(notTheirs.err));
    QCOMPARE(run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail,
                   QStringLiteral("--database"), hub })
                 .exitCode,
             64);
    QCOMPARE(run({ QStringLiteral("merge"), notAPack, QStringLiteral("--theirs"),
                   QStringLiteral("--ours"), QStringLiteral("--database"), hub })
                 .exitCode,
             64);
    QCOMPARE(
        run({ QStringLiteral("pack"), QStringLiteral("--to-hub"), QStringLiteral("-o"),
              m_home->filePath(QStringLiteral("x.hubpack")), QStringLiteral("--database"), hub },
            secret)
            .exitCode,
        2);
}

void TestCliExchange::aRefusedFirstPackLeavesNoCopy()
{
    const QString pack = m_home->filePath(QStringLiteral("first.hubpack"));
    QCOMPARE(run({ QStringLiteral("pack"), QStringLiteral("--lead"), kLeadEmail, kGroups.at(0),
                   kGroups.at(1), kGroups.at(2), kGroups.at(3), QStringLiteral("-o"), pack,
                   QStringLiteral("--database"), m_sides->hubPath },
                 { { QStringLiteral("HUBREGISTER_PASSPHRASE"), kHubPassphrase } })
                 .exitCode,
             0);
    const QString copy = m_home->filePath(QStringLiteral("copy.sqlite"));
    Run wrongCode = run(
        { QStringLiteral("open-pack"), pack, QStringLiteral("--database"), copy },
        { { QStringLiteral("HUBREGISTER_PACK_CODE"), QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD") },
          { QStringLiteral("HUBREGISTER_PASSPHRASE"), kLeadPassphrase } });
    QCOMPARE(wrongCode.exitCode, 2);
    QVERIFY2(wrongCode.err.contains(QStringLiteral("That code does not open")),
             qPrintable(wrongCode.err));
    QVERIFY(!QFile::exists(copy));
}

void TestCliExchange::deletionsPastTheGuardNeedConfirming()
{
    // Twelve marks at the hub, all cleared in the Lead's copy.
    ExchangeSides &sides = *m_sides;
    sides.hub = Database::open(sides.hubPath);
    sides.hub->setClock(&sides.hubClock);
    for (int s = 1; s < 4; ++s)
        for (RecordId participant :
             { sides.w.participantA1, sides.w.participantA2, sides.w.participantB1 }) {
            AttendanceRecord mark;
            mark.sessionId = sides.w.sessions.at(s);
            mark.participantId = participant;
            AttendanceStore(*sides.hub).setMark(mark);
        }
    sides.startExchange();
    for (const AttendanceRecord &mark :
         AttendanceStore(*sides.lead)
             .marksForWorkGroup(sides.inLead(QStringLiteral("work_groups"), sides.w.workGroupId)))
        AttendanceStore(*sides.lead).clearMark(mark.sessionId, mark.participantId);
    const QString back = sides.sendToHub();
    sides.hub.reset();
    const QMap<QString, QString> secret { { QStringLiteral("HUBREGISTER_PASSPHRASE"),
                                            kHubPassphrase } };
    const QByteArray before = hubState(sides.hubPath);
    Run asked = run({ QStringLiteral("merge"), back, QStringLiteral("--database"), sides.hubPath },
                    secret);
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains(QStringLiteral("--confirm-deletions")), qPrintable(asked.err));
    QCOMPARE(hubState(sides.hubPath), before);
    Run confirmed = run({ QStringLiteral("merge"), back, QStringLiteral("--confirm-deletions"),
                          QStringLiteral("--database"), sides.hubPath },
                        secret);
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY2(confirmed.out.contains(QStringLiteral("12 deleted")), qPrintable(confirmed.out));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
