#include "OnDemandComboBox.h"

#include <QEvent>

namespace hubreg::ui {

OnDemandComboBox::OnDemandComboBox(QWidget *parent)
    : QComboBox(parent)
{ }

void OnDemandComboBox::fillNow()
{
    if (m_filled || !m_fill)
        return;
    m_filled = true;
    m_fill();
}

void OnDemandComboBox::showPopup()
{
    fillNow();
    QComboBox::showPopup();
}

bool OnDemandComboBox::event(QEvent *event)
{
    // Focus comes before any key reaches the box (type-ahead needs the items); the mouse and
    // the wheel are caught too, as a box can be set to take neither's focus.
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        fillNow();
        break;
    default:
        break;
    }
    return QComboBox::event(event);
}

} // namespace hubreg::ui
