#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace hubreg::ui {

// Reads every page of an open file in a worker thread, so damage that opening did not reach
// (bytes overwritten in the middle) is found without making start-up wait for it. The check
// uses its own read-only connection and never changes the file. It can start after a delay, so
// that it does not compete with filling the first screen.
class IntegrityWatch : public QObject
{
    Q_OBJECT

public:
    IntegrityWatch(const QString &path, int delayMs, QObject *parent = nullptr);
    // Waits for a check still running: it cannot be interrupted, and it reads the file.
    ~IntegrityWatch() override;

    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }

signals:
    // The file is damaged; `problem` says how, for people.
    void damaged(const QString &problem);
    void intact();

private:
    void start();

    QString m_path;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace hubreg::ui
