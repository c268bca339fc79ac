// A record's History tab, as an administrator uses it: who changed the person and when, from
// what to what, newest first, copied and exported.
#include "GuiTest.h"
#include "common/DataTableView.h"
#include "common/Workspace.h"
#include "history/AuditTableModel.h"
#include "history/HistoryPanel.h"
#include "history/RecordHistoryDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonPage.h"
#include "people/PersonTableModel.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsTab.h"
#include "workgroups/WorkGroupPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>

using namespace hubreg;
using namespace hubreg::ui;

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        test::useTestSettings();
        m_fixture = std::make_unique<test::WindowFixture>([this](Database &db) {
            m_group = test::buildSmallWorkGroup(db);
            db.setSetting(QStringLiteral("register/recorder"), QStringLiteral("Hub Office"));
        });
    }

    void cleanup() { m_fixture.reset(); }

    void showsWhoChangedWhatNewestFirstAndExportsIt()
    {
        PersonPage *page = openPersonPage(m_group.personA1);
        QVERIFY(page);
        HistoryPanel *panel = page->historyPanel();
        auto *tabs = test::child<QTabWidget>(page, QStringLiteral("personTabWidget"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(panel);
        QAbstractItemModel *shown = panel->table()->model();
        QCOMPARE(shown->rowCount(), 1); // added

        Person ann = *PersonStore(m_fixture->db()).find(m_group.personA1);
        ann.email = QStringLiteral("ann@example.org");
        PersonStore(m_fixture->db()).update(ann);
        ann.phone = QStringLiteral("01632 960001");
        PersonStore(m_fixture->db()).update(ann);

        QCOMPARE(shown->rowCount(), 3);
        const auto cell
            = [shown](int row, int column) { return shown->index(row, column).data().toString(); };
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))
                     .match(cell(0, AuditTableModel::When))
                     .hasMatch(),
                 qPrintable(cell(0, AuditTableModel::When)));
        QCOMPARE(cell(0, AuditTableModel::Who),
                 m_fixture->db().isServer() ? cell(0, AuditTableModel::Who)
                                            : QStringLiteral("Hub Office"));
        QCOMPARE(cell(0, AuditTableModel::Changes),
                 QStringLiteral("phone: (empty) → 01632 960001"));
        QCOMPARE(cell(1, AuditTableModel::Changes),
                 QStringLiteral("email: ann.ash@example.org → ann@example.org"));
        QCOMPARE(cell(2, AuditTableModel::Action), QStringLiteral("Added"));

        // Sorted by when, oldest first on request.
        panel->table()->sortByColumn(AuditTableModel::When, Qt::AscendingOrder);
        QCOMPARE(cell(0, AuditTableModel::Action), QStringLiteral("Added"));
        panel->table()->sortByColumn(AuditTableModel::When, Qt::DescendingOrder);

        // Copied as text, as every table copies.
        panel->table()->setFocus();
        panel->table()->selectAll();
        QGuiApplication::clipboard()->clear();
        m_fixture->trigger(QStringLiteral("copyAction"));
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("email: ann.ash@example.org → ann@example.org")),
                 qPrintable(copied));

        const QString path = m_fixture->folder() + QStringLiteral("/ann-history.csv");
        Prompter::setNextFileName(path);
        auto *exportButton
            = test::child<QPushButton>(panel, QStringLiteral("exportHistoryPushButton"));
        QVERIFY(exportButton);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(Prompter::lastMessage().contains(QDir::toNativeSeparators(path)));
        const QString csv = QString::fromUtf8(test::fileBytes(path));
        QVERIFY(csv.contains(QLatin1String("email,ann.ash@example.org,ann@example.org")));
        QVERIFY(csv.contains(QLatin1String("phone,(empty),01632 960001")));
        QCOMPARE(QFile::permissions(path)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void aSessionAndAMarkShowTheirOwnHistory()
    {
        Database &db = m_fixture->db();
        Session session = *SessionStore(db).find(m_group.sessions.at(0));
        session.venue = QStringLiteral("The library");
        SessionStore(db).update(session);
        AttendanceRecord mark;
        mark.sessionId = session.id;
        mark.participantId = m_group.participantA1;
        mark.mark = AttendanceMark::Present;
        AttendanceStore(db).setMark(mark);
        mark.mark = AttendanceMark::Late;
        AttendanceStore(db).setMark(mark);

        m_fixture->window().workspace().openWorkGroup(m_group.workGroupId);
        auto *page = qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
        QVERIFY(page);

        // The Sessions tab: the chosen session's history.
        SessionsTab *sessions = page->sessionsTab();
        page->tabs()->setCurrentWidget(sessions);
        auto *sessionTable = test::child<QTableView>(sessions, QStringLiteral("sessionTableView"));
        auto *sessionHistory
            = test::child<QPushButton>(sessions, QStringLiteral("sessionHistoryPushButton"));
        sessionTable->setCurrentIndex(sessionTable->model()->index(0, 0));
        QVERIFY(sessionHistory->isEnabled());
        sessionHistory->click();
        auto *dialog = test::openDialog<RecordHistoryDialog>(&m_fixture->window());
        QVERIFY(dialog);
        QAbstractItemModel *shown = dialog->panel()->table()->model();
        // Added, the venue changed, then held by its first mark: newest first.
        QCOMPARE(shown->rowCount(), 3);
        QCOMPARE(shown->index(0, AuditTableModel::Changes).data().toString(),
                 QStringLiteral("status: planned → held"));
        QCOMPARE(shown->index(1, AuditTableModel::Changes).data().toString(),
                 QStringLiteral("venue: (empty) → The library"));
        QCOMPARE(shown->index(2, AuditTableModel::Action).data().toString(),
                 QStringLiteral("Added"));
        dialog->close();

        // The Take Register tab: the chosen participant's mark, as made and changed.
        TakeRegisterTab *take = page->takeRegisterTab();
        page->tabs()->setCurrentWidget(take);
        take->showSession(session.id);
        auto *markHistory = test::child<QPushButton>(take, QStringLiteral("markHistoryPushButton"));
        const int row = take->model()->rowOf(m_group.participantA1);
        QVERIFY(row >= 0);
        take->table()->setCurrentIndex(take->model()->index(row, TakeRegisterModel::Mark));
        QVERIFY(markHistory->isEnabled());
        markHistory->click();
        dialog = test::openDialog<RecordHistoryDialog>(&m_fixture->window());
        QVERIFY(dialog);
        shown = dialog->panel()->table()->model();
        QCOMPARE(shown->rowCount(), 2);
        QCOMPARE(shown->index(0, AuditTableModel::Changes).data().toString(),
                 QStringLiteral("mark: P → L"));
        QCOMPARE(shown->index(1, AuditTableModel::Action).data().toString(),
                 QStringLiteral("Added"));
        dialog->close();
        // A participant without a mark has no mark's history to show.
        const int unmarked = take->model()->rowOf(m_group.participantB1);
        take->table()->setCurrentIndex(take->model()->index(unmarked, TakeRegisterModel::Mark));
        QVERIFY(!markHistory->isEnabled());
    }

private:
    PersonPage *openPersonPage(RecordId personId)
    {
        MainWindow &window = m_fixture->window();
        window.showPage(2);
        auto *people = qobject_cast<PeoplePage *>(window.currentPage());
        if (!people)
            return nullptr;
        const int row = people->model()->rowOf(personId);
        if (row < 0)
            return nullptr;
        people->table()->setCurrentIndex(people->table()->model()->index(row, 0));
        QTest::keyClick(people->table(), Qt::Key_Return);
        return qobject_cast<PersonPage *>(window.currentPage());
    }

    std::unique_ptr<test::WindowFixture> m_fixture;
    test::SmallWorkGroup m_group;
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
