#include "TemplateBar.h"

#include "common/Prompter.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "records/ExportTemplateStore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hubreg::ui {

TemplateBar::TemplateBar(Database &db, std::function<QList<ExportColumn>()> currentLayout,
                         QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_currentLayout(std::move(currentLayout))
    , m_choice(new QComboBox(this))
    , m_delete(new QPushButton(tr("D&elete Template"), this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save &Template"), this))
    , m_rights(AccessRights::of(db))
{
    m_choice->setObjectName(QStringLiteral("templateComboBox"));
    m_delete->setObjectName(QStringLiteral("deleteTemplatePushButton"));
    m_name->setObjectName(QStringLiteral("templateNameLineEdit"));
    m_save->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_name->setPlaceholderText(tr("a name, such as NCETM summer 2025"));
    m_name->setMaxLength(100);
    for (QPushButton *button : { m_delete, m_save })
        button->setAutoDefault(false);
    if (!m_rights.may(AccessRights::Action::ChangeHub)) {
        const QString why = m_rights.whyNot(AccessRights::Action::ChangeHub);
        for (QWidget *widget : std::initializer_list<QWidget *> { m_delete, m_name, m_save })
            widget->setToolTip(why);
    }

    auto *choiceLabel = new QLabel(tr("Te&mplate:"), this);
    choiceLabel->setBuddy(m_choice);
    auto *nameLabel = new QLabel(tr("&New template:"), this);
    nameLabel->setBuddy(m_name);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(choiceLabel, 0, 0);
    grid->addWidget(m_choice, 0, 1);
    grid->addWidget(m_delete, 0, 2);
    grid->addWidget(nameLabel, 1, 0);
    grid->addWidget(m_name, 1, 1);
    grid->addWidget(m_save, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &TemplateBar::chosen);
    connect(m_delete, &QPushButton::clicked, this, &TemplateBar::remove);
    connect(m_save, &QPushButton::clicked, this, &TemplateBar::save);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateBar::updateButtons);
}

void TemplateBar::setReport(ReportKind kind)
{
    m_kind = kind;
    reload(QString());
}

QString TemplateBar::currentName() const
{
    return m_choice->currentIndex() > 0 ? m_choice->currentText() : QString();
}

void TemplateBar::reload(const QString &select)
{
    try {
        m_templates = ExportTemplateStore(m_db).list(m_kind);
    } catch (const StoreError &error) {
        m_templates.clear();
        Prompter::warning(this, tr("Templates"),
                          tr("The saved templates could not be read: %1").arg(error.message()));
    }
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("Default layout"));
    for (const ExportTemplate &saved : std::as_const(m_templates))
        m_choice->addItem(saved.name);
    m_choice->setCurrentIndex(select.isEmpty() ? 0 : qMax(0, m_choice->findText(select)));
    updateButtons();
}

void TemplateBar::chosen()
{
    updateButtons();
    const int index = m_choice->currentIndex() - 1;
    emit layoutChosen(index >= 0 && index < m_templates.size() ? m_templates.at(index).columns
                                                               : QList<ExportColumn>());
}

void TemplateBar::save()
{
    ExportTemplate saved;
    saved.report = m_kind;
    saved.name = m_name->text().trimmed();
    saved.columns = m_currentLayout();
    if (saved.name.isEmpty())
        return;
    const bool exists
        = std::any_of(m_templates.cbegin(), m_templates.cend(), [&](const ExportTemplate &t) {
              return t.name.compare(saved.name, Qt::CaseInsensitive) == 0;
          });
    if (exists
        && Prompter::question(this, tr("Save Template"),
                              tr("The %1 return already has a template called “%2”. Replace its "
                                 "columns with these?")
                                  .arg(displayName(m_kind), saved.name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    try {
        ExportTemplateStore(m_db).save(saved);
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Save Template"),
                          tr("The template was not saved: %1").arg(error.message()));
        return;
    }
    m_name->clear();
    reload(saved.name);
}

void TemplateBar::remove()
{
    const int index = m_choice->currentIndex() - 1;
    if (index < 0 || index >= m_templates.size())
        return;
    const ExportTemplate doomed = m_templates.at(index);
    if (Prompter::question(this, tr("Delete Template"),
                           tr("Delete the template “%1” of the %2 return? Everyone using this file "
                              "shares it.")
                               .arg(doomed.name, displayName(m_kind)),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        ExportTemplateStore(m_db).remove(doomed.id);
    } catch (const StoreError &error) {
        Prompter::warning(this, tr("Delete Template"),
                          tr("The template was not deleted: %1").arg(error.message()));
        return;
    }
    // The columns being edited stay as they are; only the name is gone.
    reload(QString());
}

void TemplateBar::updateButtons()
{
    const bool writable = m_rights.may(AccessRights::Action::ChangeHub);
    m_delete->setEnabled(writable && m_choice->currentIndex() > 0);
    m_name->setEnabled(writable);
    m_save->setEnabled(writable && !m_name->text().trimmed().isEmpty());
}

} // namespace hubreg::ui
