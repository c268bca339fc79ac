#pragma once

#include <QString>

#include <optional>

namespace hubreg {

class ServerAddress;

// A password for opening a hub on a server, from a caller that has one (the window: typed, or
// read from the system keyring), kept out of the address and so out of titles, settings and
// messages. While a ServerPassword lives, Database::open of its address on this thread
// connects with it; without one, libpq looks in ~/.pgpass or the service file as usual.
class ServerPassword
{
public:
    ServerPassword(const QString &address, const QString &password);
    ~ServerPassword();
    ServerPassword(const ServerPassword &) = delete;
    ServerPassword &operator=(const ServerPassword &) = delete;

    // For Database only: the password given on this thread for `server`, if any.
    static std::optional<QString> find(const ServerAddress &server);

private:
    QString m_address;
    QString m_password;
    ServerPassword *m_outer;
};

} // namespace hubreg
