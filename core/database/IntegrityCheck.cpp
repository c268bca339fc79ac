#include "IntegrityCheck.h"

#include "Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hubreg {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::IntegrityCheck)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hubreg-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's answer when it could not get at the file's pages at all, as against finding them
// wrong: no permission, a read-only place it needed to write, a file it could not open, or
// the disk refusing.
bool cannotRead(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 3 || code == 5 || code == 8 || code == 10 || code == 14 || code == 23);
}

QStringList check(const QSqlDatabase &connection, IntegrityCheck::Depth depth, bool *unreadable)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // The pragma's argument caps the findings; it cannot be a bound parameter.
    const QString pragma = depth == IntegrityCheck::Depth::Quick
        ? QStringLiteral("PRAGMA quick_check(%1)")
        : QStringLiteral("PRAGMA integrity_check(%1)");
    if (!query.exec(pragma.arg(IntegrityCheck::kProblemsKept))) {
        *unreadable = cannotRead(query.lastError());
        return { query.lastError().databaseText() };
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (query.lastError().isValid())
        findings << query.lastError().databaseText();
    if (findings == QStringList { QStringLiteral("ok") })
        return {};
    if (findings.isEmpty())
        findings << Tr::tr("SQLite's check gave no answer");
    return findings;
}

} // namespace

QString IntegrityReport::message() const
{
    if (intact)
        return {};
    if (unreadable)
        return Tr::tr("“%1” could not be read: %2. HubRegister has not changed it.")
            .arg(shown(path), problems.join(QStringLiteral("; ")));
    return Tr::tr("“%1” is damaged: %2. HubRegister has not changed it.")
        .arg(shown(path), problems.join(QStringLiteral("; ")));
}

IntegrityReport IntegrityCheck::run(const QString &path, Depth depth)
{
    IntegrityReport report;
    report.path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        report.unreadable = true;
        report.problems << (info.isDir() ? Tr::tr("it is a folder")
                                         : Tr::tr("the file does not exist"));
        return report;
    }
    if (info.size() == 0) {
        report.intact = true; // a new file, not yet written
        return report;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const QString problem = Database::prepareReadOnly(connection, report.path);
        if (!problem.isEmpty()) {
            report.unreadable = true;
            report.problems << problem;
        } else if (!connection.open()) {
            report.unreadable = cannotRead(connection.lastError());
            report.problems << connection.lastError().databaseText();
        } else {
            report.problems = check(connection, depth, &report.unreadable);
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    report.intact = report.problems.isEmpty();
    return report;
}

} // namespace hubreg
