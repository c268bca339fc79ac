#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hubreg::ui {

QSize roomOnScreen(const QWidget *widget)
{
    const QWidget *window = widget->window();
    if (window->parentWidget())
        window = window->parentWidget()->window();
    QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1024, 700);
    // The frame and title bar are not known before the window is shown.
    return QSize(available.width() - 16, available.height() - 40);
}

void resizeWithinScreen(QWidget *window, const QSize &preferred)
{
    const QSize room = roomOnScreen(window);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint()).boundedTo(room));
}

} // namespace hubreg::ui
