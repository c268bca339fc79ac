#include "Migrator.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqlScript.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hubreg {

namespace {

// A migration that rebuilds tables says so on its first line; foreign keys are then checked
// by hand before its commit, as SQLite cannot switch them inside a transaction.
const QLatin1String kForeignKeysOffMarker("hubreg: foreign-keys-off");

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::Migrator)
};

} // namespace

QStringList Migrator::migrationFiles()
{
    static const QStringList files = [] {
        const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        QStringList result;
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            // Numbering must be gap-free: file N is version N.
            if (match.hasMatch() && match.captured(1).toInt() == result.size() + 1)
                result << QStringLiteral(":/migrations/") + name;
        }
        return result;
    }();
    return files;
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

void Migrator::migrate(int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (version - 1 >= m_files.size())
            throw StoreError(
                StoreError::Kind::Internal,
                Tr::tr("There is no schema upgrade to version %1 in this build.").arg(version));
        apply(version, m_files.at(version - 1));
    }
}

void Migrator::apply(int version, const QString &file)
{
    QString chosen = file;
    // A backend's own version of a migration, where the shared SQL cannot serve it.
    if (const QString folder = m_db.dialect().migrationOverrides(); !folder.isEmpty()) {
        const QString own = folder + QLatin1Char('/') + QFileInfo(file).fileName();
        if (QFile::exists(own))
            chosen = own;
    }
    QFile source(chosen);
    if (!source.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Internal,
                         Tr::tr("The schema upgrade %1 is missing from this build.").arg(file));
    const QString script = QString::fromUtf8(source.readAll());
    const bool foreignKeysOff = !m_db.isServer()
        && script.section(QLatin1Char('\n'), 0, 0).contains(kForeignKeysOffMarker);

    if (foreignKeysOff)
        execSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        Transaction transaction(m_db);
        if (m_db.isServer()) {
            // Two programs opening an old database at once: the second waits, then finds the
            // step done.
            execSql(
                m_db,
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::kApplicationId));
            if (m_db.schemaVersion() >= version) {
                transaction.commit();
                return;
            }
        }
        for (const QString &statement : splitSqlScript(script))
            execSql(m_db, statement);
        if (foreignKeysOff) {
            SqlQuery check(m_db, QStringLiteral("PRAGMA foreign_key_check"));
            if (check.scalar().isValid())
                throw StoreError(StoreError::Kind::Internal,
                                 Tr::tr("Schema upgrade %1 would break references between records; "
                                        "nothing was changed.")
                                     .arg(version));
        }
        m_db.setSchemaVersion(version);
        transaction.commit();
    } catch (const StoreError &error) {
        if (foreignKeysOff)
            execSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        throw StoreError(error.kind(),
                         Tr::tr("Upgrading the database to schema %1 failed, and it "
                                "was left as it was: %2")
                             .arg(version)
                             .arg(error.message()));
    }
    if (foreignKeysOff)
        execSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace hubreg
