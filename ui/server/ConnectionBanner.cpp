#include "ConnectionBanner.h"

#include "ServerReachAttempt.h"
#include "database/Database.h"
#include "database/StoreError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace hubreg::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_tryNow(new QPushButton(tr("&Try Now"), this))
{
    setObjectName(QStringLiteral("connectionBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_text->setWordWrap(true);
    m_tryNow->setObjectName(QStringLiteral("tryNowPushButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_tryNow);
    connect(m_tryNow, &QPushButton::clicked, this, &ConnectionBanner::tryNow);
    m_check.setInterval(30000);
    connect(&m_check, &QTimer::timeout, this, &ConnectionBanner::checkNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionBanner::tryNow);
    hide();
}

void ConnectionBanner::watch(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db && db->isServer() ? db : nullptr;
    m_retry.stop();
    delete m_attempt;
    hide();
    if (!m_db) {
        m_check.stop();
        return;
    }
    connect(m_db, &Database::connectionLost, this, &ConnectionBanner::showLost);
    m_check.start();
    if (m_db->isConnectionLost())
        showLost();
}

void ConnectionBanner::setPauses(int checkMs, int firstTryMs, int longestTryMs)
{
    m_check.setInterval(checkMs);
    m_firstPause = firstTryMs;
    m_longestPause = longestTryMs;
    m_pause = firstTryMs;
}

void ConnectionBanner::checkNow()
{
    // Within a transaction (an import letting the window paint) the connection is in use.
    if (m_db && !m_db->isConnectionLost() && !m_db->inTransaction())
        m_db->checkConnection();
}

void ConnectionBanner::showLost()
{
    m_lostAt = QTime::currentTime();
    m_pause = m_firstPause;
    m_text->setText(
        tr("The connection to %1 was lost at %2. HubRegister is connecting again; "
           "until it is back, nothing can be changed or read.")
            .arg(m_db->displayName(), QLocale().toString(m_lostAt, QLocale::ShortFormat)));
    show();
    m_retry.start(m_pause);
}

void ConnectionBanner::sayLost(const QString &lastTry)
{
    QString text
        = tr("The connection to %1 was lost at %2. HubRegister is connecting again; "
             "until it is back, nothing can be changed or read.")
              .arg(m_db->displayName(), QLocale().toString(m_lostAt, QLocale::ShortFormat));
    if (!lastTry.isEmpty())
        text += QLatin1Char(' ') + tr("Last try: %1").arg(lastTry);
    m_text->setText(text);
}

void ConnectionBanner::tryNow()
{
    if (!m_db || !m_db->isConnectionLost() || m_attempt)
        return;
    m_retry.stop();
    // The server is tried on a thread of its own first, so that a server or network that is
    // still away holds nothing up here; the connection itself is made again here.
    m_attempt = new ServerReachAttempt(m_db->path(), m_db->serverPassword(), this);
    connect(m_attempt, &ServerReachAttempt::answered, this, &ConnectionBanner::answered);
}

void ConnectionBanner::answered(const QString &problem)
{
    if (m_attempt)
        m_attempt->deleteLater();
    m_attempt = nullptr;
    if (!m_db || !m_db->isConnectionLost())
        return;
    QString why = problem;
    if (why.isEmpty() && m_db->inTransaction())
        why = tr("the server is back, and HubRegister waits for the work under way to end.");
    else if (why.isEmpty()) {
        try {
            m_db->reconnect();
            hide();
            emit reconnected();
            return;
        } catch (const StoreError &error) {
            why = error.message();
        }
    }
    m_text->setText(
        tr("The connection to %1 was lost at %2. HubRegister is connecting again; "
           "until it is back, nothing can be changed or read. Last try: %3")
            .arg(m_db->displayName(), QLocale().toString(m_lostAt, QLocale::ShortFormat), why));
    m_pause = std::min(m_pause * 2, m_longestPause);
    m_retry.start(m_pause);
}

} // namespace hubreg::ui
