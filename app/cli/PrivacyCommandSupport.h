#pragma once

// What `hubregister person` and `hubregister purge` share: finding a person named on the
// command line, asking on a terminal, and dealing with the backups that still hold people.

#include "Command.h"
#include "privacy/BackupCopies.h"
#include "privacy/Erasure.h"

#include <QCommandLineOption>
#include <QList>
#include <QUuid>

#include <optional>

namespace hubreg {
class Database;
struct Person;
} // namespace hubreg

namespace hubreg::cli {

enum class BackupAction { Keep, Rewrite, Delete };

QCommandLineOption backupsOption();
QCommandLineOption yesOption();
// The --backups value, or nothing (having said why) when it is not keep, rewrite or delete.
std::optional<BackupAction> backupActionFrom(const QString &value, Context &context,
                                             const QString &command);

// A person by email, row id (as `hubregister info` and the window show it) or uuid; nothing,
// having said why, when nobody matches.
std::optional<Person> findPerson(Database &db, const QString &text, Context &context,
                                 const QString &command);

// Prints what goes and what stays, one line each.
void printPlan(const ErasurePlan &plan, Context &context);
// Prints the backups holding the people, with when each will be gone.
void printBackups(const QList<BackupCopy> &copies, Context &context);

// The confirmation: true with --yes; on a terminal, asks for "yes"; otherwise false, having
// said to use --yes.
bool confirmed(bool yes, const QString &question, Context &context, const QString &command);

// Rewrites or deletes the copies as asked, printing what was done; false if any failed.
bool applyBackupAction(const Database &db, const QList<BackupCopy> &copies,
                       const QList<QUuid> &people, BackupAction action, Context &context);

} // namespace hubreg::cli
