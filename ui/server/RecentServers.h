#pragma once

#include <QStringList>

namespace hubreg::ui::recentservers {

// The servers whose hubs this user opened, newest first, kept in the settings as addresses:
// an address never holds a password (ServerAddress refuses one), so none reaches the settings.
QStringList list();
// Puts `address` first (written again from its parts, so a password could not slip in).
void remember(const QString &address);

} // namespace hubreg::ui::recentservers
