#include "FailingWrites.h"

#include "database/Database.h"
#include "database/SqlQuery.h"

namespace hubreg::test {

QString refuseInserts(Database &db, const QString &table, const QString &condition,
                      const QString &message)
{
    static int count = 0;
    const QString name = QStringLiteral("refuse_%1_%2").arg(table).arg(++count);
    if (!db.isServer()) {
        execSql(db,
                QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE INSERT ON main.%2 WHEN %3 BEGIN "
                               "SELECT RAISE(ABORT, '%4'); END")
                    .arg(name, table, condition, message));
        return name;
    }
    execSql(db,
            QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN NEW; END $$")
                .arg(name, condition, message));
    execSql(db,
            QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE "
                           "FUNCTION %1()")
                .arg(name, table));
    return name;
}

void stopRefusing(Database &db, const QString &name, const QString &table)
{
    execSql(db,
            db.isServer() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                          : QStringLiteral("DROP TRIGGER temp.%1").arg(name));
}

} // namespace hubreg::test
