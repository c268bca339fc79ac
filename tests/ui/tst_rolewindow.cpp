// The window offers each login what its role may do on the hub's server, and nothing the server
// would refuse: a Work Group Lead takes their registers, keeps their sessions' details and adds
// participants, but creates no Work Group and changes no school or programme; a reader changes
// nothing; an administrator everything. On a file, its one person may do everything.
#include "GuiTest.h"
#include "access/HubUsers.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "database/ServerAddress.h"
#include "database/SqlQuery.h"
#include "people/PeoplePage.h"
#include "programmes/ProgrammesPage.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolsPage.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupDetailsTab.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

using namespace hubreg;

namespace {

qint64 number(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    return query.scalar().toLongLong();
}

QString uniqueLogin(const char *stem)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(stem)).arg(QCoreApplication::applicationPid());
}

bool enabled(QWidget *root, const QString &name)
{
    auto *widget = root->findChild<QWidget *>(name);
    if (!widget)
        qFatal("No widget named %s", qPrintable(name));
    return widget->isEnabled();
}

} // namespace

class TestRoleWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::WindowFixture> m_owner;
    qint64 m_lead = 0;
    qint64 m_ledGroup = 0; // one of the Lead's Work Groups, with a held session
    qint64 m_heldSession = 0;
    QString m_leadLogin, m_readerLogin, m_adminLogin;

    Database &db() { return m_owner->db(); }

    // A window on the same hub, logged in as `login`.
    std::unique_ptr<ui::MainWindow> windowAs(const QString &login)
    {
        QString why;
        auto address = ServerAddress::parse(m_owner->path(), &why);
        if (!address)
            qFatal("%s", qPrintable(why));
        address->user = login;
        auto window = std::make_unique<ui::MainWindow>(Database::open(address->toString()));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("The window was not shown");
        return window;
    }

    static QString roleShown(ui::MainWindow &window)
    {
        return test::child<QLabel>(&window, QStringLiteral("roleLabel"))->text();
    }

    static bool actionEnabled(ui::MainWindow &window, const QString &name)
    {
        auto *action = window.findChild<QAction *>(name);
        if (!action)
            qFatal("No action named %s", qPrintable(name));
        return action->isEnabled();
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings();
        if (!test::testserver::inUse())
            return;
        m_owner = test::demoHubWindow();
        m_heldSession = number(db(),
                               QStringLiteral("SELECT min(s.id) FROM sessions s "
                                              "JOIN work_groups g ON g.id = s.work_group_id "
                                              "WHERE s.status = 'held' AND g.lead_person_id IS "
                                              "NOT NULL"));
        QVERIFY(m_heldSession > 0);
        m_ledGroup = number(
            db(),
            QStringLiteral("SELECT work_group_id FROM sessions WHERE id = %1").arg(m_heldSession));
        m_lead = number(
            db(),
            QStringLiteral("SELECT lead_person_id FROM work_groups WHERE id = %1").arg(m_ledGroup));
        m_leadLogin = uniqueLogin("window_lead");
        m_readerLogin = uniqueLogin("window_reader");
        m_adminLogin = uniqueLogin("window_admin");
        HubUsers users(db());
        const QString password = QStringLiteral("a long pass phrase");
        users.add(m_leadLogin, HubRole::Lead, m_lead, password);
        users.add(m_readerLogin, HubRole::Reader, 0, password);
        users.add(m_adminLogin, HubRole::Admin, 0, password);
    }

    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        HubUsers users(db());
        for (const HubUser &user : users.list())
            users.remove(user.login);
        m_owner.reset();
    }

    void aFileOffersEverythingToItsPerson()
    {
        if (test::testserver::inUse())
            QSKIP("About a file; the file run has it.");
        auto fixture = test::demoHubWindow();
        ui::MainWindow &window = fixture->window();
        QVERIFY(roleShown(window).isEmpty());
        QVERIFY(!test::child<QLabel>(&window, QStringLiteral("roleLabel"))->isVisible());
        QVERIFY(fixture->window().workspace().rights().mayChangeAnything());
        QVERIFY(enabled(window.workGroupsPage(), QStringLiteral("newWorkGroupPushButton")));
        QVERIFY(enabled(window.schoolsPage(), QStringLiteral("newSchoolPushButton")));
        QVERIFY(enabled(window.page(3), QStringLiteral("newProgrammePushButton")));
    }

    void aLeadIsOfferedTheirOwnWorkGroupsWork()
    {
        if (!test::testserver::inUse())
            QSKIP("Needs the test server: the suite's _pgsql run has it.");
        // The hub clears a register first, so that every mark in it after is the Lead's.
        execSql(db(),
                QStringLiteral("DELETE FROM attendance_marks WHERE session_id = %1")
                    .arg(m_heldSession));
        auto window = windowAs(m_leadLogin);
        QCOMPARE(roleShown(*window), QStringLiteral("Work Group Lead"));

        // Only their own Work Groups are listed, and none can be made.
        ui::WorkGroupsPage *list = window->workGroupsPage();
        QVERIFY(!enabled(list, QStringLiteral("newWorkGroupPushButton")));
        const auto *model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id
                = model->index(row, 0).data(ui::WorkGroupTableModel::IdRole).toLongLong();
            QCOMPARE(number(db(),
                            QStringLiteral("SELECT lead_person_id FROM work_groups WHERE "
                                           "id = %1")
                                .arg(id)),
                     m_lead);
        }

        window->workspace().openWorkGroup(m_ledGroup);
        auto *page = qobject_cast<ui::WorkGroupPage *>(window->currentPage());
        QVERIFY(page);
        // Participants: added and kept, not taken out.
        ui::ParticipantsTab *participants = page->participantsTab();
        page->tabs()->setCurrentWidget(participants);
        auto *participantTable
            = test::child<QTableView>(participants, QStringLiteral("participantTableView"));
        participantTable->setCurrentIndex(participantTable->model()->index(0, 0));
        QVERIFY(enabled(participants, QStringLiteral("addParticipantPushButton")));
        QVERIFY(enabled(participants, QStringLiteral("editParticipantPushButton")));
        QVERIFY(!enabled(participants, QStringLiteral("removeParticipantPushButton")));
        // Schools: enrolled with a participant, never withdrawn.
        ui::EnrolledSchoolsTab *schools = page->schoolsTab();
        page->tabs()->setCurrentWidget(schools);
        auto *schoolTable
            = test::child<QTableView>(schools, QStringLiteral("enrolledSchoolTableView"));
        schoolTable->setCurrentIndex(schoolTable->model()->index(0, 0));
        QVERIFY(enabled(schools, QStringLiteral("enrolSchoolPushButton")));
        QVERIFY(!enabled(schools, QStringLiteral("withdrawSchoolPushButton")));
        // Sessions: their details kept, none planned or removed.
        ui::SessionsTab *sessions = page->sessionsTab();
        page->tabs()->setCurrentWidget(sessions);
        auto *sessionTable = test::child<QTableView>(sessions, QStringLiteral("sessionTableView"));
        sessionTable->setCurrentIndex(sessionTable->model()->index(0, 0));
        QVERIFY(enabled(sessions, QStringLiteral("editSessionPushButton")));
        QVERIFY(!enabled(sessions, QStringLiteral("addSessionPushButton")));
        QVERIFY(!enabled(sessions, QStringLiteral("removeSessionPushButton")));
        // The Work Group's own details are the hub's.
        auto *title = test::child<QWidget>(page->detailsTab(), QStringLiteral("titleLineEdit"));
        QVERIFY(!title->isEnabledTo(page->detailsTab()));
        QVERIFY(!enabled(page->detailsTab(), QStringLiteral("saveDetailsPushButton")));

        // The register is theirs to take, and what the window offers the server allows.
        ui::TakeRegisterTab *take = page->takeRegisterTab();
        page->tabs()->setCurrentWidget(take);
        take->showSession(m_heldSession);
        auto *everyone = test::child<QPushButton>(take, QStringLiteral("markAllPresentPushButton"));
        QVERIFY(everyone->isEnabled());
        const QString marks
            = QStringLiteral("SELECT count(*) FROM attendance_marks WHERE session_id = %1")
                  .arg(m_heldSession);
        QCOMPARE(number(db(), marks), 0);
        const int messages = ui::Prompter::messageCount();
        everyone->click();
        QVERIFY2(ui::Prompter::messageCount() == messages, // nothing refused
                 qPrintable(ui::Prompter::lastMessage()));
        QVERIFY(number(db(), marks) > 0);
        QCOMPARE(number(db(),
                        QStringLiteral("SELECT count(*) FROM attendance_marks WHERE session_id "
                                       "= %1 AND mark <> 'P'")
                            .arg(m_heldSession)),
                 0);

        // What is the hub's is not offered: imports, packs, users, schools, programmes.
        QMenu *importMenu = window->findChild<QMenu *>(QStringLiteral("importMenu"));
        QVERIFY(importMenu);
        emit qobject_cast<QMenu *>(importMenu->parent())->aboutToShow();
        QVERIFY(!importMenu->isEnabled());
        QVERIFY(!actionEnabled(*window, QStringLiteral("hubUsersAction")));
        QVERIFY(!enabled(window->schoolsPage(), QStringLiteral("newSchoolPushButton")));
        QWidget *programmes = window->page(3);
        QVERIFY(!enabled(programmes, QStringLiteral("newProgrammePushButton")));
        QVERIFY(!enabled(programmes, QStringLiteral("saveProgrammePushButton")));
        QVERIFY(!enabled(programmes, QStringLiteral("phaseComboBox")));
        // A new colleague may be added as a person; nobody may be erased.
        QVERIFY(enabled(window->peoplePage(), QStringLiteral("newPersonPushButton")));
        QVERIFY(!enabled(window->peoplePage(), QStringLiteral("erasePersonPushButton")));
    }

    void aReaderIsOfferedNoChange()
    {
        if (!test::testserver::inUse())
            QSKIP("Needs the test server: the suite's _pgsql run has it.");
        auto window = windowAs(m_readerLogin);
        QCOMPARE(roleShown(*window), QStringLiteral("Reader"));
        QCOMPARE(test::child<QLabel>(window.get(), QStringLiteral("savedLabel"))->text(),
                 QStringLiteral("Read-only"));
        QVERIFY(window->workspace().isReadOnly());
        QVERIFY(!enabled(window->workGroupsPage(), QStringLiteral("newWorkGroupPushButton")));
        QVERIFY(!enabled(window->peoplePage(), QStringLiteral("newPersonPushButton")));
        window->workspace().openWorkGroup(m_ledGroup);
        auto *page = qobject_cast<ui::WorkGroupPage *>(window->currentPage());
        QVERIFY(page);
        QVERIFY(!enabled(page->participantsTab(), QStringLiteral("addParticipantPushButton")));
        page->takeRegisterTab()->showSession(m_heldSession);
        QVERIFY(!enabled(page->takeRegisterTab(), QStringLiteral("markAllPresentPushButton")));
        QVERIFY(!actionEnabled(*window, QStringLiteral("hubUsersAction")));
        // Hub Settings says why instead of opening.
        window->showHubSettings();
        QVERIFY(!window->hubDialog());
        QVERIFY2(ui::Prompter::lastMessage().contains(QStringLiteral("read this hub")),
                 qPrintable(ui::Prompter::lastMessage()));
    }

    void anAdministratorIsOfferedEverything()
    {
        if (!test::testserver::inUse())
            QSKIP("Needs the test server: the suite's _pgsql run has it.");
        auto window = windowAs(m_adminLogin);
        QVERIFY(roleShown(*window).isEmpty());
        QVERIFY(enabled(window->workGroupsPage(), QStringLiteral("newWorkGroupPushButton")));
        QVERIFY(enabled(window->schoolsPage(), QStringLiteral("newSchoolPushButton")));
        QVERIFY(enabled(window->peoplePage(), QStringLiteral("newPersonPushButton")));
        QVERIFY(enabled(window->page(3), QStringLiteral("newProgrammePushButton")));
        QVERIFY(actionEnabled(*window, QStringLiteral("hubUsersAction")));
    }
};

QTEST_MAIN(TestRoleWindow)
#include "tst_rolewindow.moc"
