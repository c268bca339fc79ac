#include "ServerConnectDialog.h"

#include "RecentServers.h"
#include "ServerKeyring.h"
#include "ServerReachAttempt.h"
#include "common/FormValidator.h"
#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "common/WaitCursor.h"
#include "database/Database.h"
#include "database/ServerAddress.h"
#include "database/ServerPassword.h"
#include "database/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace hubreg::ui {

namespace {

bool verifiesCertificate(const QString &mode)
{
    return mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
}

// libpq's own place for the root certificate when none is named.
QString defaultRootCertificate()
{
    return QDir::home().filePath(QStringLiteral(".postgresql/root.crt"));
}

// The server's first line is what the person can act on; what follows (libpq's hints, a
// server's detail) may run long.
QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tlsMode(new QComboBox(this))
    , m_rootCertificate(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Re&member the password in the system keyring"), this))
    , m_forget(new QPushButton(tr("&Forget Saved Password"), this))
    , m_keyringLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_validator(new FormValidator(this))
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to Hub Server"));
    buildForm();
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Open a hub kept on a PostgreSQL server that your office shares. "
                                "The server's administrator gives you these details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_recent->setObjectName(QStringLiteral("recentServersComboBox"));
    m_recent->addItem(tr("A new server"), QString());
    for (const QString &address : recentservers::list())
        m_recent->addItem(address, address);
    m_recent->setEnabled(m_recent->count() > 1);
    m_recent->setAccessibleName(tr("Recent servers"));
    form->addRow(tr("&Recent servers:"), m_recent);
    connect(m_recent, &QComboBox::activated, this, [this](int row) {
        const QString address = m_recent->itemData(row).toString();
        if (!address.isEmpty())
            setAddress(address);
    });

    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setPlaceholderText(tr("db.hub.example"));
    m_validator->addRow(form, tr("&Host:"), m_host, [this] { return hostProblem(); });
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("P&ort:"), m_port);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_validator->addRow(form, tr("&Database:"), m_database, [this] { return databaseProblem(); });
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_validator->addRow(form, tr("&User:"), m_user, [this] { return userProblem(); });

    m_tlsMode->setObjectName(QStringLiteral("tlsModeComboBox"));
    m_tlsMode->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tlsMode->addItem(tr("Always use TLS"), QStringLiteral("require"));
    m_tlsMode->addItem(tr("Always use TLS and verify the server's certificate"),
                       QStringLiteral("verify-ca"));
    m_tlsMode->addItem(tr("Verify the server's certificate and name"),
                       QStringLiteral("verify-full"));
    m_tlsMode->setAccessibleName(tr("TLS"));
    form->addRow(tr("&TLS:"), m_tlsMode);

    m_rootCertificate->setObjectName(QStringLiteral("rootCertificateLineEdit"));
    m_rootCertificate->setPlaceholderText(
        tr("%1 if left empty").arg(QDir::toNativeSeparators(defaultRootCertificate())));
    m_browse->setObjectName(QStringLiteral("browseRootCertificatePushButton"));
    auto *certificateRow = new QWidget(this);
    auto *certificateLayout = new QHBoxLayout(certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(m_rootCertificate, 1);
    certificateLayout->addWidget(m_browse);
    certificateRow->setFocusProxy(m_rootCertificate);
    auto *certificateMessage = new FieldMessage(this);
    certificateMessage->setObjectName(QStringLiteral("rootCertificateLineEditMessage"));
    // The label's key goes to the file's name, not to the row around it.
    auto *certificateLabel = new QLabel(tr("Root cert&ificate:"), this);
    certificateLabel->setBuddy(m_rootCertificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(QString(), certificateMessage);
    // Checked as the TLS mode changes: choosing to verify asks for the certificate at once,
    // before its field is ever reached.
    m_validator->addCheck(m_tlsMode, certificateMessage,
                          [this] { return rootCertificateProblem(); });
    m_validator->watch(m_rootCertificate);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this,
            &ServerConnectDialog::updateTlsFields);
    connect(m_browse, &QPushButton::clicked, this, &ServerConnectDialog::chooseRootCertificate);

    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keyring or ~/.pgpass if left empty"));
    form->addRow(tr("Pass&word:"), m_password);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_remember->setEnabled(false);
    form->addRow(QString(), m_remember);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Only a typed password can be kept.
        m_remember->setEnabled(!text.isEmpty());
    });
    m_forget->setObjectName(QStringLiteral("forgetPasswordPushButton"));
    m_forget->setToolTip(tr("Removes the password the system keyring keeps for this server, "
                            "user and database"));
    form->addRow(QString(), m_forget);
    m_keyringLabel->setObjectName(QStringLiteral("keyringLabel"));
    m_keyringLabel->setWordWrap(true);
    m_keyringLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_keyringLabel);
    connect(m_forget, &QPushButton::clicked, this, &ServerConnectDialog::forgetSavedPassword);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("connectionMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect->setObjectName(QStringLiteral("connectPushButton"));
    m_connect->setDefault(true);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(m_connect, &QPushButton::clicked, this, &ServerConnectDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    connect(m_validator, &FormValidator::validated, this, [this](bool valid) {
        m_connect->setEnabled(valid && !m_pending && !m_db);
        m_forget->setEnabled(namesAServer());
    });

    setTabOrder(m_recent, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_tlsMode);
    setTabOrder(m_tlsMode, m_rootCertificate);
    setTabOrder(m_rootCertificate, m_browse);
    setTabOrder(m_browse, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_forget);
    setTabOrder(m_forget, m_connect);
    updateTlsFields();
    m_validator->validate();
    (m_recent->isEnabled() ? static_cast<QWidget *>(m_recent) : m_host)->setFocus();
}

void ServerConnectDialog::setAddress(const QString &address)
{
    const auto server = ServerAddress::parse(address, nullptr);
    if (!server)
        return;
    m_host->setText(server->host);
    m_port->setValue(server->port);
    m_database->setText(server->database);
    m_user->setText(server->user);
    int mode = m_tlsMode->findData(server->sslMode);
    if (mode < 0) {
        // A mode the command line allows but this list does not offer (disable, allow).
        m_tlsMode->addItem(tr("TLS mode “%1”, as the address had it").arg(server->sslMode),
                           server->sslMode);
        mode = m_tlsMode->count() - 1;
    }
    m_tlsMode->setCurrentIndex(mode);
    m_rootCertificate->setText(server->sslRootCert);
    m_password->clear();
    const int row = m_recent->findData(server->toString());
    if (row >= 0)
        m_recent->setCurrentIndex(row);
    m_message->clear();
    m_keyringLabel->clear();
}

ServerAddress ServerConnectDialog::address() const
{
    ServerAddress server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.sslMode = m_tlsMode->currentData().toString();
    if (verifiesCertificate(server.sslMode))
        server.sslRootCert = m_rootCertificate->text().trimmed();
    return server;
}

QString ServerConnectDialog::hostProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Type the server's name or IP address, as its administrator gave it.");
    static const QRegularExpression withPort(QStringLiteral("^[^:\\[\\]]+:[0-9]+$"));
    if (withPort.match(host).hasMatch())
        return tr("Give the port in the Port field, not after the name.");
    QUrl url;
    url.setHost(host, QUrl::StrictMode);
    static const QRegularExpression notInAName(QStringLiteral("[\\s/@?#]"));
    if (host.contains(notInAName) || !url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a server name: type only the name or address, such as "
                  "db.hub.example or 192.168.1.20.")
            .arg(host);
    return {};
}

QString ServerConnectDialog::databaseProblem() const
{
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        return tr("Type the name of the hub's database on the server.");
    if (database.contains(QLatin1Char('/')) || database.contains(QLatin1Char('?')))
        return tr("A database's name holds no “/” or “?”.");
    return {};
}

QString ServerConnectDialog::userProblem() const
{
    if (m_user->text().trimmed().isEmpty())
        return tr("Type your user name on the server.");
    return {};
}

QString ServerConnectDialog::rootCertificateProblem() const
{
    if (!verifiesCertificate(m_tlsMode->currentData().toString()))
        return {};
    const QString path = m_rootCertificate->text().trimmed();
    if (path.isEmpty()) {
        if (QFileInfo(defaultRootCertificate()).isFile())
            return {};
        return tr("Choose the root certificate that signed the server's certificate (its "
                  "administrator has it): a server cannot be verified without one.");
    }
    const QFileInfo file(path);
    if (!file.isFile())
        return tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path));
    if (!file.isReadable())
        return tr("“%1” cannot be read.").arg(QDir::toNativeSeparators(path));
    return {};
}

void ServerConnectDialog::updateTlsFields()
{
    const bool verifies = verifiesCertificate(m_tlsMode->currentData().toString());
    m_rootCertificate->setEnabled(verifies);
    m_browse->setEnabled(verifies);
}

void ServerConnectDialog::chooseRootCertificate()
{
    const QString current = m_rootCertificate->text().trimmed();
    const QString path = Prompter::openFileName(
        this, tr("Root Certificate"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_rootCertificate->setText(path);
}

bool ServerConnectDialog::namesAServer() const
{
    // A password is kept under the host, port, database and user: TLS plays no part.
    return hostProblem().isEmpty() && databaseProblem().isEmpty() && userProblem().isEmpty();
}

void ServerConnectDialog::forgetSavedPassword()
{
    if (!namesAServer())
        return;
    const ServerAddress server = address();
    const QString name = tr("%1 on %2 as %3").arg(server.database, server.host, server.user);
    m_keyringLabel->setText(tr("Asking the system keyring…"));
    ServerKeyring::instance().forget(
        ServerKeyring::keyFor(server), this, [this, name](const ServerKeyring::Answer &answer) {
            switch (answer.outcome) {
            case ServerKeyring::Outcome::Done:
                m_keyringLabel->setText(tr("The saved password for %1 is forgotten.").arg(name));
                break;
            case ServerKeyring::Outcome::NotFound:
                m_keyringLabel->setText(
                    tr("The system keyring holds no password for %1.").arg(name));
                break;
            case ServerKeyring::Outcome::Unavailable:
                m_keyringLabel->setText(
                    tr("The system keyring is not available (%1), so it holds no password.")
                        .arg(answer.problem));
                break;
            }
        });
}

void ServerConnectDialog::connectToServer()
{
    m_validator->validate();
    if (m_pending || m_db || !m_validator->isValid())
        return;
    m_message->clear();
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        openHub(typed, PasswordFrom::Typed);
        return;
    }
    // Nothing typed: the keyring's password, else none and libpq finds its own.
    auto *pending = new QObject(this);
    m_pending = pending;
    setBusy(true, tr("Looking for a saved password in the system keyring…"));
    ServerKeyring::instance().read(
        ServerKeyring::keyFor(address()), pending,
        [this, pending](const ServerKeyring::Answer &answer) {
            pending->deleteLater();
            m_pending = nullptr;
            if (answer.outcome == ServerKeyring::Outcome::Done) {
                openHub(answer.password, PasswordFrom::Keyring);
                return;
            }
            if (answer.outcome == ServerKeyring::Outcome::Unavailable)
                m_keyringLabel->setText(
                    tr("The system keyring is not available (%1): the password comes from "
                       "~/.pgpass or a service file, if either has one.")
                        .arg(answer.problem));
            openHub(QString(), PasswordFrom::Nowhere);
        });
}

void ServerConnectDialog::openHub(const QString &password, PasswordFrom from)
{
    // What was typed when Connect was pressed, whatever is typed while the server is waited for.
    const ServerAddress server = address();
    setBusy(true, tr("Connecting to %1…").arg(server.host));
    std::optional<QString> given;
    if (from != PasswordFrom::Nowhere)
        given = password;
    // The server is tried on a thread of its own (up to the address's connect timeout), so
    // that Cancel works meanwhile; the hub is then opened here, as Qt cannot hand a connection
    // from one thread to another.
    auto *attempt = new ServerReachAttempt(server.toString(), given, this);
    m_pending = attempt;
    connect(attempt, &ServerReachAttempt::answered, this,
            [this, attempt, server, password, from](const QString &problem) {
                attempt->deleteLater();
                m_pending = nullptr;
                if (!problem.isEmpty()) {
                    setBusy(false);
                    m_message->setText(firstLine(problem));
                    return;
                }
                openReachedHub(server, password, from);
            });
}

void ServerConnectDialog::openReachedHub(const ServerAddress &server, const QString &password,
                                         PasswordFrom from)
{
    try {
        const WaitCursor wait;
        std::optional<ServerPassword> given;
        if (from != PasswordFrom::Nowhere)
            given.emplace(server.toString(), password);
        m_db = Database::open(server.toString());
    } catch (const StoreError &error) {
        setBusy(false);
        m_message->setText(firstLine(error.message()));
        return;
    }
    setBusy(false);
    if (from == PasswordFrom::Typed && m_remember->isChecked())
        keepPassword(server, password);
    accept();
}

void ServerConnectDialog::keepPassword(const ServerAddress &server, const QString &password)
{
    const QString name = tr("%1 on %2").arg(server.database, server.host);
    // The answer may come after this dialog has gone: the window hears it.
    QWidget *window = parentWidget();
    QObject *context = window ? static_cast<QObject *>(window) : QCoreApplication::instance();
    ServerKeyring::instance().write(
        ServerKeyring::keyFor(server), password, context,
        [window, name](const ServerKeyring::Answer &answer) {
            if (answer.outcome == ServerKeyring::Outcome::Done)
                return;
            Prompter::warning(window, tr("Password not kept"),
                              tr("The password for %1 was not kept: the system keyring is not "
                                 "available (%2). Type it again next time, or keep it in "
                                 "~/.pgpass.")
                                  .arg(name, answer.problem));
        });
}

void ServerConnectDialog::setBusy(bool busy, const QString &message)
{
    m_message->setText(message);
    m_connect->setEnabled(!busy && m_validator->isValid());
}

std::unique_ptr<Database> ServerConnectDialog::takeDatabase()
{
    return std::move(m_db);
}

void ServerConnectDialog::reject()
{
    // A keyring read or a try at the server still under way is dropped, and no hub is opened
    // after all.
    delete m_pending;
    QDialog::reject();
}

} // namespace hubreg::ui
