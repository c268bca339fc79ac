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
    const QList<Index> indexes = listed(m_db.dialect().createdIndexesSql());
    const QList<Index> constraints = listed(m_db.dialect().uniqueConstraintsSql());
    for (const Index &index : indexes) {
        execSql(m_db, QStringLiteral("DROP INDEX %1").arg(catalogue::quoted(index.name)));
        m_dropped.append(index);
    }
    const QString quotedTable = catalogue::quoted(m_table);
    for (const Index &constraint : constraints) {
        const QString name = catalogue::quoted(constraint.name);
        execSql(m_db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(quotedTable, name));
        m_dropped.append({ constraint.name,
                           QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                               .arg(quotedTable, name, constraint.definition) });
    }
}

DeferredIndexes::~DeferredIndexes()
{
    if (m_dropped.isEmpty())
        return;
    try {
        // After a rollback they are back already.
        QStringList there;
        for (const QString &sql :
             { m_db.dialect().createdIndexesSql(), m_db.dialect().uniqueConstraintsSql() })
            for (const Index &index : listed(sql))
                there << index.name;
        for (const Index &index : std::as_const(m_dropped)) {
            if (!there.contains(index.name))
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

QList<DeferredIndexes::Index> DeferredIndexes::listed(const QString &sql) const
{
    QList<Index> found;
    SqlQuery query(m_db, sql);
    query.bind(QStringLiteral(":table"), m_table).exec();
    while (query.next())
        found.append({ query.value("name").toString(), query.value("sql").toString() });
    return found;
}

} // namespace hubreg
