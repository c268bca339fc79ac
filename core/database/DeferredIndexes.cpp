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
    m_dropped = listed(m_db.dialect().createdIndexesSql());
    m_droppedConstraints = listed(m_db.dialect().uniqueConstraintsSql());
    for (const Index &index : std::as_const(m_dropped))
        execSql(m_db, QStringLiteral("DROP INDEX %1").arg(catalogue::quoted(index.name)));
    for (const Index &constraint : std::as_const(m_droppedConstraints))
        execSql(m_db,
                QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                    .arg(catalogue::quoted(m_table), catalogue::quoted(constraint.name)));
}

DeferredIndexes::~DeferredIndexes()
{
    if (m_dropped.isEmpty() && m_droppedConstraints.isEmpty())
        return;
    try {
        // After a rollback they are back already.
        const auto namesOf = [](const QList<Index> &there) {
            QStringList names;
            for (const Index &index : there)
                names << index.name;
            return names;
        };
        const QStringList indexes = namesOf(listed(m_db.dialect().createdIndexesSql()));
        for (const Index &index : std::as_const(m_dropped)) {
            if (!indexes.contains(index.name))
                execSql(m_db, index.definition);
        }
        const QStringList constraints = namesOf(listed(m_db.dialect().uniqueConstraintsSql()));
        for (const Index &constraint : std::as_const(m_droppedConstraints)) {
            if (!constraints.contains(constraint.name))
                addConstraint(constraint);
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
    while (!m_droppedConstraints.isEmpty()) {
        addConstraint(m_droppedConstraints.first());
        m_droppedConstraints.removeFirst();
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

void DeferredIndexes::addConstraint(const Index &constraint)
{
    execSql(m_db,
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                .arg(catalogue::quoted(m_table), catalogue::quoted(constraint.name),
                     constraint.definition));
}

} // namespace hubreg
