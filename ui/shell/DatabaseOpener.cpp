#include "DatabaseOpener.h"

#include "DamagedFileOffer.h"
#include "common/Prompter.h"
#include "database/Database.h"
#include "database/ServerAddress.h"
#include "database/ServerPassword.h"
#include "database/StoreError.h"
#include "server/ServerKeyring.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::DatabaseOpener)
};

// Offers the latest good backup in place of a file found damaged while opening it.
std::unique_ptr<Database> openDamaged(QWidget *parent, const QString &path, const QString &problem)
{
    const DamagedFileChoice choice = askAboutDamagedFile(parent, path, problem);
    if (choice.action == DamagedFileChoice::Action::RestoreBackup) {
        const QString failure
            = restoreOverDamagedFile(choice.backupPath, path, QDateTime::currentDateTimeUtc());
        if (!failure.isEmpty()) {
            Prompter::warning(parent, Tr::tr("Backup not restored"), failure);
            return nullptr;
        }
        return openDatabaseInteractively(parent, path);
    }
    if (choice.action == DamagedFileChoice::Action::ReadOnly) {
        try {
            return Database::open(path, Database::Access::ReadOnly);
        } catch (const StoreError &error) {
            Prompter::warning(parent, Tr::tr("Cannot open the file"), error.message());
        }
    }
    return nullptr;
}
} // namespace

std::unique_ptr<Database> openDatabaseInteractively(QWidget *parent, const QString &path)
{
    // A server's password kept in the system keyring; without one, libpq reads ~/.pgpass or
    // the service file. A keyring that is missing answers at once and is not mentioned here.
    std::optional<ServerPassword> saved;
    if (const auto server = ServerAddress::parse(path, nullptr)) {
        const ServerKeyring::Answer answer = ServerKeyring::readNow(ServerKeyring::keyFor(*server));
        if (answer.outcome == ServerKeyring::Outcome::Done)
            saved.emplace(path, answer.password);
    }
    try {
        return Database::open(path);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Locked
            || error.kind() == StoreError::Kind::ReadOnly) {
            const auto answer = Prompter::question(
                parent, Tr::tr("Open read-only?"),
                error.message() + QStringLiteral("\n\n")
                    + Tr::tr(
                        "You can look at it read-only: nothing can be changed until it is opened "
                        "for writing."),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
            if (answer != QMessageBox::Open)
                return nullptr;
            try {
                return Database::open(path, Database::Access::ReadOnly);
            } catch (const StoreError &readOnlyError) {
                Prompter::warning(parent, Tr::tr("Cannot open the file"), readOnlyError.message());
                return nullptr;
            }
        }
        if (error.kind() == StoreError::Kind::Corrupt)
            return openDamaged(parent, path, error.message());
        Prompter::warning(parent,
                          ServerAddress::isServerAddress(path)
                              ? Tr::tr("Cannot open the hub on the server")
                              : Tr::tr("Cannot open the file"),
                          error.message());
        return nullptr;
    }
}

} // namespace hubreg::ui
