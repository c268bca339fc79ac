#pragma once

#include <QObject>

class QAction;

namespace hubreg::ui {

class MainWindow;

// The Edit menu: undo and redo of every edit, cut, copy and paste for whatever has the focus
// (a table copies its selection as tab-separated text; a screen may take pasted rows), and Find.
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(MainWindow &window);

    void cut();
    void copy();
    void paste();
    void find();

private:
    MainWindow &m_window;
};

} // namespace hubreg::ui
