// Hub > Users… driven in a real window: on a file it is disabled and says why; in the suite's
// server run an administrator adds a Work Group Lead, changes their role and removes them, and
// the server's roles follow.
#include "GuiTest.h"
#include "access/HubUsers.h"
#include "database/SqlQuery.h"
#include "users/UsersDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace hubreg;

namespace {

qint64 number(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    return query.scalar().toLongLong();
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }

    void aFileHasNoUsers()
    {
        if (test::testserver::inUse())
            QSKIP("About a file; the file run has it.");
        test::WindowFixture fixture;
        auto *users = fixture.window().findChild<QAction *>(QStringLiteral("hubUsersAction"));
        QVERIFY(users);
        QVERIFY(!users->isEnabled());
        QVERIFY(users->statusTip().contains(QLatin1String("a file is one person's")));
    }

    void anAdministratorKeepsTheUsers()
    {
        if (!test::testserver::inUse())
            QSKIP("Needs the test server: the suite's _pgsql run has it.");
        auto fixture = test::demoHubWindow();
        Database &db = fixture->db();
        const qint64 lead = number(db,
                                   QStringLiteral("SELECT min(lead_person_id) FROM "
                                                  "work_groups"));
        QVERIFY(lead > 0);
        fixture->trigger(QStringLiteral("hubUsersAction"));
        auto *dialog = test::openDialog<ui::UsersDialog>(&fixture->window());
        QVERIFY(dialog);
        auto *table = test::child<QTableWidget>(dialog, QStringLiteral("usersTable"));
        auto *login = test::child<QLineEdit>(dialog, QStringLiteral("loginEdit"));
        auto *role = test::child<QComboBox>(dialog, QStringLiteral("roleCombo"));
        auto *person = test::child<QComboBox>(dialog, QStringLiteral("personCombo"));
        auto *password = test::child<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
        auto *add = test::child<QPushButton>(dialog, QStringLiteral("addUserButton"));
        auto *change = test::child<QPushButton>(dialog, QStringLiteral("changeRoleButton"));
        auto *remove = test::child<QPushButton>(dialog, QStringLiteral("removeUserButton"));
        auto *message = test::child<QLabel>(dialog, QStringLiteral("usersMessage"));
        QCOMPARE(table->rowCount(), 0);

        const QString name = QStringLiteral("gui_lead_%1").arg(QCoreApplication::applicationPid());
        test::typeInto(login, name);
        choose(role, QStringLiteral("lead"));
        // A Lead with no person is refused, and the form says why.
        QVERIFY(add->isEnabled());
        test::typeInto(password, QStringLiteral("a long pass phrase"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(QLatin1String("Work Group Lead is a person")),
                 qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 0);

        choose(person, lead);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), name);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Work Group Lead"));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM hub_access.hub_users WHERE "
                                       "login = '%1' AND role = 'lead' AND person_id = %2")
                            .arg(name)
                            .arg(lead)),
                 1);
        QVERIFY(!add->isEnabled());

        choose(role, QStringLiteral("reader"));
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Reader (reports)"));
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM hub_access.hub_users WHERE "
                                       "login = '%1' AND role = 'reader'")
                            .arg(name)),
                 1);

        // Cancelled, nothing goes; confirmed, the login leaves the server too.
        ui::Prompter::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        ui::Prompter::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(
            number(db,
                   QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(name)),
            0);
        dialog->reject();
    }
};

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
