#include "Catalogue.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSet>

namespace hubreg::catalogue {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::catalogue)
};

QStringList column0(const Database &db, const QString &sql, const QString &table = {})
{
    SqlQuery query(db, sql);
    if (!table.isEmpty())
        query.bind(QStringLiteral(":table"), table);
    query.exec();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList tables(const Database &db)
{
    QStringList names = column0(db, db.dialect().tablesSql());
    names.removeAll(QStringLiteral("hubregister_schema"));
    return names;
}

QStringList columns(const Database &db, const QString &table)
{
    return column0(db, db.dialect().columnsSql(), table);
}

QList<QPair<QString, QString>> references(const Database &db)
{
    QList<QPair<QString, QString>> edges;
    if (db.isServer()) {
        SqlQuery query(db,
                       QStringLiteral("SELECT child.relname, parent.relname FROM pg_constraint c "
                                      "JOIN pg_class child ON child.oid = c.conrelid JOIN "
                                      "pg_class parent ON parent.oid = c.confrelid WHERE "
                                      "c.contype = 'f' AND child.relnamespace = "
                                      "CAST(current_schema() AS regnamespace)"));
        query.exec();
        while (query.next())
            edges.append({ query.value(0).toString(), query.value(1).toString() });
        return edges;
    }
    for (const QString &table : tables(db)) {
        const QStringList parents = column0(
            db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(:table)"),
            table);
        for (const QString &parent : parents)
            edges.append({ table, parent });
    }
    return edges;
}

QStringList tablesParentsFirst(const Database &db)
{
    const QStringList all = tables(db);
    const auto edges = references(db);
    QStringList ordered;
    QSet<QString> placed;
    // Repeatedly place every table whose parents are placed; a table referring to itself
    // does not wait for itself.
    while (ordered.size() < all.size()) {
        bool progress = false;
        for (const QString &table : all) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const auto &[child, parent] : edges)
                if (child == table && parent != table && !placed.contains(parent)
                    && all.contains(parent))
                    ready = false;
            if (ready) {
                ordered << table;
                placed.insert(table);
                progress = true;
            }
        }
        if (!progress)
            throw StoreError(StoreError::Kind::Internal,
                             Tr::tr("The tables refer to each other in a circle, so there is no "
                                    "order to copy them in."));
    }
    return ordered;
}

bool hasNumberedId(const Database &db, const QString &table)
{
    if (!db.isServer())
        return columns(db, table).contains(QLatin1String("id"));
    SqlQuery query(db,
                   QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                  "table_schema = current_schema() AND table_name = :table "
                                  "AND column_name = 'id' AND is_identity = 'YES'"));
    query.bind(QStringLiteral(":table"), table);
    return query.scalar().toInt() > 0;
}

} // namespace hubreg::catalogue
