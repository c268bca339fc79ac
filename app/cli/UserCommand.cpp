// hubregister user add|role|remove|list: the logins of a hub on a server and what each may do.
#include "Command.h"
#include "Secrets.h"
#include "access/HubUsers.h"
#include "database/Database.h"
#include "database/ServerAddress.h"
#include "database/StoreError.h"

#include <QCoreApplication>

namespace hubreg::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::user)
};

const QString kName = QStringLiteral("user");

std::optional<HubRole> roleFrom(const QString &name, Context &context)
{
    const auto role = hubRoleFrom(name);
    if (!role)
        context.err << Tr::tr("hubregister user: “%1” is not a role: say admin, lead or reader.")
                           .arg(printable(name))
                    << '\n';
    return role;
}

std::optional<RecordId> personFrom(const QCommandLineParser &parser,
                                   const QCommandLineOption &person, Context &context)
{
    if (!parser.isSet(person))
        return RecordId(0);
    bool ok = false;
    const RecordId id = parser.value(person).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << Tr::tr("hubregister user: --person takes a person's number, not “%1”.")
                           .arg(printable(parser.value(person)))
                    << '\n';
        return std::nullopt;
    }
    return id;
}

int runUser(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("add: the new login's role (admin, lead or reader)."),
                                  Tr::tr("ROLE"));
    const QCommandLineOption person(QStringLiteral("person"),
                                    Tr::tr("add, role: the person a Work Group Lead is (their "
                                           "number): they see their own Work Groups."),
                                    Tr::tr("ID"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        Tr::tr("add: read the new login's password from the first line of this file (else "
               "HUBREGISTER_USER_PASSWORD, else the terminal)."),
        Tr::tr("FILE"));
    for (const auto &option : { role, person, passwordFile })
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("add, role, remove or list"));
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The login's name."));
    int exitCode = ExitOk;
    static const Command self = *Registry::find(kName);
    if (!parse(parser, context, self, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qsizetype expected = action == QLatin1String("list") ? 1
        : action == QLatin1String("role")                      ? 3
                                                               : 2;
    const bool known = action == QLatin1String("add") || action == QLatin1String("role")
        || action == QLatin1String("remove") || action == QLatin1String("list");
    if (!known || positional.size() != expected) {
        context.err << Tr::tr("hubregister user: say add LOGIN --role ROLE, role LOGIN ROLE, "
                              "remove LOGIN or list.")
                    << '\n'
                    << Tr::tr("Usage: hubregister %1").arg(self.synopsis) << '\n';
        return ExitUsage;
    }
    // Refused before anything is opened: opening a file that is not there would make one.
    if (!ServerAddress::isServerAddress(databasePathFrom(parser))) {
        context.err << Tr::tr("hubregister user: users and roles are kept by a hub server; a "
                              "file is one person's. Give the hub's server with --database "
                              "postgresql://USER@HOST/DATABASE.")
                    << '\n';
        return ExitError;
    }
    const QString login = positional.value(1);
    std::optional<HubRole> newRole;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(role)) {
            context.err << Tr::tr("hubregister user add: give the login's role with --role "
                                  "admin, lead or reader.")
                        << '\n';
            return ExitUsage;
        }
        newRole = roleFrom(parser.value(role), context);
    } else if (action == QLatin1String("role")) {
        newRole = roleFrom(positional.at(2), context);
    }
    if ((action == QLatin1String("add") || action == QLatin1String("role")) && !newRole)
        return ExitUsage;
    const auto personId = personFrom(parser, person, context);
    if (!personId)
        return ExitUsage;
    if (action != QLatin1String("list") && !HubUsers::loginProblem(login).isEmpty()) {
        context.err << Tr::tr("hubregister user: %1").arg(printable(HubUsers::loginProblem(login)))
                    << '\n';
        return ExitUsage;
    }

    std::optional<QString> password;
    if (action == QLatin1String("add")) {
        password = readSecret(context,
                              { parser.value(passwordFile), "HUBREGISTER_USER_PASSWORD",
                                Tr::tr("Password for %1").arg(login), true });
        if (!password)
            return ExitError;
    }
    auto db = openDatabase(parser, context, action == QLatin1String("list"));
    if (!db)
        return ExitError;
    try {
        HubUsers users(*db);
        if (action == QLatin1String("list")) {
            for (const HubUser &user : users.list()) {
                context.out << user.login << '\t' << hubRoleName(user.role);
                if (user.personId > 0)
                    context.out << '\t' << user.personId;
                context.out << '\n';
            }
        } else if (action == QLatin1String("add")) {
            users.add(login, *newRole, *personId, *password);
            context.out << Tr::tr("Added %1 as %2.").arg(login, hubRoleName(*newRole)) << '\n';
        } else if (action == QLatin1String("role")) {
            users.setRole(login, *newRole, *personId);
            context.out << Tr::tr("%1 is now %2.").arg(login, hubRoleName(*newRole)) << '\n';
        } else if (users.remove(login)) {
            context.out << Tr::tr("Removed %1 from the hub and the server.").arg(login) << '\n';
        } else {
            context.out << Tr::tr("Removed %1 from the hub; the login stays on the server, which "
                                  "gives it other roles too.")
                               .arg(login)
                        << '\n';
        }
    } catch (const StoreError &error) {
        context.err << Tr::tr("hubregister user %1: %2").arg(action, printable(error.message()))
                    << '\n';
        return ExitError;
    }
    return ExitOk;
}

const Registration registration(Command {
    kName,
    QStringLiteral("user add LOGIN --role admin|lead|reader [--person ID] [--password-file FILE] "
                   "| user role LOGIN admin|lead|reader [--person ID] | user remove LOGIN | "
                   "user list --database postgresql://USER@HOST/DATABASE"),
    QCoreApplication::translate(
        "hubreg::cli::user",
        "The logins of a hub on a server and their roles, which the server enforces: admin "
        "(everything), lead (their own Work Groups) or reader (reads, for reports). Run by the "
        "database's owner; a file has no users."),
    runUser });

} // namespace
} // namespace hubreg::cli
