#include "EditActions.h"

#include "MainWindow.h"
#include "common/EditTargets.h"
#include "common/TableCopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace hubreg::ui {

namespace {
template<typename Interface> Interface *ancestorWith(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto *found = dynamic_cast<Interface *>(widget))
            return found;
    }
    return nullptr;
}
// Line edits, text editors and spin boxes have cut/copy/paste slots; other widgets have none.
void invokeIfPresent(QWidget *widget, const char *signature, const char *name)
{
    if (widget && widget->metaObject()->indexOfMethod(signature) >= 0)
        QMetaObject::invokeMethod(widget, name);
}
} // namespace

EditActions::EditActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    QMenu *edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = window.undoStack()->createUndoAction(&window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = window.undoStack()->createRedoAction(&window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *cutAction = edit->addAction(tr("Cu&t"), this, &EditActions::cut);
    cutAction->setObjectName(QStringLiteral("cutAction"));
    cutAction->setShortcut(QKeySequence::Cut);
    QAction *copyAction = edit->addAction(tr("&Copy"), this, &EditActions::copy);
    copyAction->setObjectName(QStringLiteral("copyAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    QAction *pasteAction = edit->addAction(tr("&Paste"), this, &EditActions::paste);
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find"), this, &EditActions::find);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
}

void EditActions::cut()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus))
        copySelection(*view); // rows are removed on their own screens, never by cutting
    else
        invokeIfPresent(focus, "cut()", "cut");
}

void EditActions::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus))
        copySelection(*view);
    else
        invokeIfPresent(focus, "copy()", "copy");
}

void EditActions::paste()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        if (auto *target = ancestorWith<PasteTarget>(view))
            target->pasteInto(view);
    } else {
        invokeIfPresent(focus, "paste()", "paste");
    }
}

void EditActions::find()
{
    if (auto *searchable = dynamic_cast<Searchable *>(m_window.currentPage()))
        searchable->focusSearch();
}

} // namespace hubreg::ui
