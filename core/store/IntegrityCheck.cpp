#include "IntegrityCheck.h"

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

QStringList check(const QSqlDatabase &connection, IntegrityCheck::Depth depth)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // The pragma's argument caps the findings; it cannot be a bound parameter.
    const QString pragma = depth == IntegrityCheck::Depth::Quick
        ? QStringLiteral("PRAGMA quick_check(%1)")
        : QStringLiteral("PRAGMA integrity_check(%1)");
    if (!query.exec(pragma.arg(IntegrityCheck::kProblemsKept)))
        return { query.lastError().databaseText() };
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
    return Tr::tr("“%1” is damaged: %2. HubRegister has not changed it.")
        .arg(shown(path), problems.join(QStringLiteral("; ")));
}

IntegrityReport IntegrityCheck::run(const QString &path, Depth depth)
{
    IntegrityReport report;
    report.path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        report.problems << Tr::tr("the file does not exist");
        return report;
    }
    if (info.size() == 0) {
        report.intact = true; // a new file, not yet written
        return report;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(report.path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open()) {
            report.problems << connection.lastError().databaseText();
        } else {
            report.problems = check(connection, depth);
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    report.intact = report.problems.isEmpty();
    return report;
}

} // namespace hubreg
