#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QFormLayout;
class QLabel;

namespace hubreg::ui {

// The line under a field that says what is wrong with it. Its room is kept while nothing is
// wrong, so a message appearing does not move the form; a message longer than the line gets
// the lines it needs, whole.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void setMessage(const QString &message);
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void makeRoom();

    QLabel *m_icon;
    QLabel *m_text;
};

// Checks a form as the user types: each check's message appears beside its field, and the
// accept button is enabled only while every check passes.
class FormValidator : public QObject
{
    Q_OBJECT

public:
    // Returns what is wrong with the field, or an empty string when it is acceptable.
    using Check = std::function<QString()>;

    explicit FormValidator(QWidget *form);

    // Adds the field with its check to `form` (label, field, then the message under it) and
    // re-checks whenever it changes.
    FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field, Check check);
    // A check whose message is shown in `message`; `field` is watched for changes.
    void addCheck(QWidget *field, FieldMessage *message, Check check);
    // Also re-check when this widget changes (a field another check depends on).
    void watch(QWidget *widget);
    void setAcceptButton(QAbstractButton *button);

    void validate();
    bool isValid() const { return m_valid; }
    // What is wrong with the field now (whether or not it is shown yet).
    QString messageFor(const QWidget *field) const;

signals:
    void validated(bool valid);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        FieldMessage *message;
        Check check;
    };
    bool showsMessageFor(const QWidget *field) const;

    QList<Entry> m_entries;
    QSet<const QWidget *> m_touched;
    QPointer<QAbstractButton> m_accept;
    bool m_valid = true;
};

} // namespace hubreg::ui
