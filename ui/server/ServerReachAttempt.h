#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace hubreg::ui {

// One try at a hub's server, made on a thread of its own so that the window answers (and its
// Cancel works) while a slow or absent server is waited for. Deleting the attempt drops its
// answer; its thread ends by itself within the address's connect timeout.
class ServerReachAttempt : public QObject
{
    Q_OBJECT

public:
    // Tries `address` at once, with `password` when given, else libpq's own (~/.pgpass).
    ServerReachAttempt(const QString &address, const std::optional<QString> &password,
                       QObject *parent);

    // Waits for every try still under way to end, answered or dropped (the program's end
    // does so, so that none outlives the driver it uses).
    static void waitForAll();

signals:
    // `problem` is empty when the server took the connection, else the reason in its words.
    void answered(const QString &problem);
};

} // namespace hubreg::ui
