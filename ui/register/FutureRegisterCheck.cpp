#include "FutureRegisterCheck.h"

#include "common/Prompter.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/SessionStore.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::FutureRegisterCheck)
};
} // namespace

bool confirmTakingRegister(Workspace &workspace, RecordId sessionId, QWidget *parent)
{
    Database &db = workspace.database();
    const auto session = SessionStore(db).find(sessionId);
    const QDate today = db.clock().today();
    if (!session || session->status != SessionStatus::Planned || !session->date.isValid()
        || session->date <= today)
        return true;
    const qint64 days = today.daysTo(session->date);
    const QString when = days == 1 ? Tr::tr("tomorrow")
        : days < 14                ? Tr::tr("in %1 days").arg(days)
                                   : Tr::tr("in %1 weeks").arg(days / 7);
    const QString text
        = Tr::tr("%1 is planned for %2, %3. Taking its register marks it as held from now on, "
                 "so it counts in the attendance figures, the returns and the completion "
                 "warnings.\n\nTake the register of this future session anyway?")
              .arg(session->title.isEmpty() ? Tr::tr("Session %1").arg(session->number)
                                            : session->title,
                   validation::formatUkDate(session->date), when);
    return Prompter::question(parent, Tr::tr("Take a Future Register?"), text,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace hubreg::ui
