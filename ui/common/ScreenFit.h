#pragma once

#include <QSize>

class QWidget;

namespace hubreg::ui {

// Sizes a window or dialog to `preferred`, or to as much of it as the screen it opens on has
// room for once the window's frame and the desktop's panels are allowed for: a dialog laid out
// for a big screen still opens whole on a small laptop.
void resizeWithinScreen(QWidget *window, const QSize &preferred);

// The room a window may take on the screen `widget` is on (its available area, less an
// allowance for the frame).
QSize roomOnScreen(const QWidget *widget);

} // namespace hubreg::ui
