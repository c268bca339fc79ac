#include "ServerLink.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hubreg {

ServerLink::ServerLink(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{ }

bool ServerLink::isConnectionFailure(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08"))
        || state.startsWith(QLatin1String("57P"));
}

void ServerLink::suspect(const QSqlError &error)
{
    if (!m_lost && isConnectionFailure(error))
        probe();
}

bool ServerLink::probe()
{
    if (m_lost)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Within a transaction an error has spoilt, the server refuses the probe too (25P02),
    // which still says it is there.
    if (query.exec(QStringLiteral("SELECT 1"))
        || query.lastError().nativeErrorCode() == QLatin1String("25P02"))
        return true;
    setLost(true);
    return false;
}

void ServerLink::setLost(bool lost)
{
    if (lost == m_lost)
        return;
    m_lost = lost;
    if (lost)
        emit this->lost();
    else
        emit restored();
}

} // namespace hubreg
