#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "records/AttendanceStore.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace hubreg;

// A Lead taking a register may lose power or have the program killed at any moment: a mark
// reported saved must be there afterwards, and the file must be intact.
class TestRegisterCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoSavedMark();
};

void TestRegisterCrash::killedWriterLosesNoSavedMark()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(temp.db());
    const QString path = temp.path();
    temp.close();

    QRandomGenerator random(20240917); // fixed: the same kill moments on every run
    constexpr int kKills = 24;
    for (int kill = 0; kill < kKills; ++kill) {
        const int reportsBeforeKill = 1 + int(random.bounded(40u));
        QProcess writer;
        writer.start(QStringLiteral(MARKWRITER_EXECUTABLE),
                     { path, QString::number(group.sessions.at(0)),
                       QString::number(group.participantA1), QString::number(group.participantA2),
                       QString::number(group.participantB1) });
        QVERIFY(writer.waitForStarted());

        // The last mark reported saved for each participant, with the round it was made in.
        struct Saved
        {
            QChar code;
            int round = -1;
        };
        QHash<RecordId, Saved> saved;
        int reports = 0;
        QByteArray pending;
        while (reports < reportsBeforeKill) {
            QVERIFY2(writer.waitForReadyRead(60000),
                     qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            pending += writer.readAllStandardOutput();
            int newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                QCOMPARE(fields.value(0), QByteArray("saved"));
                saved[fields.value(1).toLongLong()]
                    = { QLatin1Char(fields.value(2).at(0)), fields.value(3).toInt() };
                ++reports;
            }
        }
        writer.kill(); // SIGKILL: no handler, no clean-up
        QVERIFY(writer.waitForFinished(60000));
        // Lines the writer printed after our last read were saved too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 4 && fields.at(0) == "saved")
                saved[fields.at(1).toLongLong()]
                    = { QLatin1Char(fields.at(2).at(0)), fields.at(3).toInt() };
        }

        auto db = Database::open(path);
        SqlQuery integrity(*db, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity.scalar().toString(), QStringLiteral("ok"));
        AttendanceStore marks(*db);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            const auto mark = marks.find(group.sessions.at(0), it.key());
            QVERIFY2(mark.has_value(),
                     qPrintable(QStringLiteral("kill %1: a saved mark is missing").arg(kill)));
            // The writer may have saved a later mark after its last report, never an earlier one.
            const int storedRound = mark->note.section(QLatin1Char(' '), 1).toInt();
            QVERIFY2(storedRound >= it.value().round, qPrintable(mark->note));
            if (storedRound == it.value().round)
                QCOMPARE(codeOf(mark->mark), it.value().code);
        }
        // Every stored mark is whole: a code of the register and, for S, a substitute.
        SqlQuery broken(
            *db,
            QStringLiteral(
                "SELECT count(*) FROM attendance_marks WHERE mark NOT IN "
                "('P','L','E','S','A','X','N') OR (mark = 'S' AND substitute_name = '')"));
        QCOMPARE(broken.scalar().toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(TestRegisterCrash)
#include "tst_registercrash.moc"
