#include "DeferredIndexes.h"

#include "Catalogue.h"
#include "Database.h"
#include "SqlQuery.h"

namespace hubreg {

DeferredIndexes::DeferredIndexes(Database &db, const QString &table)
    : m_db(db)
{
    Q_ASSERT(!db.isServer());
    // sql is NULL for the indexes SQLite makes for a table's constraints.
    SqlQuery indexes(m_db,
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = :table AND sql IS NOT NULL ORDER BY name"));
    indexes.bind(QStringLiteral(":table"), table).exec();
    while (indexes.next())
        m_dropped.append({ indexes.value(0).toString(), indexes.value(1).toString() });
    indexes.finish();
    for (const Index &index : std::as_const(m_dropped))
        execSql(m_db, QStringLiteral("DROP INDEX %1").arg(catalogue::quoted(index.name)));
}

DeferredIndexes::~DeferredIndexes()
{
    try {
        // After a rollback they are back already.
        SqlQuery exists(m_db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master "
                                       "WHERE type = 'index' AND name = :name"));
        for (const Index &index : std::as_const(m_dropped)) {
            if (exists.bind(QStringLiteral(":name"), index.name).scalar().toInt() == 0)
                execSql(m_db, index.definition);
        }
    } catch (const StoreError &) {
        // The caller's transaction is failing: its rollback brings the indexes back.
    }
}

void DeferredIndexes::rebuild()
{
    while (!m_dropped.isEmpty()) {
        execSql(m_db, m_dropped.first().definition);
        m_dropped.removeFirst();
    }
}

} // namespace hubreg
