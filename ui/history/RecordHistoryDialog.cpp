#include "RecordHistoryDialog.h"

#include "HistoryPanel.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace hubreg::ui {

RecordHistoryDialog::RecordHistoryDialog(Workspace &workspace, Entity entity, RecordId id,
                                         const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_panel(new HistoryPanel(workspace, entity, this))
{
    setObjectName(QStringLiteral("recordHistoryDialog"));
    setWindowTitle(title);
    m_panel->setRecord(id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 420));
}

void RecordHistoryDialog::showHistory(Workspace &workspace, Entity entity, RecordId id,
                                      const QString &title, QWidget *parent)
{
    auto *dialog = new RecordHistoryDialog(workspace, entity, id, title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hubreg::ui
