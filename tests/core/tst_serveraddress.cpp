// How a server's address is read: what people write, what is refused, and that no password
// ever rides in it.
#include "database/ServerAddress.h"

#include <QTest>

using namespace hubreg;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void readsAFullAddress()
    {
        QString why;
        const auto address = ServerAddress::parse(
            QStringLiteral("postgresql://office@db.hub.example:6543/northhub?sslmode=verify-full"
                           "&sslrootcert=/etc/hub/root.crt"),
            &why);
        QVERIFY2(address, qPrintable(why));
        QCOMPARE(address->user, QStringLiteral("office"));
        QCOMPARE(address->host, QStringLiteral("db.hub.example"));
        QCOMPARE(address->port, 6543);
        QCOMPARE(address->database, QStringLiteral("northhub"));
        QCOMPARE(address->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(address->sslRootCert, QStringLiteral("/etc/hub/root.crt"));
        QVERIFY(address->connectOptions().contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(address->connectOptions().contains(QLatin1String("sslrootcert=/etc/hub/root.crt")));
        // A silent network is given up on, not waited for (every server suite opens with these).
        QVERIFY(address->connectOptions().contains(QLatin1String("tcp_user_timeout=20000")));
        QVERIFY(address->connectOptions().contains(QLatin1String("keepalives_idle=30")));
    }

    void defaultsToTheUsualPortAndTlsWhenOffered()
    {
        QString why;
        const auto address
            = ServerAddress::parse(QStringLiteral("postgres://hub@localhost/hub"), &why);
        QVERIFY2(address, qPrintable(why));
        QCOMPARE(address->port, 5432);
        QCOMPARE(address->sslMode, QStringLiteral("prefer"));
        QCOMPARE(address->toString(), QStringLiteral("postgresql://hub@localhost/hub"));
    }

    void writesBackWhatItRead()
    {
        const QString text
            = QStringLiteral("postgresql://office@10.0.0.5:6543/hub?sslmode=require");
        QString why;
        QCOMPARE(ServerAddress::parse(text, &why)->toString(), text);
    }

    void tellsServersFromFiles()
    {
        QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgresql://h/d")));
        QVERIFY(ServerAddress::isServerAddress(QStringLiteral("POSTGRES://h/d")));
        QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("/home/lead/hub.sqlite")));
        QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("postgresql.sqlite")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("because");
        QTest::newRow("password") << QStringLiteral("postgresql://hub:secret@host/hub")
                                  << QStringLiteral("password");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://hub@host") << QStringLiteral("names no database");
        QTest::newRow("bad TLS mode") << QStringLiteral("postgresql://hub@host/hub?sslmode=maybe")
                                      << QStringLiteral("not a TLS mode");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://hub@host/hub?options=x")
                                        << QStringLiteral("does not know");
        QTest::newRow("a file") << QStringLiteral("/tmp/hub.sqlite")
                                << QStringLiteral("not a server address");
    }

    void refuses()
    {
        QFETCH(QString, address);
        QFETCH(QString, because);
        QString why;
        QVERIFY(!ServerAddress::parse(address, &why));
        QVERIFY2(why.contains(because), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("secret")), "the refusal repeats the password");
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
