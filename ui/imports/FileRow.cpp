#include "FileRow.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::FileRow)
};
} // namespace

QPushButton *addFileRow(QFormLayout *form, QLineEdit *file)
{
    QWidget *parent = form->parentWidget() ? form->parentWidget() : file->parentWidget();
    auto *browse = new QPushButton(Tr::tr("&Browse…"), parent);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(file, 1);
    row->addWidget(browse);
    auto *label = new QLabel(Tr::tr("&File:"), parent);
    label->setBuddy(file);
    form->addRow(label, row);
    return browse;
}

} // namespace hubreg::ui
