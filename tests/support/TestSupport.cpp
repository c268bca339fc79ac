#include "TestSupport.h"

#include "TestServer.h"
#include "database/Catalogue.h"
#include "database/SqlQuery.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace hubreg::test {

TempDatabase::TempDatabase()
    : m_path(testserver::inUse() ? testserver::createHubDatabase()
                                 : m_dir.filePath(QStringLiteral("test.sqlite")))
    , m_clock(QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC))
{
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (ServerAddress::isServerAddress(m_path))
        testserver::dropDatabase(m_path);
}

void TempDatabase::reopen()
{
    m_db.reset();
    m_db = Database::open(m_path);
    m_db->setClock(&m_clock);
}

void TempDatabase::close()
{
    m_db.reset();
}

QString dumpContents(Database &db)
{
    return dumpContents(db, {});
}

QString dumpContents(Database &db, const QStringList &ignoredColumns)
{
    QString out;
    const QStringList names = catalogue::tables(db);
    for (const QString &table : names) {
        out += QStringLiteral("## %1\n").arg(table);
        SqlQuery rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        rows.exec();
        while (rows.next()) {
            QStringList fields;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (ignoredColumns.contains(record.fieldName(i)))
                    fields << QStringLiteral("*");
                else
                    fields << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                      : rows.value(i).toString());
            }
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool damageMiddle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 middle = file.size() / 2 / 4096 * 4096;
    constexpr int kDamaged = 16 * 1024;
    return middle > 4096 && file.seek(middle)
        && file.write(QByteArray(kDamaged, char(0xA5))) == kDamaged;
}

namespace {
// A plain SQLite connection, none of ours: it runs what our own would refuse.
template<typename Work> bool withRawConnection(const QString &path, Work work)
{
    const QString name = QStringLiteral("test-raw");
    bool done = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        if (connection.open()) {
            QSqlQuery query(connection);
            done = work(query);
            query.finish();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}
} // namespace

bool damageIndexPage(const QString &path, const QString &index)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    const bool found = withRawConnection(path, [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(index);
        if (!query.exec() || !query.next())
            return false;
        page = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return false;
        pageSize = query.value(0).toLongLong();
        return query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    if (!found || page < 2)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
        && file.write(QByteArray(pageSize, char(0x5A))) == pageSize;
}

bool unsettleIndex(const QString &path, const QString &index)
{
    return withRawConnection(path, [&](QSqlQuery &query) {
        if (!query.exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(index))
            || !query.next())
            return false;
        // The same index over another column: its entries no longer match the table.
        const QString sql = query.value(0).toString();
        const qsizetype open = sql.indexOf(QLatin1Char('('));
        const QString other = sql.left(open) + QStringLiteral("(id)");
        return query.exec(QStringLiteral("PRAGMA writable_schema = ON"))
            && query.exec(QStringLiteral("UPDATE sqlite_master SET sql = '%1' WHERE name = '%2'")
                              .arg(other, index))
            && query.exec(QStringLiteral("PRAGMA writable_schema = OFF"))
            && query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
}

QString testDataPath(const QString &name)
{
    return QDir(QStringLiteral(HUBREGISTER_TEST_DATA)).filePath(name);
}

SmallWorkGroup buildSmallWorkGroup(Database &db, int sessionCount)
{
    SmallWorkGroup w;
    Hub hub;
    hub.name = QStringLiteral("Test Maths Hub");
    HubStore(db).add(hub);
    w.hubId = hub.id;
    w.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("TFM-DEV"))->id;
    w.yearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;

    SchoolStore schools(db);
    School a;
    a.urn = *Urn::fromInt(100001);
    a.name = QStringLiteral("Alder Primary School");
    a.phase = QStringLiteral("Primary");
    schools.add(a);
    School b;
    b.urn = *Urn::fromInt(100002);
    b.name = QStringLiteral("Birch Primary School");
    b.phase = QStringLiteral("Primary");
    schools.add(b);
    w.schoolA = a.id;
    w.schoolB = b.id;

    PersonStore people(db);
    auto person = [&](const QString &first, const QString &last, RecordId school) {
        Person p;
        p.firstName = first;
        p.lastName = last;
        p.email
            = first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.org");
        p.schoolId = school;
        people.add(p);
        return p.id;
    };
    w.personA1 = person(QStringLiteral("Ann"), QStringLiteral("Ash"), a.id);
    w.personA2 = person(QStringLiteral("Amy"), QStringLiteral("Aspen"), a.id);
    w.personB1 = person(QStringLiteral("Ben"), QStringLiteral("Beech"), b.id);

    WorkGroupStore groups(db);
    WorkGroup wg;
    wg.hubId = hub.id;
    wg.programmeId = w.programmeId;
    wg.academicYearId = w.yearId;
    wg.code = QStringLiteral("TEST-01");
    wg.title = QStringLiteral("Test Development Work Group");
    wg.status = WorkGroupStatus::Running;
    groups.add(wg);
    w.workGroupId = wg.id;
    for (RecordId school : { a.id, b.id }) {
        SchoolEnrolment e;
        e.workGroupId = wg.id;
        e.schoolId = school;
        e.joinedOn = QDate(2024, 9, 1);
        groups.enrolSchool(e);
    }
    auto enrol = [&](RecordId personId) {
        ParticipantEnrolment e;
        e.workGroupId = wg.id;
        e.personId = personId;
        return groups.enrolParticipant(e).id;
    };
    w.participantA1 = enrol(w.personA1);
    w.participantA2 = enrol(w.personA2);
    w.participantB1 = enrol(w.personB1);

    SessionStore sessions(db);
    for (int i = 0; i < sessionCount; ++i) {
        Session s;
        s.workGroupId = wg.id;
        s.number = i + 1;
        s.date = QDate(2024, 9, 16).addDays(28 * i);
        s.startTime = QTime(13, 30);
        s.endTime = QTime(16, 0);
        sessions.add(s);
        w.sessions << s.id;
    }
    return w;
}

void writeForeignSqlite(const QString &path)
{
    const QString name = QStringLiteral("foreign");
    {
        QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        foreign.setDatabaseName(path);
        QVERIFY(foreign.open());
        QSqlQuery query(foreign);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes VALUES ('scones')")));
        foreign.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace hubreg::test
