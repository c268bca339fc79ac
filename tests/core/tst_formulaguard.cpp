#include "csv/FormulaGuard.h"

#include <QTest>

using namespace hubreg;

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private slots:
    void guards_data();
    void guards();
    void unguardInvertsGuard();
};

void TestFormulaGuard::guards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                            << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+44 20 7946 0000")
                          << QStringLiteral("'+44 20 7946 0000");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                           << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("apostrophe before trigger") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("plain") << QStringLiteral("Alder Primary") << QStringLiteral("Alder Primary");
    QTest::newRow("apostrophe name") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    QTest::newRow("leading apostrophe only") << QStringLiteral("'tis") << QStringLiteral("'tis");
    QTest::newRow("trigger later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestFormulaGuard::guards()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(formulaguard::guarded(text), written);
    QCOMPARE(formulaguard::unguarded(written), text);
}

void TestFormulaGuard::unguardInvertsGuard()
{
    const QStringList samples
        = { QStringLiteral("="),     QStringLiteral("'"),    QStringLiteral("''"),
            QStringLiteral("'''-x"), QStringLiteral("x'=y"), QStringLiteral("-"),
            QStringLiteral("'a"),    QStringLiteral("@"),    QStringLiteral("''@'=") };
    for (const QString &s : samples)
        QCOMPARE(formulaguard::unguarded(formulaguard::guarded(s)), s);
}

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
