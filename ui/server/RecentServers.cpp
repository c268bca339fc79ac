#include "RecentServers.h"

#include "database/ServerAddress.h"

#include <QSettings>

namespace hubreg::ui::recentservers {

namespace {
const QString kKey = QStringLiteral("servers/recent");
constexpr int kKept = 8;
} // namespace

QStringList list()
{
    QStringList servers;
    for (const QString &address : QSettings().value(kKey).toStringList()) {
        if (ServerAddress::parse(address, nullptr))
            servers << address;
    }
    return servers;
}

void remember(const QString &address)
{
    const auto server = ServerAddress::parse(address, nullptr);
    if (!server)
        return;
    const QString clean = server->toString();
    QStringList servers = list();
    servers.removeAll(clean);
    servers.prepend(clean);
    while (servers.size() > kKept)
        servers.removeLast();
    QSettings().setValue(kKey, servers);
}

} // namespace hubreg::ui::recentservers
