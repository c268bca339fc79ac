#include "PropertiesDialog.h"

#include "database/DatabaseInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hubreg::ui {

PropertiesDialog::PropertiesDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Properties"));
    auto *form = new QFormLayout;
    for (const auto &line : DatabaseInfo::of(db).lines()) {
        auto *value = new QLabel(line.second, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(line.first + QLatin1Char(':'), value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace hubreg::ui
