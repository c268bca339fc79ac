#pragma once

#include "database/Entity.h"

#include <QDialog>

namespace hubreg::ui {

class HistoryPanel;
class Workspace;

// The history of one record that has no page of its own (a session, a register mark), in a
// window of its own: the same table, copying and export as a page's History tab.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RecordHistoryDialog(Workspace &workspace, Entity entity, RecordId id, const QString &title,
                        QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }

    // Opens one, deleted once closed.
    static void showHistory(Workspace &workspace, Entity entity, RecordId id, const QString &title,
                            QWidget *parent);

private:
    HistoryPanel *m_panel;
};

} // namespace hubreg::ui
