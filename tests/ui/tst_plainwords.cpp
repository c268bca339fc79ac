// What the program says and asks, over the demo hub: cancelling a session asks first and keeps
// the reason, and leaves the session's buttons usable; a series' titles are typed without
// programmer notation; a participant has one role field; the files a Lead saves are named after
// the Work Group; form messages appear whole without moving the fields under them; the Restore
// dialog shows each backup's time and size in full.
#include "GuiTest.h"
#include "common/FormValidator.h"
#include "database/Backup.h"
#include "exports/ExportDialog.h"
#include "mainwindow/BackupChooser.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "register/RegisterTab.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolDialog.h"
#include "sessions/CancelSessionDialog.h"
#include "sessions/SessionSeriesDialog.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsTab.h"
#include "workgroups/ParticipantDialog.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupsPage.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestPlainWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cancellingASessionAsksAndKeepsTheReason();
    void seriesTitlesNeedNoProgrammerNotation();
    void aParticipantHasOneRoleField();
    void savedFilesNameTheWorkGroup();
    void formMessagesAppearWholeWithoutMovingTheForm();
    void restoreDialogTellsBackupsApart();

private:
    WorkGroupPage *openWorkGroup();

    std::unique_ptr<test::WindowFixture> m_fixture;
    QString m_code;
};

void TestPlainWords::initTestCase()
{
    m_fixture = test::demoHubWindow();
}

void TestPlainWords::cleanupTestCase()
{
    m_fixture.reset();
}

WorkGroupPage *TestPlainWords::openWorkGroup()
{
    for (const WorkGroupOverview &group : WorkGroupStore(m_fixture->db()).overview()) {
        if (group.academicYear == QStringLiteral("2024/25") && group.sessionsHeld > 0
            && group.sessionsPlanned > group.sessionsHeld) {
            m_code = group.workGroup.code;
            m_fixture->window().openWorkGroup(group.workGroup.id);
            return qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
        }
    }
    return nullptr;
}

void TestPlainWords::cancellingASessionAsksAndKeepsTheReason()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    SessionsTab *tab = page->sessionsTab();
    page->tabs()->setCurrentWidget(tab);
    int row = -1;
    for (int r = 0; r < tab->model()->rowCount(); ++r) {
        if (tab->model()->sessionAt(r)->status == SessionStatus::Planned)
            row = r;
    }
    QVERIFY(row >= 0);
    const Session before = *tab->model()->sessionAt(row);
    tab->table()->setCurrentIndex(tab->model()->index(row, SessionTableModel::Title));
    auto *cancel = test::child<QPushButton>(tab, QStringLiteral("cancelSessionPushButton"));

    // Asked first: keeping it changes nothing.
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *dialog = test::openDialog<CancelSessionDialog>(&m_fixture->window());
    QVERIFY2(dialog, "cancelling asks first");
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("keepSessionPushButton")),
                      Qt::LeftButton);
    QCOMPARE(SessionStore(m_fixture->db()).find(before.id)->status, SessionStatus::Planned);

    // Cancelled, with a reason kept on the session.
    QTest::mouseClick(cancel, Qt::LeftButton);
    dialog = test::openDialog<CancelSessionDialog>(&m_fixture->window());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Venue closed by snow"));
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("cancelSessionPushButton")),
                      Qt::LeftButton);
    const auto cancelled = SessionStore(m_fixture->db()).find(before.id);
    QCOMPARE(cancelled->status, SessionStatus::Cancelled);
    QCOMPARE(cancelled->cancellationReason, QStringLiteral("Venue closed by snow"));
    QVERIFY(tab->model()
                ->index(row, SessionTableModel::Status)
                .data()
                .toString()
                .contains(QStringLiteral("Venue closed by snow")));

    // The same session is still the one chosen, and its buttons still work.
    QCOMPARE(tab->currentSessionId(), before.id);
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("Rest&ore Session"));
    QVERIFY(test::child<QPushButton>(tab, QStringLiteral("editSessionPushButton"))->isEnabled());
    QVERIFY(!test::child<QPushButton>(tab, QStringLiteral("takeRegisterPushButton"))->isEnabled());

    // Restoring forgets the reason; undo brings the cancellation back with it.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(SessionStore(m_fixture->db()).find(before.id)->status, SessionStatus::Planned);
    QVERIFY(SessionStore(m_fixture->db()).find(before.id)->cancellationReason.isEmpty());
    m_fixture->window().undoStack()->undo();
    QCOMPARE(SessionStore(m_fixture->db()).find(before.id)->cancellationReason,
             QStringLiteral("Venue closed by snow"));
    m_fixture->window().undoStack()->undo();
    QCOMPARE(SessionStore(m_fixture->db()).find(before.id)->status, SessionStatus::Planned);
}

void TestPlainWords::seriesTitlesNeedNoProgrammerNotation()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->sessionsTab());
    const int next = SessionStore(m_fixture->db()).nextNumber(page->workGroupId());
    page->sessionsTab()->createSeries();
    auto *dialog = test::openDialog<SessionSeriesDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *titles = test::child<QLineEdit>(dialog, QStringLiteral("titlePatternLineEdit"));
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        const auto *edit = qobject_cast<QLineEdit *>(widget);
        const QString shown = label ? label->text() : (edit ? edit->text() : QString());
        QVERIFY2(!shown.contains(QStringLiteral("%1")), qPrintable(shown));
        QVERIFY2(!widget->toolTip().contains(QStringLiteral("%1")), qPrintable(widget->toolTip()));
    }
    QCOMPARE(titles->text(), QStringLiteral("Session"));
    QVERIFY(
        dialog->preview()->item(0)->text().startsWith(QStringLiteral("Session %1 — ").arg(next)));
    test::typeInto(titles, QStringLiteral("Week # visit"));
    QVERIFY(dialog->preview()->item(0)->text().startsWith(
        QStringLiteral("Week %1 visit — ").arg(next)));
    QCOMPARE(test::child<QLabel>(dialog, QStringLiteral("titleExampleLabel"))->text(),
             QStringLiteral("as in “Week %1 visit”").arg(next));
    QCOMPARE(dialog->plan().titlePattern, QStringLiteral("Week %1 visit"));
    dialog->reject();
}

void TestPlainWords::aParticipantHasOneRoleField()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->participantsTab());
    page->participantsTab()->table()->selectRow(0);
    for (bool change : { false, true }) {
        if (change)
            page->participantsTab()->editCurrent();
        else
            page->participantsTab()->addParticipant();
        auto *dialog = test::openDialog<ParticipantDialog>(&m_fixture->window());
        QVERIFY(dialog);
        QStringList roleLabels;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("Role")))
                roleLabels << label->text();
        }
        QCOMPARE(roleLabels, QStringList { QStringLiteral("&Role:") });
        QVERIFY(!test::child<QLineEdit>(dialog, QStringLiteral("roleLineEdit"))->isVisible());
        QVERIFY(test::child<QComboBox>(dialog, QStringLiteral("groupRoleComboBox"))->isVisible());
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void TestPlainWords::savedFilesNameTheWorkGroup()
{
    WorkGroupPage *page = openWorkGroup();
    QVERIFY(page);
    Prompter::setNextFileName(QString());
    QVERIFY(!page->takeRegisterTab()->saveSignInSheetPdf());
    const QString sheet = QFileInfo(Prompter::lastSuggestedFileName()).fileName();
    QVERIFY2(sheet.startsWith(m_code + QStringLiteral(" Sign-in sheet ")), qPrintable(sheet));
    QVERIFY(sheet.endsWith(QStringLiteral(".pdf")));
    Prompter::setNextFileName(QString());
    QVERIFY(!page->registerTab()->saveRegisterPdf());
    QCOMPARE(QFileInfo(Prompter::lastSuggestedFileName()).fileName(),
             m_code + QStringLiteral(" Register.pdf"));

    // A return of one Work Group is named after it too.
    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    auto *dialog = test::openDialog<ExportDialog>(&m_fixture->window());
    QVERIFY(dialog);
    auto *group = test::child<QComboBox>(dialog, QStringLiteral("workGroupComboBox"));
    QVERIFY(group);
    group->setCurrentIndex(group->findData(m_code));
    QVERIFY(group->currentIndex() > 0);
    Prompter::setNextFileName(QString());
    QTest::mouseClick(test::child<QPushButton>(dialog, QStringLiteral("saveFilePushButton")),
                      Qt::LeftButton);
    QVERIFY2(QFileInfo(Prompter::lastSuggestedFileName()).fileName().startsWith(m_code),
             qPrintable(Prompter::lastSuggestedFileName()));
    dialog->reject();
}

void TestPlainWords::formMessagesAppearWholeWithoutMovingTheForm()
{
    auto *dialog = new SchoolDialog(m_fixture->db(), std::nullopt, &m_fixture->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *urn = test::child<QLineEdit>(dialog, QStringLiteral("urnLineEdit"));
    auto *name = test::child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
    auto *message = test::child<FieldMessage>(dialog, QStringLiteral("urnLineEditMessage"));
    QCoreApplication::processEvents();
    const int nameAt = name->mapTo(dialog, QPoint(0, 0)).y();
    QVERIFY(message->message().isEmpty());

    QTest::keyClicks(urn, QStringLiteral("12345"));
    QCoreApplication::processEvents();
    QVERIFY(message->message().contains(QStringLiteral("six digits")));
    QCOMPARE(name->mapTo(dialog, QPoint(0, 0)).y(), nameAt);
    // The message is shown whole: its label has all the height its lines need.
    const auto verifyWhole = [&] {
        QCoreApplication::processEvents();
        auto *text = message->findChildren<QLabel *>().constLast();
        QCOMPARE(text->text(), message->message());
        QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                 qPrintable(QStringLiteral("%1 of %2")
                                .arg(text->height())
                                .arg(text->heightForWidth(text->width()))));
        QVERIFY(message->height() >= text->height());
    };
    verifyWhole();

    // A message longer than a line (a narrow dialog) still shows every line, and its room is
    // kept once it goes, so the form does not jump back under the pointer.
    dialog->resize(dialog->minimumSizeHint().width(), dialog->height());
    test::typeInto(urn, QStringLiteral("100001")); // held already: a longer message
    verifyWhole();
    const int nameWithLongMessage = name->mapTo(dialog, QPoint(0, 0)).y();
    test::typeInto(urn, QStringLiteral("999991"));
    QCoreApplication::processEvents();
    QVERIFY(message->message().isEmpty());
    QCOMPARE(name->mapTo(dialog, QPoint(0, 0)).y(), nameWithLongMessage);
    dialog->reject();
}

void TestPlainWords::restoreDialogTellsBackupsApart()
{
    const QDir folder(Backup::folderFor(m_fixture->path()));
    for (const QString &name :
         { QStringLiteral("gui-daily-20250310.sqlite"), QStringLiteral("gui-daily-20250311.sqlite"),
           QStringLiteral("gui-20250312-090000-schema1.sqlite"),
           QStringLiteral("gui-2025-03-12.sqlite") })
        Backup::copyVerified(m_fixture->db(), folder.filePath(name));
    BackupChooser chooser(m_fixture->path(), &m_fixture->window());
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    QTableWidget *table = chooser.table();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Taken"));
    for (int column = 0; column < table->columnCount(); ++column) {
        int needed = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString text = table->item(row, column)->text();
            needed = qMax(needed, table->fontMetrics().horizontalAdvance(text));
        }
        QVERIFY2(table->columnWidth(column) >= needed,
                 qPrintable(QStringLiteral("column %1: %2 of %3")
                                .arg(table->horizontalHeaderItem(column)->text())
                                .arg(table->columnWidth(column))
                                .arg(needed)));
    }
    // The whole table is in sight, without scrolling sideways.
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("B")));
    QVERIFY(table->item(0, 3)->text().size() > 3);

    // Chosen and restored from the list (a test answers the chooser in advance).
    Prompter::setNextFileName(folder.filePath(QStringLiteral("gui-2025-03-12.sqlite")));
    QCOMPARE(BackupChooser::choose(m_fixture->path(), &m_fixture->window()),
             folder.filePath(QStringLiteral("gui-2025-03-12.sqlite")));
}

QTEST_MAIN(TestPlainWords)
#include "tst_plainwords.moc"
