#include "ServerPassword.h"

#include "ServerAddress.h"

namespace hubreg {

namespace {
// The innermost password given on this thread: a connection belongs to the thread that opens
// it, so another thread's open never sees this one's password.
thread_local ServerPassword *t_innermost = nullptr;

QString normalised(const QString &address)
{
    const auto server = ServerAddress::parse(address, nullptr);
    return server ? server->toString() : QString();
}
} // namespace

ServerPassword::ServerPassword(const QString &address, const QString &password)
    : m_address(normalised(address))
    , m_password(password)
    , m_outer(t_innermost)
{
    t_innermost = this;
}

ServerPassword::~ServerPassword()
{
    t_innermost = m_outer;
}

std::optional<QString> ServerPassword::find(const ServerAddress &server)
{
    const QString address = server.toString();
    for (const ServerPassword *given = t_innermost; given; given = given->m_outer) {
        if (!given->m_address.isEmpty() && given->m_address == address)
            return given->m_password;
    }
    return std::nullopt;
}

} // namespace hubreg
