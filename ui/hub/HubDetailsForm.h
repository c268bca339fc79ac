#pragma once

#include <QWidget>

class QLineEdit;

namespace hubreg::ui {

class FormValidator;
class HubSettingsEdit;

// The hub's name and how to reach it: name, contact, email, phone and website, each checked
// beside its field as it is typed.
class HubDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit HubDetailsForm(HubSettingsEdit &edit, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    bool isComplete() const;

private:
    HubSettingsEdit &m_edit;
    QLineEdit *m_name;
    QLineEdit *m_contactName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_website;
    FormValidator *m_validator;
};

} // namespace hubreg::ui
