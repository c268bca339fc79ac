#include "ErasePersonDialog.h"

#include "BackupCopiesPanel.h"
#include "common/Prompter.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "privacy/BackupCopies.h"
#include "records/PersonStore.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {

QString bulleted(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ErasePersonDialog::ErasePersonDialog(Workspace &workspace, RecordId personId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("erasePersonDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    Database &db = workspace.database();
    const auto person = PersonStore(db).find(personId);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::AcceptRole);
    m_erase->setObjectName(QStringLiteral("erasePushButton"));
    // Cancel is the safe default: Enter alone erases nobody.
    m_erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ErasePersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ErasePersonDialog::reject);

    if (!person) {
        setWindowTitle(tr("Erase Person"));
        layout->addWidget(wrapped(tr("The person is no longer in this file."), this));
        m_erase->setEnabled(false);
        layout->addWidget(buttons);
        return;
    }
    m_uuid = person->uuid;
    m_alreadyErased = person->isErased();
    QList<BackupCopy> copies;
    {
        WaitCursor wait;
        copies = BackupCopies::holding(db, { person->uuid });
        if (!m_alreadyErased) {
            try {
                m_plan = Erasure(db).plan({ personId });
            } catch (const StoreError &error) {
                layout->addWidget(wrapped(error.message(), this));
                m_erase->setEnabled(false);
            }
        }
    }

    if (m_alreadyErased) {
        setWindowTitle(tr("Backups Holding %1").arg(person->fullName()));
        layout->addWidget(wrapped(
            tr("Their personal data was erased from this file on %1. Backups taken before then "
               "may still hold it.")
                .arg(person->erasedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))),
            this));
        m_erase->setText(tr("&Apply"));
        m_erase->setEnabled(!copies.isEmpty());
    } else if (!m_plan.people.isEmpty()) {
        setWindowTitle(tr("Erase %1").arg(person->fullName()));
        const QString who = person->email.isEmpty()
            ? person->fullName()
            : tr("%1 (%2)").arg(person->fullName(), person->email);
        layout->addWidget(
            wrapped(tr("Erase %1 everywhere in this file? This cannot be undone.").arg(who), this));
        auto *goes = new QGroupBox(tr("What goes"), this);
        m_goes = wrapped(bulleted(m_plan.goes()), goes);
        m_goes->setObjectName(QStringLiteral("goesLabel"));
        (new QVBoxLayout(goes))->addWidget(m_goes);
        auto *stays = new QGroupBox(tr("What stays"), this);
        m_stays = wrapped(bulleted(m_plan.stays()), stays);
        m_stays->setObjectName(QStringLiteral("staysLabel"));
        (new QVBoxLayout(stays))->addWidget(m_stays);
        layout->addWidget(goes);
        layout->addWidget(stays);
    }
    m_backups = new BackupCopiesPanel(copies, this);
    layout->addWidget(m_backups);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString ErasePersonDialog::goesText() const
{
    return m_goes ? m_plan.goes().join(QLatin1Char('\n')) : QString();
}

QString ErasePersonDialog::staysText() const
{
    return m_stays ? m_plan.stays().join(QLatin1Char('\n')) : QString();
}

QString ErasePersonDialog::erase()
{
    WaitCursor wait;
    const auto outcome = Erasure(m_workspace.database()).erase({ m_personId });
    if (!outcome)
        return {};
    const ErasureSubject &subject = outcome->plan.people.first();
    const QString done = subject.removedEntirely
        ? tr("%1 is erased: their record is gone.").arg(subject.name)
        : tr("%1 is erased: the file now calls them “%2”.").arg(subject.name, subject.label);
    return done + QLatin1Char('\n') + outcome->residue.summary();
}

void ErasePersonDialog::accept()
{
    QStringList summary;
    if (!m_alreadyErased) {
        try {
            summary << erase();
        } catch (const StoreError &error) {
            m_workspace.showError(tr("Not erased"), error);
            return;
        }
        // Undo commands keep copies of people's details; an erased person's must not survive.
        m_workspace.undoStack()->clear();
    }
    const QString backups = BackupCopiesPanel::apply(
        this, m_workspace.database(), m_backups->copies(), { m_uuid }, m_backups->choice());
    if (!backups.isEmpty())
        summary << backups;
    const QString text = summary.join(QLatin1Char('\n'));
    QDialog::accept();
    emit finished(text);
    Prompter::information(parentWidget(), m_alreadyErased ? tr("Backups") : tr("Person Erased"),
                          text);
}

} // namespace hubreg::ui
