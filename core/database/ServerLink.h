#pragma once

#include <QObject>
#include <QString>

class QSqlError;

namespace hubreg {

// Whether a hub server's connection is still there. A query that failed for want of the
// connection is followed by a probe; once the connection is known to be gone, every query is
// refused at once (nothing is sent, so nothing is half-written or written twice) until the
// Database reconnects.
class ServerLink : public QObject
{
    Q_OBJECT

public:
    explicit ServerLink(const QString &connectionName, QObject *parent = nullptr);

    // Whether a server's error is the connection's own (SQLSTATE class 08, a connection
    // exception; 57P, an operator's intervention; none, when the socket itself went).
    static bool isConnectionFailure(const QSqlError &error);

    bool isLost() const { return m_lost; }
    // After a query failed with `error`: when it is the connection's kind of failure and a
    // probe finds the connection gone, marks it lost.
    void suspect(const QSqlError &error);
    // Asks the server for nothing (SELECT 1); marks the connection lost if that fails.
    // Returns whether the connection is there.
    bool probe();
    void setLost(bool lost);

signals:
    void lost();
    void restored();

private:
    QString m_connectionName;
    bool m_lost = false;
};

} // namespace hubreg
