#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ServerAddress)
};

const QStringList kSslModes { QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &location, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!isServerAddress(location) || !url.isValid())
        return fail(Tr::tr("“%1” is not a server address; write it as "
                           "postgresql://user@host:port/database.")
                        .arg(location));
    if (!url.password().isEmpty())
        return fail(Tr::tr("A server address must not hold a password: anyone who sees the "
                           "command or the settings would read it. Keep it in ~/.pgpass or let "
                           "HubRegister keep it in the system keyring."));
    ServerAddress address;
    address.host = url.host();
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (url.port() != -1)
        address.port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return fail(Tr::tr("“%1” is not a TLS mode; use one of: %2.")
                                .arg(value, kSslModes.join(QLatin1String(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            address.sslRootCert = value;
        } else if (key == QLatin1String("service")) {
            address.service = value;
        } else {
            return fail(Tr::tr("The server address has an option HubRegister does not know: "
                               "“%1”. It knows sslmode, sslrootcert and service.")
                            .arg(key));
        }
    }
    if (address.database.isEmpty() && address.service.isEmpty())
        return fail(Tr::tr("The server address names no database: add it after the host, as "
                           "in postgresql://user@host/hub."));
    if (address.database.contains(QLatin1Char('/')))
        return fail(Tr::tr("“%1” is not a database name.").arg(address.database));
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (sslMode != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    // A network that goes silent (no reset) would hold a query for the system's TCP timeout,
    // a quarter of an hour, with the window frozen: the connection is asked after 30 s idle
    // and given up when the server has not answered for 20 s, so the loss is said instead.
    QStringList options {
        QStringLiteral("sslmode=") + sslMode,          QStringLiteral("connect_timeout=10"),
        QStringLiteral("keepalives_idle=30"),          QStringLiteral("keepalives_interval=10"),
        QStringLiteral("keepalives_count=2"),          QStringLiteral("tcp_user_timeout=20000"),
        QStringLiteral("application_name=HubRegister")
    };
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + sslRootCert;
    if (!service.isEmpty())
        options << QStringLiteral("service=") + service;
    return options.join(QLatin1Char(';'));
}

} // namespace hubreg
