#include "PrivacyCommandSupport.h"

#include "database/Database.h"
#include "database/StoreError.h"
#include "records/PersonStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace hubreg::cli {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::privacy)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdin)) != 0;
#else
    return false;
#endif
}
} // namespace

QCommandLineOption backupsOption()
{
    return QCommandLineOption(
        QStringLiteral("backups"),
        Tr::tr("What to do with the backups that still hold them: keep (until the rotation "
               "or you remove them; the default), rewrite (without them, each checked) or "
               "delete."),
        Tr::tr("ACTION"), QStringLiteral("keep"));
}

QCommandLineOption yesOption()
{
    return QCommandLineOption(QStringLiteral("yes"),
                              Tr::tr("Go ahead without asking (for scripts)."));
}

std::optional<BackupAction> backupActionFrom(const QString &value, Context &context,
                                             const QString &command)
{
    if (value == QLatin1String("keep"))
        return BackupAction::Keep;
    if (value == QLatin1String("rewrite"))
        return BackupAction::Rewrite;
    if (value == QLatin1String("delete"))
        return BackupAction::Delete;
    context.err << Tr::tr("hubregister %1: --backups is keep, rewrite or delete, not “%2”.")
                       .arg(command, value)
                << '\n';
    return std::nullopt;
}

std::optional<Person> findPerson(Database &db, const QString &text, Context &context,
                                 const QString &command)
{
    PersonStore people(db);
    const QString wanted = text.trimmed();
    std::optional<Person> person;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    const QUuid uuid = QUuid::fromString(wanted);
    if (wanted.contains(QLatin1Char('@')))
        person = people.findByEmail(wanted);
    else if (isNumber)
        person = people.find(id);
    else if (!uuid.isNull())
        person = people.findByUuid(uuid);
    if (!person)
        context.err << Tr::tr("hubregister %1: nobody in this file has the email, number or "
                              "reference “%2”.")
                           .arg(command, wanted)
                    << '\n';
    return person;
}

void printPlan(const ErasurePlan &plan, Context &context)
{
    context.out << Tr::tr("What goes:") << '\n';
    for (const QString &line : plan.goes())
        context.out << "  - " << line << '\n';
    context.out << Tr::tr("What stays:") << '\n';
    for (const QString &line : plan.stays())
        context.out << "  - " << line << '\n';
}

void printBackups(const QList<BackupCopy> &copies, Context &context)
{
    if (copies.isEmpty()) {
        context.out << Tr::tr("No backup in the backups folder holds them.") << '\n';
        return;
    }
    context.out << Tr::tr("Backups that still hold them:") << '\n';
    for (const BackupCopy &copy : copies)
        context.out << "  - " << copy.describe() << '\n';
}

bool confirmed(bool yes, const QString &question, Context &context, const QString &command)
{
    if (yes)
        return true;
    context.out << Qt::flush;
    if (!stdinIsTerminal()) {
        context.err << Tr::tr("hubregister %1: nothing was changed. Standard input is not a "
                              "terminal to ask on; add --yes to go ahead.")
                           .arg(command)
                    << '\n';
        return false;
    }
    context.err << question << ' ' << Tr::tr("Type “yes” to go ahead: ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return true;
    context.err << Tr::tr("Nothing was changed.") << '\n';
    return false;
}

bool applyBackupAction(const Database &db, const QList<BackupCopy> &copies,
                       const QList<QUuid> &people, BackupAction action, Context &context)
{
    if (copies.isEmpty() || action == BackupAction::Keep)
        return true;
    bool allDone = true;
    for (const BackupCopy &copy : copies) {
        try {
            if (action == BackupAction::Delete) {
                BackupCopies::remove(copy);
                context.out << Tr::tr("Deleted: %1").arg(copy.fileName()) << '\n';
            } else if (copy.searched && copy.kind != BackupCopy::Kind::Damaged) {
                BackupCopies::rewrite(db, copy, people);
                context.out << Tr::tr("Rewritten without them and checked: %1").arg(copy.fileName())
                            << '\n';
            } else {
                context.err << Tr::tr("%1 cannot be opened to search, so it was left; delete it "
                                      "(--backups delete) once nothing more is needed from it.")
                                   .arg(copy.fileName())
                            << '\n';
                allDone = false;
            }
        } catch (const StoreError &error) {
            context.err << error.message() << '\n';
            allDone = false;
        }
    }
    return allDone;
}

} // namespace hubreg::cli
