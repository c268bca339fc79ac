#include "ServerReachAttempt.h"

#include "database/ServerConnection.h"
#include "database/ServerPassword.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <memory>

namespace hubreg::ui {

namespace {

// The threads whose try has not ended; only the window's thread reads or changes this.
QSet<QThread *> &underWay()
{
    static QSet<QThread *> threads;
    return threads;
}

} // namespace

ServerReachAttempt::ServerReachAttempt(const QString &address,
                                       const std::optional<QString> &password, QObject *parent)
    : QObject(parent)
{
    static const bool waitedForAtTheEnd = [] {
        qAddPostRoutine(&ServerReachAttempt::waitForAll);
        return true;
    }();
    Q_UNUSED(waitedForAtTheEnd)

    auto problem = std::make_shared<QString>();
    QThread *thread = QThread::create([address, password, problem] {
        try {
            // A password given here reaches this thread's connection only.
            std::optional<ServerPassword> given;
            if (password)
                given.emplace(address, *password);
            serverconnection::reach(address);
        } catch (const StoreError &error) {
            *problem = error.message();
        }
    });
    underWay().insert(thread);
    connect(thread, &QThread::finished, this, [this, problem] { emit answered(*problem); });
    connect(thread, &QThread::finished, QCoreApplication::instance(), [thread] {
        underWay().remove(thread);
        thread->deleteLater();
    });
    thread->start();
}

void ServerReachAttempt::waitForAll()
{
    const QSet<QThread *> threads = underWay();
    for (QThread *thread : threads)
        thread->wait();
}

} // namespace hubreg::ui
