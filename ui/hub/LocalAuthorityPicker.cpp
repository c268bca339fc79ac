#include "LocalAuthorityPicker.h"

#include "HubSettingsEdit.h"
#include "common/FormValidator.h"
#include "records/LocalAuthorityCatalogue.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
} // namespace

LocalAuthorityPicker::LocalAuthorityPicker(Database &db, HubSettingsEdit &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_chosen(new QLabel(this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("localAuthorityPicker"));
    m_search->setObjectName(QStringLiteral("localAuthoritySearchLineEdit"));
    m_search->setPlaceholderText(tr("part of a name, or a code such as 383"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("localAuthorityListWidget"));
    m_list->setAccessibleName(tr("Local authorities"));
    m_list->setAccessibleDescription(tr("Tick each local authority in the hub's area"));
    m_chosen->setObjectName(QStringLiteral("chosenLocalAuthoritiesLabel"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("localAuthoritiesMessage"));

    const QLocale locale;
    const QStringList chosen = edit.settings().localAuthorities;
    QStringList listed;
    for (const LocalAuthority &la : LocalAuthorityCatalogue(db).all()) {
        QString text = la.describe();
        if (la.schools > 0)
            text += QStringLiteral(" · ")
                + tr("%1 open schools held").arg(locale.toString(la.openSchools));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kCodeRole, la.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(la.code) ? Qt::Checked : Qt::Unchecked);
        listed << la.code;
    }
    // A code the hub has that no list knows stays visible, so it can be unticked.
    for (const QString &code : chosen) {
        if (listed.contains(code))
            continue;
        auto *item = new QListWidgetItem(code, m_list);
        item->setData(kCodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }

    auto *searchLabel = new QLabel(tr("Find a local &authority by name or code:"), this);
    searchLabel->setBuddy(m_search);
    auto *intro = new QLabel(tr("The hub's area: its schools make up the engagement figures, and "
                                "a GIAS import can be limited to them."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chosen);
    layout->addWidget(m_message);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &LocalAuthorityPicker::filter);
    connect(m_list, &QListWidget::itemChanged, this, &LocalAuthorityPicker::itemChanged);
    connect(&m_edit, &HubSettingsEdit::changed, this,
            [this] { m_message->setMessage(m_edit.errorFor(QStringLiteral("localAuthorities"))); });
    showChosen();
    // A new hub's empty area is no mistake yet; a hub held without one is told at once.
    if (edit.settings().hub && edit.settings().hub->id > 0)
        m_message->setMessage(m_edit.errorFor(QStringLiteral("localAuthorities")));
}

bool LocalAuthorityPicker::isComplete() const
{
    return m_edit.errorFor(QStringLiteral("localAuthorities")).isEmpty();
}

void LocalAuthorityPicker::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive)
            || item->data(kCodeRole).toString().startsWith(wanted);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

bool LocalAuthorityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // The first one shown (an exact code first) is ticked, ready for the next search.
            QListWidgetItem *pick = nullptr;
            for (int row = 0; row < m_list->count() && !pick; ++row) {
                QListWidgetItem *item = m_list->item(row);
                if (!item->isHidden()
                    && item->data(kCodeRole).toString() == m_search->text().trimmed())
                    pick = item;
            }
            if (!pick)
                pick = m_list->currentItem() && !m_list->currentItem()->isHidden()
                    ? m_list->currentItem()
                    : nullptr;
            if (pick && !m_search->text().trimmed().isEmpty()) {
                pick->setCheckState(Qt::Checked);
                m_search->clear();
                m_list->scrollToItem(pick);
                m_list->setCurrentItem(pick);
            }
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LocalAuthorityPicker::itemChanged(QListWidgetItem *item)
{
    const QString code = item->data(kCodeRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    m_edit.change([&](HubSettings &settings) {
        settings.localAuthorities.removeAll(code);
        if (checked)
            settings.localAuthorities << code;
    });
    showChosen();
}

void LocalAuthorityPicker::showChosen()
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->text().section(QStringLiteral(" · "), 0, 0);
    }
    m_chosen->setText(
        names.isEmpty()
            ? tr("None chosen yet.")
            : tr("Chosen (%1): %2").arg(names.size()).arg(names.join(QStringLiteral("; "))));
}

} // namespace hubreg::ui
