// File > Connect to Hub Server: the dialog's checks beside each field, the address it builds,
// its keys, the recent servers (kept without a password), the saved password forgotten, an
// error shown with the dialog left open, and a keyring that is missing or slow. In the suite's
// server run (tst_serverconnect_pgsql) it connects to the test server: the hub opens, the title
// and Properties name the server, and the password (typed, or from the keyring) reaches the
// connection and nowhere else.
#include "GuiTest.h"
#include "common/FormValidator.h"
#include "database/Migrator.h"
#include "database/ServerAddress.h"
#include "mainwindow/PropertiesDialog.h"
#include "server/RecentServers.h"
#include "server/ServerConnectDialog.h"
#include "server/ServerKeyring.h"
#include "server/ServerReachAttempt.h"
#include "shell/DatabaseOpener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace hubreg;
using namespace hubreg::ui;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor-and-3");

// A keyring for the tests, so that none writes to the keyring of whoever runs them. It answers
// at once, or holds its answers until release() (a keyring waiting to be unlocked), or says it
// is unavailable as the system's does without a Secret Service.
class MemoryKeyring : public ServerKeyring
{
public:
    QMap<QString, QString> passwords;
    bool available = true;
    bool holdAnswers = false;
    int reads = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        Answer answer = unavailable();
        if (available) {
            answer.outcome = passwords.contains(key) ? Outcome::Done : Outcome::NotFound;
            answer.password = passwords.value(key);
        }
        reply(context, std::move(done), answer);
    }

    void write(const QString &key, const QString &password, QObject *context,
               Callback done) override
    {
        Answer answer = unavailable();
        if (available) {
            passwords.insert(key, password);
            answer.outcome = Outcome::Done;
        }
        reply(context, std::move(done), answer);
    }

    void forget(const QString &key, QObject *context, Callback done) override
    {
        Answer answer = unavailable();
        if (available)
            answer.outcome = passwords.remove(key) > 0 ? Outcome::Done : Outcome::NotFound;
        reply(context, std::move(done), answer);
    }

    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &[context, done, answer] : held) {
            if (context)
                done(answer);
        }
    }

private:
    struct Held
    {
        QPointer<QObject> context;
        Callback done;
        Answer answer;
    };

    static Answer unavailable()
    {
        Answer answer;
        answer.outcome = Outcome::Unavailable;
        answer.problem = QStringLiteral("no keyring service answered");
        return answer;
    }

    void reply(QObject *context, Callback done, const Answer &answer)
    {
        if (holdAnswers)
            m_held.append({ context, std::move(done), answer });
        else
            done(answer);
    }

    QList<Held> m_held;
};

QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The text of every label in `root`, joined.
QString labelsText(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

// The value beside `heading` in a form.
QString formValue(QWidget *root, const QString &heading)
{
    for (const QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = form->itemAt(row, QFormLayout::LabelRole);
            auto *value = form->itemAt(row, QFormLayout::FieldRole);
            if (!label || !value || !label->widget() || !value->widget())
                continue;
            const auto *labelWidget = qobject_cast<QLabel *>(label->widget());
            const auto *valueWidget = qobject_cast<QLabel *>(value->widget());
            if (labelWidget && valueWidget && labelWidget->text() == heading)
                return valueWidget->text();
        }
    }
    return {};
}

// The northhub database of user "office" at this port of this machine.
ServerAddress northhubOnThisMachine(int port)
{
    ServerAddress server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = port;
    server.database = QStringLiteral("northhub");
    server.user = QStringLiteral("office");
    return server;
}

} // namespace

class TestServerConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theDialogOffersTheServersFields();
    void eachFieldSaysWhatIsWrongBesideIt();
    void theAddressCarriesTheTlsModeAndRootCertificate();
    void everyFieldHasAKeyAndTabFollowsTheForm();
    void aWrongPortShowsTheErrorAndKeepsTheDialog();
    void aMissingKeyringIsSaidAndTheOpenGoesOn();
    void cancelWhileTheKeyringIsAskedOpensNothing();
    void cancelWhileTheServerIsWaitedForOpensNothing();
    void recentServersAreKeptWithoutAPassword();
    void theSavedPasswordCanBeForgotten();
    void theSystemKeyringAnswersWithoutAService();
    // On the test server (the suite's server run) only.
    void connectsToTheServerAndSaysSoEverywhere();
    void theKeyringsPasswordIsUsedUnlessOneIsTyped();
    void aPasswordTheKeyringCannotKeepIsSaid();
    void theServersOwnErrorIsShown();
    void aRecentServerOpensFromTheFileMenu();

private:
    ServerConnectDialog *openConnectDialog();
    void fill(ServerConnectDialog *dialog, const ServerAddress &server,
              const QString &password = {});
    // Presses Connect and waits for the try at the server to end: nothing when the dialog
    // closed with the hub open, else the message it shows.
    std::optional<QString> connectAndWait(ServerConnectDialog *dialog);
    // A new empty database on the test server, dropped at the end of the test.
    ServerAddress newServerDatabase();

    QTemporaryDir m_home;
    MemoryKeyring m_keyring;
    std::unique_ptr<test::WindowFixture> m_fixture;
    QStringList m_databases;
};

void TestServerConnect::initTestCase()
{
    // libpq's default root certificate and ~/.pgpass are looked for in a home of the test's own.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    ServerKeyring::setInstance(&m_keyring);
}

void TestServerConnect::init()
{
    test::useTestSettings();
    m_keyring = MemoryKeyring();
    m_fixture = std::make_unique<test::WindowFixture>();
}

void TestServerConnect::cleanup()
{
    m_fixture.reset();
    for (const QString &address : std::as_const(m_databases))
        test::testserver::dropDatabase(address);
    m_databases.clear();
}

ServerConnectDialog *TestServerConnect::openConnectDialog()
{
    m_fixture->trigger(QStringLiteral("connectToServerAction"));
    auto *dialog = test::openDialog<ServerConnectDialog>(&m_fixture->window());
    if (dialog) {
        // The offscreen platform does not always hand a new window the keyboard: the dialog
        // is made the active window, as a desktop would, so its keys reach it.
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("The dialog did not become active");
    }
    return dialog;
}

void TestServerConnect::fill(ServerConnectDialog *dialog, const ServerAddress &server,
                             const QString &password)
{
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("hostLineEdit")), server.host);
    test::child<QSpinBox>(dialog, QStringLiteral("portSpinBox"))->setValue(server.port);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("databaseLineEdit")),
                   server.database);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("userLineEdit")), server.user);
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), password);
}

std::optional<QString> TestServerConnect::connectAndWait(ServerConnectDialog *dialog)
{
    const QPointer<ServerConnectDialog> watched = dialog;
    auto *button = test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    // The server is tried on a thread of its own; the window's events go on meanwhile.
    const bool ended = QTest::qWaitFor(
        [&] { return !watched || !watched->isVisible() || button->isEnabled(); }, 60000);
    if (!ended)
        return QStringLiteral("(the try at the server did not end)");
    if (!watched || !watched->isVisible())
        return std::nullopt;
    return test::child<QLabel>(dialog, QStringLiteral("connectionMessageLabel"))->text();
}

ServerAddress TestServerConnect::newServerDatabase()
{
    const QString address = test::testserver::createDatabase();
    m_databases << address;
    return *ServerAddress::parse(address, nullptr);
}

void TestServerConnect::theDialogOffersTheServersFields()
{
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect to Hub Server"));
    QCOMPARE(test::child<QSpinBox>(dialog, QStringLiteral("portSpinBox"))->value(), 5432);
    auto *tls = test::child<QComboBox>(dialog, QStringLiteral("tlsModeComboBox"));
    QCOMPARE(tls->currentData().toString(), QStringLiteral("prefer"));
    QCOMPARE(tls->currentText(), QStringLiteral("Use TLS when the server offers it"));
    QCOMPARE(tls->itemData(tls->count() - 1).toString(), QStringLiteral("verify-full"));
    QCOMPARE(tls->itemText(tls->count() - 1),
             QStringLiteral("Verify the server's certificate and name"));
    // The root certificate matters only when the certificate is verified.
    auto *certificate = test::child<QLineEdit>(dialog, QStringLiteral("rootCertificateLineEdit"));
    auto *browse
        = test::child<QPushButton>(dialog, QStringLiteral("browseRootCertificatePushButton"));
    QVERIFY(!certificate->isEnabled());
    QVERIFY(!browse->isEnabled());
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-ca")));
    QVERIFY(certificate->isEnabled());
    QVERIFY(browse->isEnabled());
    // The password is hidden as it is typed, and only a typed one can be remembered.
    auto *password = test::child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *remember = test::child<QCheckBox>(dialog, QStringLiteral("rememberPasswordCheckBox"));
    QCOMPARE(remember->text(), QStringLiteral("Re&member the password in the system keyring"));
    QVERIFY(!remember->isEnabled());
    QTest::keyClicks(password, QStringLiteral("x"));
    QVERIFY(remember->isEnabled());
    // Nothing to connect to yet.
    QVERIFY(!test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"))->isEnabled());
    dialog->reject();
}

void TestServerConnect::eachFieldSaysWhatIsWrongBesideIt()
{
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    auto *host = test::child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"));
    auto *hostMessage = test::child<FieldMessage>(dialog, QStringLiteral("hostLineEditMessage"));
    auto *connectButton = test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"));
    test::typeInto(host, QStringLiteral("db.hub.example:5432"));
    QVERIFY2(hostMessage->message().contains(QStringLiteral("Port field")),
             qPrintable(hostMessage->message()));
    test::typeInto(host, QStringLiteral("office@db.hub.example"));
    QVERIFY2(hostMessage->message().contains(QStringLiteral("is not a server name")),
             qPrintable(hostMessage->message()));
    test::typeInto(host, QString());
    QVERIFY2(hostMessage->message().contains(QStringLiteral("Type the server's name")),
             qPrintable(hostMessage->message()));
    test::typeInto(host, QStringLiteral("db.hub.example"));
    QCOMPARE(hostMessage->message(), QString());

    auto *database = test::child<QLineEdit>(dialog, QStringLiteral("databaseLineEdit"));
    auto *databaseMessage
        = test::child<FieldMessage>(dialog, QStringLiteral("databaseLineEditMessage"));
    test::typeInto(database, QStringLiteral("north/hub"));
    QVERIFY2(databaseMessage->message().contains(QStringLiteral("“/”")),
             qPrintable(databaseMessage->message()));
    test::typeInto(database, QStringLiteral("northhub"));
    QCOMPARE(databaseMessage->message(), QString());

    auto *user = test::child<QLineEdit>(dialog, QStringLiteral("userLineEdit"));
    auto *userMessage = test::child<FieldMessage>(dialog, QStringLiteral("userLineEditMessage"));
    test::typeInto(user, QStringLiteral("office"));
    test::typeInto(user, QString());
    QVERIFY2(userMessage->message().contains(QStringLiteral("user name")),
             qPrintable(userMessage->message()));
    QVERIFY(!connectButton->isEnabled());
    test::typeInto(user, QStringLiteral("office"));
    QVERIFY(connectButton->isEnabled());

    // Verifying the server needs its authority's certificate: none is in this home.
    auto *tls = test::child<QComboBox>(dialog, QStringLiteral("tlsModeComboBox"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    auto *certificate = test::child<QLineEdit>(dialog, QStringLiteral("rootCertificateLineEdit"));
    auto *certificateMessage
        = test::child<FieldMessage>(dialog, QStringLiteral("rootCertificateLineEditMessage"));
    QVERIFY2(certificateMessage->message().contains(QStringLiteral("root certificate")),
             qPrintable(certificateMessage->message()));
    QVERIFY(!connectButton->isEnabled());
    const QString missing = m_home.filePath(QStringLiteral("missing.crt"));
    test::typeInto(certificate, missing);
    QVERIFY2(certificateMessage->message().contains(QStringLiteral("is not a file")),
             qPrintable(certificateMessage->message()));
    const QString root = m_home.filePath(QStringLiteral("root.crt"));
    QFile file(root);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    test::typeInto(certificate, root);
    QCOMPARE(certificateMessage->message(), QString());
    QVERIFY(connectButton->isEnabled());
    // Back to "when the server offers it": the certificate is not asked for.
    test::typeInto(certificate, missing);
    QVERIFY(!connectButton->isEnabled());
    tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));
    QCOMPARE(certificateMessage->message(), QString());
    QVERIFY(connectButton->isEnabled());
    dialog->reject();
}

void TestServerConnect::theAddressCarriesTheTlsModeAndRootCertificate()
{
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    ServerAddress wanted;
    wanted.host = QStringLiteral("db.hub.example");
    wanted.port = 6543;
    wanted.database = QStringLiteral("northhub");
    wanted.user = QStringLiteral("office");
    fill(dialog, wanted, kPassword);
    QCOMPARE(dialog->address().toString(),
             QStringLiteral("postgresql://office@db.hub.example:6543/northhub"));

    const QString root = m_home.filePath(QStringLiteral("hub-ca.crt"));
    QFile file(root);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto *tls = test::child<QComboBox>(dialog, QStringLiteral("tlsModeComboBox"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    test::typeInto(test::child<QLineEdit>(dialog, QStringLiteral("rootCertificateLineEdit")), root);
    const QString address = dialog->address().toString();
    QCOMPARE(address,
             QStringLiteral("postgresql://office@db.hub.example:6543/northhub?sslmode=verify-full"
                            "&sslrootcert=")
                 + root);
    // What it builds is what --database takes, and never holds the password.
    const auto parsed = ServerAddress::parse(address, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(parsed->sslRootCert, root);
    QVERIFY(!address.contains(kPassword));
    // "Always use TLS" does not verify, so the certificate is left out.
    tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
    QCOMPARE(dialog->address().toString(),
             QStringLiteral("postgresql://office@db.hub.example:6543/northhub?sslmode=require"));
    dialog->reject();
}

void TestServerConnect::everyFieldHasAKeyAndTabFollowsTheForm()
{
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    const QList<QPair<Qt::Key, QString>> keys = {
        { Qt::Key_H, QStringLiteral("hostLineEdit") },
        { Qt::Key_O, QStringLiteral("portSpinBox") },
        { Qt::Key_D, QStringLiteral("databaseLineEdit") },
        { Qt::Key_U, QStringLiteral("userLineEdit") },
        { Qt::Key_T, QStringLiteral("tlsModeComboBox") },
        { Qt::Key_W, QStringLiteral("passwordLineEdit") },
    };
    for (const auto &[key, name] : keys) {
        QTest::keyClick(dialog, key, Qt::AltModifier);
        QVERIFY2(QApplication::focusWidget(), qPrintable(name));
        // A spin box's focus is on its line edit.
        QWidget *focus = QApplication::focusWidget();
        if (!focus->objectName().endsWith(QLatin1String("SpinBox")) && focus->parentWidget()
            && focus->parentWidget()->objectName() == name)
            focus = focus->parentWidget();
        QCOMPARE(focus->objectName(), name);
    }
    // The certificate's key reaches its field once a verifying mode makes it matter.
    auto *tls = test::child<QComboBox>(dialog, QStringLiteral("tlsModeComboBox"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-ca")));
    QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rootCertificateLineEdit"));

    // Tab goes down the form, in the order it is read.
    test::child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"))->setFocus(Qt::TabFocusReason);
    const QStringList order = { QStringLiteral("portSpinBox"),
                                QStringLiteral("databaseLineEdit"),
                                QStringLiteral("userLineEdit"),
                                QStringLiteral("tlsModeComboBox"),
                                QStringLiteral("rootCertificateLineEdit"),
                                QStringLiteral("browseRootCertificatePushButton"),
                                QStringLiteral("passwordLineEdit") };
    for (const QString &name : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus->parentWidget() && focus->parentWidget()->objectName() == name)
            focus = focus->parentWidget();
        QCOMPARE(focus->objectName(), name);
    }
    // Escape leaves without opening anything.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_fixture->db().path(), m_fixture->path());
}

void TestServerConnect::aWrongPortShowsTheErrorAndKeepsTheDialog()
{
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    const ServerAddress nowhere = northhubOnThisMachine(1); // nothing listens there
    fill(dialog, nowhere, kPassword);
    test::child<QCheckBox>(dialog, QStringLiteral("rememberPasswordCheckBox"))->setChecked(true);
    // In the suite's server run, the window's own hub is a server already.
    const QStringList recentBefore = recentservers::list();
    const QString message = connectAndWait(dialog).value_or(QString());

    // libpq's own words, its first line only, and the dialog still open with what was typed.
    QVERIFY2(message.contains(QStringLiteral("could not connect to northhub on 127.0.0.1")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("port 1 failed")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY(dialog->isVisible());
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(test::child<QSpinBox>(dialog, QStringLiteral("portSpinBox"))->value(), 1);
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->text(), kPassword);
    QVERIFY(test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"))->isEnabled());
    // Nothing changed: the same hub, no password kept, no server remembered.
    QCOMPARE(m_fixture->db().path(), m_fixture->path());
    QVERIFY(m_keyring.passwords.isEmpty());
    QCOMPARE(recentservers::list(), recentBefore);
    QVERIFY(!settingsText().contains(kPassword));
    dialog->reject();
}

void TestServerConnect::aMissingKeyringIsSaidAndTheOpenGoesOn()
{
    m_keyring.available = false;
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    const ServerAddress nowhere = northhubOnThisMachine(1); // nothing listens there
    fill(dialog, nowhere);
    const QString message = connectAndWait(dialog).value_or(QString());
    QCOMPARE(m_keyring.reads, 1);
    const QString keyring = test::child<QLabel>(dialog, QStringLiteral("keyringLabel"))->text();
    QVERIFY2(keyring.contains(QStringLiteral("keyring is not available")), qPrintable(keyring));
    QVERIFY2(keyring.contains(QStringLiteral("~/.pgpass")), qPrintable(keyring));
    // The connection was still tried, without a password.
    QVERIFY2(message.contains(QStringLiteral("port 1 failed")), qPrintable(message));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestServerConnect::cancelWhileTheKeyringIsAskedOpensNothing()
{
    m_keyring.holdAnswers = true;
    m_keyring.passwords.insert(QStringLiteral("postgresql://office@127.0.0.1:1/northhub"),
                               kPassword);
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    const ServerAddress nowhere = northhubOnThisMachine(1); // nothing listens there
    fill(dialog, nowhere);
    auto *connectButton = test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    // Waiting for the keyring (to be unlocked, say) leaves the dialog to the person.
    QVERIFY(dialog->isVisible());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(test::child<QLabel>(dialog, QStringLiteral("connectionMessageLabel"))
                ->text()
                .contains(QStringLiteral("keyring")));
    QPointer<ServerConnectDialog> watched = dialog;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!watched);
    // The keyring's late answer opens nothing.
    m_keyring.release();
    QCOMPARE(m_fixture->db().path(), m_fixture->path());
    QVERIFY(test::openDialog<ServerConnectDialog>(&m_fixture->window()) == nullptr);
}

void TestServerConnect::cancelWhileTheServerIsWaitedForOpensNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs a listening socket that never answers (POSIX sockets)");
#else
    // A server that takes the connection and never answers: the kernel accepts it into the
    // listening socket's queue and nothing reads it, as a host behind a stalled link would.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(silent >= 0);
    sockaddr_in where {};
    where.sin_family = AF_INET;
    where.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof where;
    QVERIFY(::bind(silent, reinterpret_cast<sockaddr *>(&where), size) == 0);
    QVERIFY(::listen(silent, 4) == 0);
    QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr *>(&where), &size) == 0);

    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    const ServerAddress stalled = northhubOnThisMachine(ntohs(where.sin_port));
    fill(dialog, stalled, kPassword);
    auto *connectButton = test::child<QPushButton>(dialog, QStringLiteral("connectPushButton"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    // The click comes back while the server is still waited for (a connection held on the
    // window's thread would come back only with the connect timeout's error).
    QVERIFY(dialog->isVisible());
    QVERIFY(!connectButton->isEnabled());
    const QString waiting
        = test::child<QLabel>(dialog, QStringLiteral("connectionMessageLabel"))->text();
    QVERIFY2(waiting.contains(QStringLiteral("Connecting to 127.0.0.1")), qPrintable(waiting));

    QPointer<ServerConnectDialog> watched = dialog;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!watched);
    // The server goes away; the try ends with an error nobody hears, and opens nothing.
    ::close(silent);
    ServerReachAttempt::waitForAll();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_fixture->db().path(), m_fixture->path());
    QVERIFY(m_keyring.passwords.isEmpty());
    QVERIFY(test::openDialog<ServerConnectDialog>(&m_fixture->window()) == nullptr);
#endif
}

void TestServerConnect::recentServersAreKeptWithoutAPassword()
{
    QSettings().remove(QStringLiteral("servers/recent"));
    // Given a password in the address, nothing is kept.
    recentservers::remember(
        QStringLiteral("postgresql://office:%1@db.hub.example/northhub").arg(kPassword));
    QVERIFY(recentservers::list().isEmpty());
    const QString root = m_home.filePath(QStringLiteral("hub-ca.crt"));
    QFile file(root);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString first
        = QStringLiteral("postgresql://office@db.hub.example/northhub?sslmode=verify-full"
                         "&sslrootcert=")
        + root;
    const QString second = QStringLiteral("postgresql://lead@10.0.0.5:6543/southhub");
    recentservers::remember(first);
    recentservers::remember(second);
    QCOMPARE(recentservers::list(), QStringList({ second, first }));
    QVERIFY(settingsText().contains(QStringLiteral("southhub")));

    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    auto *recent = test::child<QComboBox>(dialog, QStringLiteral("recentServersComboBox"));
    QCOMPARE(recent->count(), 3);
    QCOMPARE(recent->itemText(1), second);
    recent->setCurrentIndex(2);
    emit recent->activated(2);
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"))->text(),
             QStringLiteral("db.hub.example"));
    QCOMPARE(test::child<QSpinBox>(dialog, QStringLiteral("portSpinBox"))->value(), 5432);
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("databaseLineEdit"))->text(),
             QStringLiteral("northhub"));
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("userLineEdit"))->text(),
             QStringLiteral("office"));
    QCOMPARE(
        test::child<QComboBox>(dialog, QStringLiteral("tlsModeComboBox"))->currentData().toString(),
        QStringLiteral("verify-full"));
    QCOMPARE(test::child<QLineEdit>(dialog, QStringLiteral("rootCertificateLineEdit"))->text(),
             root);
    QCOMPARE(dialog->address().toString(), first);
    dialog->reject();

    // Open Recent offers a server the window opened, beside the files.
    QSettings().setValue(QStringLiteral("files/recent"), QStringList { second });
    m_fixture->window().switchDatabase(
        Database::open(QDir(m_fixture->folder()).filePath(QStringLiteral("other.sqlite"))));
    auto *menu = test::child<QMenu>(&m_fixture->window(), QStringLiteral("recentMenu"));
    QStringList offered;
    for (const QAction *action : menu->actions()) {
        if (action->isEnabled())
            offered << action->text();
    }
    QVERIFY2(offered.contains(QStringLiteral("&2 ") + second), qPrintable(offered.join(u'|')));
}

void TestServerConnect::theSavedPasswordCanBeForgotten()
{
    const QString key = QStringLiteral("postgresql://office@db.hub.example:5432/northhub");
    m_keyring.passwords.insert(key, kPassword);
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    auto *forget = test::child<QPushButton>(dialog, QStringLiteral("forgetPasswordPushButton"));
    QVERIFY(!forget->isEnabled()); // no server named yet
    ServerAddress server;
    server.host = QStringLiteral("db.hub.example");
    server.database = QStringLiteral("northhub");
    server.user = QStringLiteral("office");
    fill(dialog, server);
    QVERIFY(forget->isEnabled());
    QCOMPARE(ServerKeyring::keyFor(dialog->address()), key);
    auto *label = test::child<QLabel>(dialog, QStringLiteral("keyringLabel"));
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(!m_keyring.passwords.contains(key));
    QVERIFY2(label->text().contains(QStringLiteral("is forgotten")), qPrintable(label->text()));
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("holds no password")),
             qPrintable(label->text()));
    m_keyring.available = false;
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("not available")), qPrintable(label->text()));
    dialog->reject();
}

void TestServerConnect::theSystemKeyringAnswersWithoutAService()
{
    // Where a desktop session runs, the keyring may be real: a test never touches it.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("A session bus runs here; the system keyring is left alone");
    ServerKeyring::setInstance(nullptr);
    const auto answer = ServerKeyring::readNow(
        QStringLiteral("postgresql://office@db.hub.example:5432/northhub"));
    ServerKeyring::setInstance(&m_keyring);
    QCOMPARE(int(answer.outcome), int(ServerKeyring::Outcome::Unavailable));
    QVERIFY(!answer.problem.isEmpty());
    QVERIFY(answer.password.isEmpty());
}

void TestServerConnect::connectsToTheServerAndSaysSoEverywhere()
{
    if (!test::testserver::inUse())
        QSKIP("Needs the test server: runs as tst_serverconnect_pgsql");
    const ServerAddress server = newServerDatabase();
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, server, kPassword);
    test::child<QCheckBox>(dialog, QStringLiteral("rememberPasswordCheckBox"))->setChecked(true);
    const auto refused = connectAndWait(dialog);
    QVERIFY2(!refused, qPrintable(refused.value_or(QString())));

    MainWindow &window = m_fixture->window();
    Database &db = window.database();
    QVERIFY(db.isServer());
    QCOMPARE(db.path(), server.toString());
    QVERIFY(db.isNew()); // the hub was set up in the empty database
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    const QString title = window.windowTitle();
    QVERIFY2(title.contains(QStringLiteral("%1 on %2").arg(server.database, server.host)),
             qPrintable(title));
    // The typed password reached the connection, and the keyring: nowhere else.
    QCOMPARE(db.connection().password(), kPassword);
    QCOMPARE(m_keyring.passwords.value(ServerKeyring::keyFor(server)), kPassword);
    QVERIFY(!title.contains(kPassword));
    QVERIFY(!db.path().contains(kPassword));
    QCOMPARE(recentservers::list().value(0), server.toString());
    const QString settings = settingsText();
    QVERIFY2(settings.contains(server.database), "the settings were written");
    QVERIFY(!settings.contains(kPassword));

    PropertiesDialog properties(db, &window);
    QCOMPARE(formValue(&properties, QStringLiteral("Server:")), server.toString());
    QCOMPARE(formValue(&properties, QStringLiteral("Database:")), server.database);
    QCOMPARE(formValue(&properties, QStringLiteral("User:")), server.user);
    // The test server offers no TLS, and the connection says so.
    QCOMPARE(formValue(&properties, QStringLiteral("Connection:")),
             QStringLiteral("not encrypted (no TLS)"));
    QVERIFY(formValue(&properties, QStringLiteral("Server version:"))
                .startsWith(QStringLiteral("PostgreSQL ")));
    QCOMPARE(formValue(&properties, QStringLiteral("Schema version:")),
             QString::number(Migrator::latestVersion()));
    QVERIFY(!labelsText(&properties).contains(kPassword));
}

void TestServerConnect::theKeyringsPasswordIsUsedUnlessOneIsTyped()
{
    if (!test::testserver::inUse())
        QSKIP("Needs the test server: runs as tst_serverconnect_pgsql");
    const ServerAddress server = newServerDatabase();
    const QString kept = QStringLiteral("kept-in-the-keyring");
    m_keyring.passwords.insert(ServerKeyring::keyFor(server), kept);

    // Nothing typed: the keyring's.
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, server);
    QVERIFY(!connectAndWait(dialog));
    QCOMPARE(m_keyring.reads, 1);
    QCOMPARE(m_fixture->db().path(), server.toString());
    QCOMPARE(m_fixture->db().connection().password(), kept);

    // Typed: that one, and the keyring is not asked.
    dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, server, kPassword);
    QVERIFY(!connectAndWait(dialog));
    QCOMPARE(m_keyring.reads, 1);
    QCOMPARE(m_fixture->db().connection().password(), kPassword);
    // Not asked to remember it: the keyring keeps the one it had.
    QCOMPARE(m_keyring.passwords.value(ServerKeyring::keyFor(server)), kept);

    // The window's start-up (and any open of a server's address) asks the keyring too.
    auto opened = openDatabaseInteractively(nullptr, server.toString());
    QVERIFY(opened);
    QCOMPARE(opened->connection().password(), kept);
    // A missing keyring leaves libpq to find its own (the test server trusts this machine).
    m_keyring.available = false;
    opened = openDatabaseInteractively(nullptr, server.toString());
    QVERIFY(opened);
    QCOMPARE(opened->connection().password(), QString());
}

void TestServerConnect::aPasswordTheKeyringCannotKeepIsSaid()
{
    if (!test::testserver::inUse())
        QSKIP("Needs the test server: runs as tst_serverconnect_pgsql");
    m_keyring.available = false;
    const ServerAddress server = newServerDatabase();
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, server, kPassword);
    test::child<QCheckBox>(dialog, QStringLiteral("rememberPasswordCheckBox"))->setChecked(true);
    const int messages = Prompter::messageCount();
    QVERIFY(!connectAndWait(dialog));
    // The hub opens all the same, and the person hears that the password was not kept.
    QCOMPARE(m_fixture->db().path(), server.toString());
    QVERIFY(Prompter::messageCount() > messages);
    const QString message = Prompter::lastMessage();
    QVERIFY2(message.contains(QStringLiteral("was not kept")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no keyring service answered")), qPrintable(message));
    QVERIFY(!message.contains(kPassword));
    QVERIFY(!settingsText().contains(kPassword));
}

void TestServerConnect::theServersOwnErrorIsShown()
{
    if (!test::testserver::inUse())
        QSKIP("Needs the test server: runs as tst_serverconnect_pgsql");
    ServerAddress server = *ServerAddress::parse(test::testserver::adminAddress(), nullptr);
    server.database = QStringLiteral("no_such_hub");
    auto *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, server, kPassword);
    const QString message = connectAndWait(dialog).value_or(QString());
    QVERIFY2(message.contains(QStringLiteral("database \"no_such_hub\" does not exist")),
             qPrintable(message));
    QVERIFY(!message.contains(kPassword));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fixture->db().path(), m_fixture->path());
    dialog->reject();
}

void TestServerConnect::aRecentServerOpensFromTheFileMenu()
{
    if (!test::testserver::inUse())
        QSKIP("Needs the test server: runs as tst_serverconnect_pgsql");
    const ServerAddress server = newServerDatabase();
    MainWindow &window = m_fixture->window();
    // Opened once (as --database would), then another hub in its place.
    window.switchDatabase(Database::open(server.toString()));
    QVERIFY(recentservers::list().contains(server.toString()));
    window.switchDatabase(Database::open(m_fixture->path()));
    QCOMPARE(window.database().path(), m_fixture->path());

    auto *menu = test::child<QMenu>(&window, QStringLiteral("recentMenu"));
    QAction *recent = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().endsWith(server.toString()))
            recent = action;
    }
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    recent->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.database().path(), server.toString(), 60000);
    QVERIFY(test::openDialog<ServerConnectDialog>(&window) == nullptr);
}

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
