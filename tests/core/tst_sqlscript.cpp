#include "store/SqlScript.h"

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
};

void TestSqlScript::splitsPlainStatements()
{
    const QStringList parts = splitSqlScript(QStringLiteral("CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);;\n"));
    QCOMPARE(parts, (QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("INSERT INTO a VALUES (1)")}));
}

void TestSqlScript::keepsSemicolonsInsideLiteralsAndComments()
{
    const QStringList parts = splitSqlScript(QStringLiteral(
        "INSERT INTO a VALUES ('x;y', 'it''s; fine'); -- trailing; comment\n"
        "/* block; comment */ SELECT \"odd;name\" FROM [b;c];"));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).contains(QStringLiteral("'it''s; fine'")));
    QVERIFY(!parts.at(0).contains(QStringLiteral("trailing")));
    QVERIFY(parts.at(1).contains(QStringLiteral("\"odd;name\" FROM [b;c]")));
}

void TestSqlScript::keepsTriggerBodiesWhole()
{
    const QStringList parts = splitSqlScript(QStringLiteral(
        "CREATE TRIGGER t AFTER DELETE ON a BEGIN\n"
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
    const QStringList parts = splitSqlScript(QStringLiteral(
        "CREATE TRIGGER t BEFORE INSERT ON a BEGIN\n"
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

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
