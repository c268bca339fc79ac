#include "TestServer.h"

#include "database/Database.h"
#include "database/ServerAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace hubreg::test::testserver {

namespace {

constexpr int kSkipped = 77; // ctest's SKIP_RETURN_CODE for the *_pgsql tests

// Runs before the suite: a server run with no server is reported skipped, not passed.
const bool kChecked = [] {
    if (qEnvironmentVariable("HUBREGISTER_TEST_BACKEND") == QLatin1String("postgresql")
        && qEnvironmentVariableIsEmpty("HUBREGISTER_TEST_PGSQL")) {
        std::fputs("Skipped: HUBREGISTER_TEST_PGSQL names no PostgreSQL server\n", stderr);
        std::exit(kSkipped);
    }
    return true;
}();

template<typename Work> void withAdmin(Work work);

// Databases given up by their tests but not yet dropped. A database is dropped at the next
// drop, or as the process ends, rather than at once: a backend its test just closed may still
// be exiting, and DROP DATABASE would wait a tenth of a second for it.
QStringList &pendingDrops()
{
    static QStringList names;
    return names;
}

// The database each TempDatabase on the server is copied from, once made.
QString &hubTemplateName()
{
    static QString name;
    return name;
}

void dropPending(QSqlQuery &query)
{
    for (const QString &name : std::as_const(pendingDrops()))
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    pendingDrops().clear();
}

// What is left is dropped as the application ends, while the SQL drivers are still loaded.
void dropAllAtExit()
{
    static const bool registered = [] {
        qAddPostRoutine([] {
            withAdmin([](QSqlQuery &query) {
                if (!hubTemplateName().isEmpty())
                    pendingDrops().append(hubTemplateName());
                dropPending(query);
            });
        });
        return true;
    }();
    Q_UNUSED(registered);
}

template<typename Work> void withAdmin(Work work)
{
    QString why;
    const auto server = ServerAddress::parse(adminAddress(), &why);
    if (!server)
        qFatal("HUBREGISTER_TEST_PGSQL: %s", qPrintable(why));
    const QString name = QStringLiteral("test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->database);
        if (!admin.open())
            qFatal("The test server cannot be reached: %s", qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        work(query);
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool inUse()
{
    return kChecked
        && qEnvironmentVariable("HUBREGISTER_TEST_BACKEND") == QLatin1String("postgresql");
}

QString adminAddress()
{
    return qEnvironmentVariable("HUBREGISTER_TEST_PGSQL");
}

QString createDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("hubtest_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    withAdmin([&](QSqlQuery &query) {
        if (!query.exec(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)))
            qFatal("The test database cannot be made: %s", qPrintable(query.lastError().text()));
    });
    QString why;
    auto server = ServerAddress::parse(adminAddress(), &why);
    server->database = name;
    return server->toString();
}

QString createHubDatabase()
{
    // Set up through Database::open, so the copies hold exactly what the program makes.
    static const QString hubTemplate = [] {
        const QString address = createDatabase();
        Database::open(address).reset();
        QString why;
        hubTemplateName() = ServerAddress::parse(address, &why)->database;
        dropAllAtExit();
        return address;
    }();
    QString why;
    const auto source = ServerAddress::parse(hubTemplate, &why);
    static QAtomicInt counter;
    const QString name = QStringLiteral("hubtest_%1_hub%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    withAdmin([&](QSqlQuery &query) {
        // PostgreSQL 15 copies a database through its log by default; copying the files is
        // quicker for a database as small as an empty hub.
        static const QString strategy = [&] {
            query.exec(QStringLiteral("SHOW server_version_num"));
            return query.next() && query.value(0).toInt() >= 150000
                ? QStringLiteral(" STRATEGY FILE_COPY")
                : QString();
        }();
        if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2%3")
                            .arg(name, source->database, strategy)))
            qFatal("The test hub cannot be made: %s", qPrintable(query.lastError().text()));
    });
    auto server = *source;
    server.database = name;
    return server.toString();
}

void dropDatabase(const QString &address)
{
    QString why;
    const auto server = ServerAddress::parse(address, &why);
    if (!server)
        return;
    withAdmin([&](QSqlQuery &query) {
        dropPending(query);
        pendingDrops().append(server->database);
    });
    dropAllAtExit();
}

} // namespace hubreg::test::testserver
