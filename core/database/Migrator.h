#pragma once

#include <QStringList>

namespace hubreg {

class Database;

// Brings a database from one schema version to another by running the numbered migration
// files shipped in the :/migrations resource, each inside its own transaction.
class Migrator
{
public:
    explicit Migrator(Database &db)
        : m_db(db)
        , m_files(migrationFiles())
    { }
    // With other migration files (tests): index 0 is version 1.
    Migrator(Database &db, const QStringList &files)
        : m_db(db)
        , m_files(files)
    { }

    static int latestVersion();
    // Resource paths of the migrations, in order: index 0 is version 1.
    static QStringList migrationFiles();

    void migrate(int fromVersion, int toVersion);

private:
    void apply(int version, const QString &file);
    Database &m_db;
    QStringList m_files;
};

} // namespace hubreg
