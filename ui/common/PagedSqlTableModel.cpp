#include "PagedSqlTableModel.h"

#include <QTimer>

namespace hubreg::ui {

PagedTableModelBase::PagedTableModelBase(QObject *parent)
    : RowTableModelBase(parent)
{ }

void PagedTableModelBase::countAfterPause(int delayMs)
{
    if (!m_countLater) {
        m_countLater = new QTimer(this);
        m_countLater->setSingleShot(true);
        connect(m_countLater, &QTimer::timeout, this, &PagedTableModelBase::countNow);
    }
    m_countLater->setInterval(delayMs);
}

int PagedTableModelBase::totalCount()
{
    if (m_total < 0)
        countNow();
    return m_total;
}

void PagedTableModelBase::settleTotal(int read, int limit)
{
    if (m_countLater)
        m_countLater->stop();
    if (read < limit)
        m_total = read;
    else
        m_total = m_countLater ? -1 : countMatches();
}

void PagedTableModelBase::endTotalAt(int rows)
{
    if (m_countLater)
        m_countLater->stop();
    m_total = rows;
    emit totalCountChanged(m_total);
}

void PagedTableModelBase::reportTotal()
{
    emit totalCountChanged(m_total);
    if (m_total < 0)
        m_countLater->start();
}

void PagedTableModelBase::countNow()
{
    if (m_countLater)
        m_countLater->stop();
    if (m_total >= 0)
        return;
    // Never fewer than are on show: rows may have been added since the first page was read.
    m_total = qMax(countMatches(), rowCount());
    emit totalCountChanged(m_total);
}

} // namespace hubreg::ui
