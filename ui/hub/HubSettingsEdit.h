#pragma once

#include "records/HubSettingsStore.h"

#include <QObject>

#include <functional>

namespace hubreg::ui {

// The hub settings being edited in the first-run setup or Hub Settings, shared by the sections
// that edit parts of them, and what HubSettingsStore::check finds wrong with them, field by
// field, after every change.
class HubSettingsEdit : public QObject
{
    Q_OBJECT

public:
    HubSettingsEdit(const HubSettings &settings, QObject *parent = nullptr);

    const HubSettings &settings() const { return m_settings; }
    // Changes the settings and checks them again.
    void change(const std::function<void(HubSettings &)> &edit);

    const FieldErrors &errors() const { return m_errors; }
    // What is wrong with one field ("name"), or with any whose name starts with `prefix/`.
    QString errorFor(const QString &field) const;
    QString firstErrorUnder(const QString &prefix) const;
    bool hasErrorsIn(const QStringList &fields) const;

signals:
    void changed();

private:
    HubSettings m_settings;
    FieldErrors m_errors;
};

} // namespace hubreg::ui
