#pragma once

#include <QString>

#include <functional>

class QObject;

namespace hubreg {
class ServerAddress;
}

namespace hubreg::ui {

// Where the window keeps servers' passwords: the system keyring (the Secret Service or KWallet,
// the macOS Keychain, the Windows Credential Manager), never the settings. Every call answers
// later, through the event loop: a keyring may first ask its owner to unlock it, and a missing
// one (no Secret Service running) answers Unavailable straight away.
class ServerKeyring
{
public:
    enum class Outcome { Done, NotFound, Unavailable };
    struct Answer
    {
        Outcome outcome = Outcome::Unavailable;
        QString password; // what read() found
        QString problem; // why the keyring is unavailable, for people
    };
    using Callback = std::function<void(const Answer &answer)>;

    virtual ~ServerKeyring() = default;
    // `done` is called once, unless `context` is gone by then.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &password, QObject *context, Callback done)
        = 0;
    virtual void forget(const QString &key, QObject *context, Callback done) = 0;

    // The keyring the window uses: the system's, unless a test put its own in place.
    static ServerKeyring &instance();
    // For tests: use `keyring` instead of the system's (null puts the system's back).
    static void setInstance(ServerKeyring *keyring);
    // The name a server's password is kept under: user, host, port and database, so that a
    // change of TLS mode keeps it.
    static QString keyFor(const ServerAddress &server);
    // Reads `key` and waits for the answer, for the start-up, before any window is shown.
    static Answer readNow(const QString &key);
};

} // namespace hubreg::ui
