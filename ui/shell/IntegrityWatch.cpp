#include "IntegrityWatch.h"

#include "database/IntegrityCheck.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace hubreg::ui {

IntegrityWatch::IntegrityWatch(const QString &path, int delayMs, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    QTimer::singleShot(delayMs, this, &IntegrityWatch::start);
}

void IntegrityWatch::start()
{
    auto report = std::make_shared<IntegrityReport>();
    m_thread = QThread::create([report, path = m_path] { *report = IntegrityCheck::run(path); });
    connect(m_thread, &QThread::finished, this, [this, report] {
        m_finished = true;
        if (report->intact)
            emit intact();
        else
            emit damaged(report->message());
    });
    m_thread->start(QThread::LowPriority);
}

IntegrityWatch::~IntegrityWatch()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

} // namespace hubreg::ui
