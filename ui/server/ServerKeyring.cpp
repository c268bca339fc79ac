#include "ServerKeyring.h"

#include "database/ServerAddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace hubreg::ui {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::ServerKeyring)
};

const QString kService = QStringLiteral("HubRegister");

ServerKeyring::Answer answerOf(const QKeychain::Job &job, const QString &password = {})
{
    ServerKeyring::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = ServerKeyring::Outcome::Done;
        answer.password = password;
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = ServerKeyring::Outcome::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        answer.problem = Tr::tr("the keyring refused access");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.problem = Tr::tr("this system has no keyring service");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a Secret Service running (a machine with no desktop session) the library
        // says only "Unknown error".
        answer.problem
            = job.errorString().isEmpty() || job.errorString() == QLatin1String("Unknown error")
            ? Tr::tr("no keyring service answered")
            : job.errorString();
        break;
    }
    return answer;
}

// The system keyring through QtKeychain. Its plain-text fallback stays off: where no keyring
// exists it would write the password into a settings file.
class SystemKeyring final : public ServerKeyring
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             const auto *reader
                                 = static_cast<const QKeychain::ReadPasswordJob *>(finished);
                             done(answerOf(*finished, reader->textData()));
                         });
        job->start();
    }

    void write(const QString &key, const QString &password, QObject *context,
               Callback done) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setInsecureFallback(false);
        job->setTextData(password);
        QObject::connect(
            job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finished) { done(answerOf(*finished)); });
        job->start();
    }

    void forget(const QString &key, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        job->setInsecureFallback(false);
        QObject::connect(
            job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finished) { done(answerOf(*finished)); });
        job->start();
    }
};

ServerKeyring *s_instance = nullptr;

} // namespace

ServerKeyring &ServerKeyring::instance()
{
    static SystemKeyring system;
    return s_instance ? *s_instance : system;
}

void ServerKeyring::setInstance(ServerKeyring *keyring)
{
    s_instance = keyring;
}

QString ServerKeyring::keyFor(const ServerAddress &server)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(server.user, server.host, QString::number(server.port),
             server.database.isEmpty() ? QStringLiteral("?service=") + server.service
                                       : server.database);
}

ServerKeyring::Answer ServerKeyring::readNow(const QString &key)
{
    QEventLoop loop;
    Answer result;
    bool answered = false;
    instance().read(key, &loop, [&](const Answer &answer) {
        result = answer;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

} // namespace hubreg::ui
