#include "MarkKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace hubreg::ui {

MarkKeys::MarkKeys(QAbstractItemView *view, SetMark setMark, TakesKeys takesKeys)
    : QObject(view)
    , m_view(view)
    , m_setMark(std::move(setMark))
    , m_takesKeys(std::move(takesKeys))
{
    view->installEventFilter(this);
}

bool MarkKeys::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into an open editor go to the editor, not here.
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_takesKeys(current))
        return false;
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        if (m_setMark(current, std::nullopt))
            moveDown();
        return true;
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isLetter())
        return false;
    const auto mark = markFromCode(text.at(0).toUpper());
    if (!mark)
        return true; // a letter that is no mark: swallowed, so it does not jump to a name
    if (m_setMark(current, mark) && mark != AttendanceMark::Substitute)
        moveDown();
    return true;
}

void MarkKeys::moveDown()
{
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex below = current.sibling(current.row() + 1, current.column());
    if (below.isValid())
        m_view->setCurrentIndex(below);
}

} // namespace hubreg::ui
