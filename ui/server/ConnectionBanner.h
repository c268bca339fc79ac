#pragma once

#include <QFrame>
#include <QPointer>
#include <QTime>
#include <QTimer>

class QLabel;
class QPushButton;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class ServerReachAttempt;

// The window's word on its hub server's connection. It checks the connection when the window
// is idle; once it is lost it says so (nothing can be saved meanwhile: the core refuses every
// query), tries the server again on a thread of its own with growing pauses (or at once, from
// Try Now), reconnects, and hides again. A file needs none of it.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Watches `db` (a server's), or nothing (a file, or none open).
    void watch(Database *db);
    // The idle check's interval and the pauses between tries, growing from the first to the
    // longest: half a minute, two seconds, half a minute unless a test shortens them.
    void setPauses(int checkMs, int firstTryMs, int longestTryMs);
    // Checks the connection now, as the idle check does.
    void checkNow();
    // Tries the server now, as Try Now does.
    void tryNow();

signals:
    void reconnected();

private:
    void showLost();
    // Says the connection is lost, with why the last try failed, when one has.
    void sayLost(const QString &lastTry);
    void answered(const QString &problem);

    QPointer<Database> m_db;
    QLabel *m_text;
    QPushButton *m_tryNow;
    QTimer m_check;
    QTimer m_retry;
    int m_firstPause = 2000;
    int m_longestPause = 30000;
    int m_pause = 2000;
    QTime m_lostAt;
    QPointer<ServerReachAttempt> m_attempt;
};

} // namespace hubreg::ui
