#include "BackupCopiesPanel.h"

#include "database/StoreError.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
// More copies than this are listed in a scrolling box.
constexpr int kCopiesShownWhole = 5;
} // namespace

BackupCopiesPanel::BackupCopiesPanel(const QList<BackupCopy> &copies, QWidget *parent)
    : QGroupBox(tr("Backups that still hold them"), parent)
    , m_copies(copies)
    , m_keep(new QRadioButton(tr("&Keep them until they are gone"), this))
    , m_rewrite(new QRadioButton(tr("Re&write them without them now (each copy is checked)"), this))
    , m_delete(new QRadioButton(tr("&Delete them now"), this))
{
    setObjectName(QStringLiteral("backupCopiesGroupBox"));
    m_keep->setObjectName(QStringLiteral("keepBackupsRadioButton"));
    m_rewrite->setObjectName(QStringLiteral("rewriteBackupsRadioButton"));
    m_delete->setObjectName(QStringLiteral("deleteBackupsRadioButton"));
    auto *layout = new QVBoxLayout(this);
    if (copies.isEmpty()) {
        auto *none = new QLabel(tr("No backup in the backups folder holds them."), this);
        none->setObjectName(QStringLiteral("noBackupsLabel"));
        layout->addWidget(none);
        for (QRadioButton *button : { m_keep, m_rewrite, m_delete })
            button->hide();
        m_keep->setChecked(true);
        return;
    }
    QString items = QStringLiteral("<ul style=\"margin-left: 0\">");
    bool anyUnsearched = false;
    for (const BackupCopy &copy : copies) {
        items += QStringLiteral("<li>%1</li>").arg(copy.describe().toHtmlEscaped());
        anyUnsearched = anyUnsearched || !copy.searched;
    }
    auto *list = new QLabel(items + QStringLiteral("</ul>"));
    list->setObjectName(QStringLiteral("backupCopiesLabel"));
    list->setWordWrap(true);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QWidget *shown = list;
    // A long list scrolls: the choice below must stay in view.
    if (copies.size() > kCopiesShownWhole) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(list);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFixedHeight(fontMetrics().lineSpacing() * 2 * kCopiesShownWhole);
        shown = scroll;
    } else {
        list->setParent(this);
    }
    auto *about = new QLabel(
        tr("HubRegister keeps the newest daily copies (ten unless set otherwise); older ones "
           "go as new ones are taken. Copies taken by hand or before an upgrade stay until "
           "deleted. Copies saved elsewhere, and exports, are not listed."),
        this);
    about->setWordWrap(true);
    layout->addWidget(shown);
    layout->addWidget(about);
    layout->addWidget(m_keep);
    layout->addWidget(m_rewrite);
    layout->addWidget(m_delete);
    if (anyUnsearched) {
        auto *note = new QLabel(tr("A copy that cannot be opened to search (a damaged file kept "
                                   "for what can still be read from it) cannot be rewritten: "
                                   "Rewrite leaves it, Delete deletes it."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_keep->setChecked(true);
}

BackupCopiesPanel::Choice BackupCopiesPanel::choice() const
{
    if (m_rewrite->isChecked())
        return Choice::Rewrite;
    if (m_delete->isChecked())
        return Choice::Delete;
    return Choice::Keep;
}

void BackupCopiesPanel::setChoice(Choice choice)
{
    (choice == Choice::Rewrite      ? m_rewrite
         : choice == Choice::Delete ? m_delete
                                    : m_keep)
        ->setChecked(true);
}

QString BackupCopiesPanel::apply(QWidget *parent, const Database &db,
                                 const QList<BackupCopy> &copies, const QList<QUuid> &people,
                                 Choice choice)
{
    if (copies.isEmpty())
        return {};
    if (choice == Choice::Keep)
        return tr("%n backup(s) still hold them until the rotation or you remove them.", nullptr,
                  int(copies.size()));
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("backupProgressDialog"));
    progress.setWindowTitle(choice == Choice::Rewrite ? tr("Rewrite Backups")
                                                      : tr("Delete Backups"));
    progress.setCancelButtonText(tr("&Cancel"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    progress.setMaximum(int(copies.size()));
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    int rewritten = 0;
    int deleted = 0;
    QStringList problems;
    for (int i = 0; i < copies.size(); ++i) {
        progress.setValue(i);
        progress.setLabelText(copies.at(i).fileName());
        QCoreApplication::processEvents(progress.isVisible() ? QEventLoop::AllEvents
                                                             : QEventLoop::ExcludeUserInputEvents);
        if (progress.wasCanceled())
            break;
        const BackupCopy &copy = copies.at(i);
        try {
            if (choice == Choice::Delete) {
                BackupCopies::remove(copy);
                ++deleted;
            } else if (copy.searched && copy.kind != BackupCopy::Kind::Damaged) {
                BackupCopies::rewrite(db, copy, people);
                ++rewritten;
            } else {
                problems << tr("%1 cannot be opened to search, so it was left; delete it once "
                               "nothing more is needed from it.")
                                .arg(copy.fileName());
            }
        } catch (const StoreError &error) {
            problems << error.message();
        }
    }
    progress.setValue(int(copies.size()));
    QStringList lines;
    if (rewritten > 0)
        lines << tr("%n backup(s) rewritten without them and checked.", nullptr, rewritten);
    if (deleted > 0)
        lines << tr("%n backup(s) deleted.", nullptr, deleted);
    const int left = int(copies.size()) - rewritten - deleted;
    if (left > 0)
        lines << tr("%n backup(s) still hold them.", nullptr, left);
    lines << problems;
    return lines.join(QLatin1Char('\n'));
}

} // namespace hubreg::ui
