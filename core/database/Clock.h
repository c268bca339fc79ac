#pragma once

#include <QDate>
#include <QDateTime>

namespace hubreg {

// The time the core stamps on records. Tests substitute a fixed clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
    virtual QDate today() const;

    static Clock &system();
    static QString timestamp(const QDateTime &utc);
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &nowUtc)
        : m_now(nowUtc)
    { }
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void setNow(const QDateTime &nowUtc) { m_now = nowUtc; }

private:
    QDateTime m_now;
};

} // namespace hubreg
