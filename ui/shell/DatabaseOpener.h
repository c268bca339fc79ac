#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// Opens a HubRegister file for the window, explaining any refusal to the user: a file held by
// another HubRegister may be opened read-only instead; for a damaged file the latest good backup
// is offered in its place (or the file read-only); a newer or foreign file is refused with the
// reason. A server's address is opened with the password the system keyring keeps for it, if
// any. Returns null when nothing was opened.
std::unique_ptr<Database> openDatabaseInteractively(QWidget *parent, const QString &path);

} // namespace hubreg::ui
