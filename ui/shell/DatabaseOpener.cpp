#include "DatabaseOpener.h"

#include "common/Prompter.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::DatabaseOpener)
};
} // namespace

std::unique_ptr<Database> openDatabaseInteractively(QWidget *parent, const QString &path)
{
    try {
        return Database::open(path);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Locked || error.kind() == StoreError::Kind::ReadOnly) {
            const auto answer = Prompter::question(
                parent, Tr::tr("Open read-only?"),
                error.message() + QStringLiteral("\n\n")
                    + Tr::tr("You can look at it read-only: nothing can be changed until it is opened "
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
        Prompter::warning(parent, Tr::tr("Cannot open the file"), error.message());
        return nullptr;
    }
}

} // namespace hubreg::ui
