#include "HubSettingsEdit.h"

namespace hubreg::ui {

HubSettingsEdit::HubSettingsEdit(const HubSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_errors(HubSettingsStore::check(settings))
{ }

void HubSettingsEdit::change(const std::function<void(HubSettings &)> &edit)
{
    edit(m_settings);
    m_errors = HubSettingsStore::check(m_settings);
    emit changed();
}

QString HubSettingsEdit::errorFor(const QString &field) const
{
    for (const FieldError &error : m_errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

QString HubSettingsEdit::firstErrorUnder(const QString &prefix) const
{
    for (const FieldError &error : m_errors) {
        if (error.field.startsWith(prefix + QLatin1Char('/')))
            return error.message;
    }
    return {};
}

bool HubSettingsEdit::hasErrorsIn(const QStringList &fields) const
{
    for (const FieldError &error : m_errors) {
        for (const QString &field : fields) {
            if (error.field == field || error.field.startsWith(field + QLatin1Char('/')))
                return true;
        }
    }
    return false;
}

} // namespace hubreg::ui
