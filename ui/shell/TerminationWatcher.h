#pragma once

#include <QObject>

class QSocketNotifier;

namespace hubreg::ui {

// Turns SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C) into a Qt signal, so the
// program closes its window and its file properly instead of dying mid-write.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hubreg::ui
