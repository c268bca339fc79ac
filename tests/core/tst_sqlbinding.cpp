#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "records/SchoolStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {

// A scratch table of one statement's values, in the order they were written.
void makeScratch(Database &db)
{
    execSql(db, QStringLiteral("CREATE TABLE scratch (n INTEGER NOT NULL, t TEXT, v TEXT)"));
}

QStringList scratchRows(Database &db)
{
    SqlQuery rows(db, QStringLiteral("SELECT t, v FROM scratch ORDER BY n"));
    rows.exec();
    QStringList all;
    while (rows.next()) {
        QStringList cells;
        for (int i = 0; i < 2; ++i) {
            const QVariant value = rows.value(i);
            // Bytes would come back as a QByteArray: text must be stored as text.
            cells << (value.isNull() ? QStringLiteral("NULL")
                          : value.typeId() == QMetaType::QString
                          ? QLatin1Char('\'') + value.toString() + QLatin1Char('\'')
                          : QStringLiteral("not text"));
        }
        all << cells.join(QLatin1Char(' '));
    }
    return all;
}

} // namespace

// How SqlQuery binds values: text as UTF-8 bytes on a file, and a value not bound again when it
// has not changed since the statement's last execution.
class TestSqlBinding : public QObject
{
    Q_OBJECT

private slots:
    void textIsStoredAsText();
    void eachExecutionStoresItsOwnValues();
    void aFileWhoseTextIsUtf16TakesText();
};

void TestSqlBinding::textIsStoredAsText()
{
    test::TempDatabase temp;
    makeScratch(temp.db());
    SqlQuery insert(temp.db(),
                    QStringLiteral("INSERT INTO scratch (n, t, v) VALUES (:n, %1, %2)")
                        .arg(temp.db().dialect().utf8Text(QStringLiteral(":t")),
                             temp.db().dialect().utf8Text(QStringLiteral(":v"))));
    const QStringList texts { QStringLiteral("plain"), QStringLiteral("Zoë O’Neill – café"),
                              QStringLiteral("\U0001F600 and ﬀ"), QString(), QStringLiteral("") };
    for (int i = 0; i < texts.size(); ++i)
        insert.bind(QStringLiteral(":n"), i)
            .bindText(QStringLiteral(":t"), texts.at(i))
            .bindText(QStringLiteral(":v"), QStringView(texts.at(i)).left(2))
            .exec();
    QCOMPARE(
        scratchRows(temp.db()),
        QStringList({ QStringLiteral("'plain' 'pl'"), QStringLiteral("'Zoë O’Neill – café' 'Zo'"),
                      QStringLiteral("'\U0001F600 and ﬀ' '\U0001F600'"), QStringLiteral("'' ''"),
                      QStringLiteral("'' ''") }));
}

void TestSqlBinding::eachExecutionStoresItsOwnValues()
{
    // A value is bound again only when it changed: whatever the sequence of text, values, NULL
    // and empty text, the same and different, each row holds what was bound for it.
    test::TempDatabase temp;
    makeScratch(temp.db());
    SqlQuery insert(temp.db(),
                    QStringLiteral("INSERT INTO scratch (n, t, v) VALUES (:n, %1, :v)")
                        .arg(temp.db().dialect().utf8Text(QStringLiteral(":t"))));
    struct Step
    {
        QString text;
        QVariant value;
    };
    const QList<Step> steps {
        { QStringLiteral("a"), QVariant() },
        { QStringLiteral("a"), QVariant() },
        { QString(), QVariant(QStringLiteral("x")) },
        { QString(), QVariant(QStringLiteral("x")) },
        { QStringLiteral("éé"), QVariant(QString()) },
        { QStringLiteral("é"), QVariant(QStringLiteral("")) },
        { QStringLiteral("éé"), QVariant(5) },
        { QStringLiteral("éé"), QVariant(QStringLiteral("5")) },
        { QStringLiteral("a"), QVariant() },
    };
    int n = 0;
    for (const Step &step : steps)
        insert.bind(QStringLiteral(":n"), n++)
            .bindText(QStringLiteral(":t"), step.text)
            .bind(QStringLiteral(":v"), step.value)
            .exec();
    // The statement run once more with nothing bound anew keeps the last values.
    insert.bind(QStringLiteral(":n"), n++).exec();
    QStringList rows = scratchRows(temp.db());
    QCOMPARE(rows.size(), steps.size() + 1);
    QCOMPARE(rows.mid(0, 6),
             QStringList({ QStringLiteral("'a' NULL"), QStringLiteral("'a' NULL"),
                           QStringLiteral("'' 'x'"), QStringLiteral("'' 'x'"),
                           QStringLiteral("'éé' ''"), QStringLiteral("'é' ''") }));
    // 5 is stored in a TEXT column as the text "5", by either backend.
    QCOMPARE(rows.mid(6),
             QStringList({ QStringLiteral("'éé' '5'"), QStringLiteral("'éé' '5'"),
                           QStringLiteral("'a' NULL"), QStringLiteral("'a' NULL") }));
}

void TestSqlBinding::aFileWhoseTextIsUtf16TakesText()
{
    // SQLite allows a file to keep its text as UTF-16, and would read UTF-8 bytes cast to text
    // as UTF-16 there: such a file is given its text as text.
    test::TempDatabase server;
    if (server.db().isServer())
        QSKIP("a file's own encoding");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf16.sqlite"));
    {
        QSqlDatabase plain
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("utf16"));
        plain.setDatabaseName(path);
        QVERIFY(plain.open());
        QSqlQuery query(plain);
        // The encoding is fixed once the file has any content: a table made and dropped.
        QVERIFY(query.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE t")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA encoding")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("UTF-16le"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("utf16"));
    auto db = Database::open(path);
    QVERIFY(!db->dialect().bindsUtf8Text());
    School school;
    school.urn = *Urn::fromInt(100700);
    school.name = QStringLiteral("Zoë O’Neill Academy");
    school.town = QStringLiteral("Sheffield");
    SchoolStore(*db).add(school);
    const auto found = SchoolStore(*db).findByUrn(school.urn);
    QVERIFY(found);
    QCOMPARE(found->name, school.name);
    QCOMPARE(found->town, school.town);
}

QTEST_GUILESS_MAIN(TestSqlBinding)
#include "tst_sqlbinding.moc"
