#include "database/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hubreg;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsPlainStatements();
    void keepsSemicolonsInsideLiteralsAndComments();
    void keepsTriggerBodiesWhole();
    void keepsCaseInsideTriggerWhole();
    void lastStatementNeedsNoSemicolon();
    void keepsDollarQuotedBodiesWhole();
    void keepsTaggedDollarQuotesWhole();
    void dollarInNamesAndParametersOpensNoQuote();
    void splitsTheSharedMigrationsAsBefore_data();
    void splitsTheSharedMigrationsAsBefore();
    void splitsThePostgresMigrationsIntoWholeStatements();
};

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

void TestSqlScript::splitsPlainStatements()
{
    const QStringList parts
        = splitSqlScript(QStringLiteral("CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);;\n"));
    QCOMPARE(parts,
             (QStringList { QStringLiteral("CREATE TABLE a (x)"),
                            QStringLiteral("INSERT INTO a VALUES (1)") }));
}

void TestSqlScript::keepsSemicolonsInsideLiteralsAndComments()
{
    const QStringList parts = splitSqlScript(
        QStringLiteral("INSERT INTO a VALUES ('x;y', 'it''s; fine'); -- trailing; comment\n"
                       "/* block; comment */ SELECT \"odd;name\" FROM [b;c];"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).contains(QStringLiteral("'it''s; fine'")));
    QVERIFY(!parts.at(0).contains(QStringLiteral("trailing")));
    QVERIFY(parts.at(1).contains(QStringLiteral("\"odd;name\" FROM [b;c]")));
}

void TestSqlScript::keepsTriggerBodiesWhole()
{
    const QStringList parts
        = splitSqlScript(QStringLiteral("CREATE TRIGGER t AFTER DELETE ON a BEGIN\n"
                                        "  INSERT INTO log VALUES (OLD.x);\n"
                                        "  DELETE FROM b WHERE y = OLD.x;\n"
                                        "END;\n"
                                        "SELECT 1;"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).endsWith(QStringLiteral("END")));
    QCOMPARE(parts.at(1), QStringLiteral("SELECT 1"));
}

void TestSqlScript::keepsCaseInsideTriggerWhole()
{
    const QStringList parts = splitSqlScript(
        QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON a BEGIN\n"
                       "  SELECT CASE WHEN NEW.x < 0 THEN RAISE(ABORT, 'negative; no') END;\n"
                       "  SELECT 2;\n"
                       "END;\n"
                       "SELECT CASE 1 WHEN 1 THEN 'a' END;"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).contains(QStringLiteral("SELECT 2;")));
}

void TestSqlScript::lastStatementNeedsNoSemicolon()
{
    QCOMPARE(splitSqlScript(QStringLiteral("SELECT 1; SELECT 2")).size(), 2);
    QVERIFY(splitSqlScript(QStringLiteral("  -- only a comment\n")).isEmpty());
}

void TestSqlScript::keepsDollarQuotedBodiesWhole()
{
    const QStringList parts = splitSqlScript(
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF NEW.x < 0 THEN RAISE EXCEPTION 'negative; no'; END IF;\n"
                       "    RETURN NEW;\n"
                       "END;\n"
                       "$$;\n"
                       "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
                       "SELECT 1;"));
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).contains(QStringLiteral("RETURN NEW;\nEND;\n$$")));
    QVERIFY(parts.at(0).endsWith(QStringLiteral("$$")));
    QCOMPARE(
        parts.at(1),
        QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()"));
    QCOMPARE(parts.at(2), QStringLiteral("SELECT 1"));
}

void TestSqlScript::keepsTaggedDollarQuotesWhole()
{
    // An inner $$ does not close a $body$ quote; an unclosed quote runs to the end.
    const QStringList parts = splitSqlScript(QStringLiteral(
        "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT $$a;b$$; $body$;\n"
        "SELECT $_x1$;$_x1$;\n"
        "SELECT $q$ never; closed"));
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).endsWith(QStringLiteral("$body$ SELECT $$a;b$$; $body$")));
    QCOMPARE(parts.at(1), QStringLiteral("SELECT $_x1$;$_x1$"));
    QCOMPARE(parts.at(2), QStringLiteral("SELECT $q$ never; closed"));
}

void TestSqlScript::dollarInNamesAndParametersOpensNoQuote()
{
    const QStringList parts = splitSqlScript(QStringLiteral(
        "SELECT price$ FROM t WHERE x = $1; SELECT a$$b FROM u; SELECT '$$'; SELECT 2;"));
    QCOMPARE(parts,
             (QStringList { QStringLiteral("SELECT price$ FROM t WHERE x = $1"),
                            QStringLiteral("SELECT a$$b FROM u"), QStringLiteral("SELECT '$$'"),
                            QStringLiteral("SELECT 2") }));
}

void TestSqlScript::splitsTheSharedMigrationsAsBefore_data()
{
    // The statement counts of the SQLite migrations as split before dollar quotes were known.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("statements");
    QTest::newRow("0001") << QStringLiteral(":/migrations/0001_initial.sql") << 54;
    QTest::newRow("0002") << QStringLiteral(
        ":/migrations/0002_import_mappings_export_templates.sql")
                          << 7;
    QTest::newRow("0003") << QStringLiteral(":/migrations/0003_personal_data.sql") << 5;
    QTest::newRow("0004") << QStringLiteral(":/migrations/0004_exchange.sql") << 7;
    QTest::newRow("0005") << QStringLiteral(":/migrations/0005_session_cancellation_reason.sql")
                          << 1;
}

void TestSqlScript::splitsTheSharedMigrationsAsBefore()
{
    QFETCH(QString, file);
    QFETCH(int, statements);
    const QString script = resourceText(file);
    QVERIFY2(!script.isEmpty(), qPrintable(file));
    const QStringList parts = splitSqlScript(script);
    QCOMPARE(parts.size(), statements);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1String("CREATE TRIGGER")))
            QVERIFY2(part.endsWith(QLatin1String("END")), qPrintable(part));
    }
}

void TestSqlScript::splitsThePostgresMigrationsIntoWholeStatements()
{
    const QDir folder(QStringLiteral(":/migrations/pgsql"));
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 4);
    int functions = 0;
    for (const QString &name : names) {
        // Each one stands in for the shared migration of the same name.
        QVERIFY2(QFile::exists(QStringLiteral(":/migrations/") + name), qPrintable(name));
        const QStringList parts = splitSqlScript(resourceText(folder.filePath(name)));
        QVERIFY2(!parts.isEmpty(), qPrintable(name));
        for (const QString &part : parts) {
            // A body cut at one of its semicolons would leave a piece starting mid-function.
            QVERIFY2(part.startsWith(QLatin1String("CREATE "))
                         || part.startsWith(QLatin1String("ALTER "))
                         || part.startsWith(QLatin1String("DROP "))
                         || part.startsWith(QLatin1String("INSERT "))
                         || part.startsWith(QLatin1String("REVOKE "))
                         || part.startsWith(QLatin1String("SELECT set_config("))
                         || part.startsWith(QLatin1String("DO $$")),
                     qPrintable(name + QStringLiteral(": ") + part.left(60)));
            // A PL/pgSQL body (a function's, or a DO block's) ends with its END; an SQL
            // function's with its last query.
            if (part.startsWith(QLatin1String("DO $$"))
                || (part.startsWith(QLatin1String("CREATE FUNCTION"))
                    && part.contains(QLatin1String("LANGUAGE plpgsql"))))
                QVERIFY2(part.endsWith(QLatin1String("END;\n$$")), qPrintable(part));
            if (part.startsWith(QLatin1String("CREATE FUNCTION"))) {
                ++functions;
                QVERIFY2(part.endsWith(QLatin1String("\n$$")), qPrintable(part));
            }
        }
    }
    // Three in 0001 (two attendance checks, the tombstones), one in 0006 (stamps in order) and
    // five in 0008 (the roles' look-ups, and their setting up), two in 0009 (change notices)
    // and one in 0010 (the audit trail).
    QCOMPARE(functions, 12);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
