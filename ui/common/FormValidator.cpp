#include "FormValidator.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QSpinBox>
#include <QStyle>

namespace hubreg::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    QSizePolicy keepRoom = m_icon->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_icon->setSizePolicy(keepRoom);
    m_icon->hide();
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    // A line is kept for the message even while there is none, so one appearing as the user
    // types does not push the fields below it down under the pointer.
    setMinimumHeight(qMax(size, fontMetrics().lineSpacing()));
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == m_text->text())
        return;
    m_text->setText(message);
    m_icon->setVisible(!message.isEmpty());
    makeRoom();
}

QString FieldMessage::message() const
{
    return m_text->text();
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    makeRoom();
}

void FieldMessage::makeRoom()
{
    if (m_text->text().isEmpty() || !isVisible())
        return;
    const int width
        = contentsRect().width() - m_icon->sizeHint().width() - qMax(0, layout()->spacing());
    if (width <= 0)
        return;
    // A longer message gets all the lines it needs, never cut at the second; the room then
    // stays, so the form does not jump back when the message goes.
    const int needed = m_text->heightForWidth(width);
    if (needed > minimumHeight())
        setMinimumHeight(needed);
}

FormValidator::FormValidator(QWidget *form)
    : QObject(form)
{ }

FieldMessage *FormValidator::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                    Check check)
{
    auto *message = new FieldMessage(form->parentWidget());
    if (!field->objectName().isEmpty())
        message->setObjectName(field->objectName() + QStringLiteral("Message"));
    form->addRow(label, field);
    form->addRow(QString(), message);
    addCheck(field, message, std::move(check));
    return message;
}

void FormValidator::addCheck(QWidget *field, FieldMessage *message, Check check)
{
    m_entries.append({ field, message, std::move(check) });
    watch(field);
}

void FormValidator::watch(QWidget *widget)
{
    const auto changed = [this, widget] {
        m_touched.insert(widget);
        validate();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *time = qobject_cast<QDateTimeEdit *>(widget))
        connect(time, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        connect(button, &QAbstractButton::toggled, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

bool FormValidator::showsMessageFor(const QWidget *field) const
{
    // An empty field the user has not reached yet is not scolded; OK stays disabled anyway.
    const auto *edit = qobject_cast<const QLineEdit *>(field);
    return !edit || !edit->text().isEmpty() || m_touched.contains(field);
}

void FormValidator::setAcceptButton(QAbstractButton *button)
{
    m_accept = button;
    validate();
}

void FormValidator::validate()
{
    bool valid = true;
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString problem = entry.check ? entry.check() : QString();
        entry.message->setMessage(showsMessageFor(entry.field) ? problem : QString());
        if (entry.field)
            entry.field->setAccessibleDescription(problem);
        valid = valid && problem.isEmpty();
    }
    m_valid = valid;
    if (m_accept)
        m_accept->setEnabled(valid);
    emit validated(valid);
}

QString FormValidator::messageFor(const QWidget *field) const
{
    for (const Entry &entry : m_entries) {
        if (entry.field == field && entry.check)
            return entry.check();
    }
    return {};
}

} // namespace hubreg::ui
