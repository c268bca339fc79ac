#include "DeferredIndexes.h"

#include "Catalogue.h"
#include "Database.h"
#include "SqlQuery.h"

namespace hubreg {

bool DeferredIndexes::possible(Database &db, const QString &table)
{
    SqlQuery may(db, db.dialect().mayRebuildIndexesSql());
    return may.bind(QStringLiteral(":table"), table).scalar().toBool();
}

DeferredIndexes::DeferredIndexes(Database &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
    SqlQuery indexes(m_db, m_db.dialect().createdIndexesSql());
    indexes.bind(QStringLiteral(":table"), table).exec();
    while (indexes.next())
        m_dropped.append({ indexes.value("name").toString(), indexes.value("sql").toString() });
    indexes.finish();
    for (const Index &index : std::as_const(m_dropped))
        execSql(m_db, QStringLiteral("DROP INDEX %1").arg(catalogue::quoted(index.name)));
}

DeferredIndexes::~DeferredIndexes()
{
    if (m_dropped.isEmpty())
        return;
    try {
        // After a rollback they are back already.
        SqlQuery there(m_db, m_db.dialect().createdIndexesSql());
        there.bind(QStringLiteral(":table"), m_table).exec();
        QStringList names;
        while (there.next())
            names << there.value("name").toString();
        there.finish();
        for (const Index &index : std::as_const(m_dropped)) {
            if (!names.contains(index.name))
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
