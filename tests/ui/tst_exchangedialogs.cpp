// File > Exchange driven from the keyboard and the mouse: the import preview, the conflict
// dialog (one by one and all one way), a Lead's copy saying what it is, and packs made from
// the window.
#include "ExchangeTestHelpers.h"
#include "GuiTest.h"
#include "exchange/ConflictDialog.h"
#include "exchange/ConflictTableModel.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/PassphraseDialog.h"
#include "exchange/SendToLeadDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace hubreg;
using namespace hubreg::test;

class TestExchangeDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init();
    void cleanup();
    void conflictsDecidedOneByOneFromTheKeyboard();
    void conflictsDecidedAllOneWay();
    void aLeadsCopySaysWhatItIs();
    void packsMadeFromTheWindow();

private:
    // The window over the hub's file (or the Lead's copy), the other side closed.
    ui::MainWindow &openWindow(const QString &path);
    ui::ImportPreviewDialog *importReturn();

    std::unique_ptr<ExchangeSides> m_sides;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_return;
};

void TestExchangeDialogs::init()
{
    m_sides = std::make_unique<ExchangeSides>();
    ExchangeSides &sides = *m_sides;
    sides.startExchange();
    // The date and the venue of the third session changed differently on both sides, and a
    // register taken at the Lead's.
    Session atLead = *SessionStore(*sides.lead)
                          .find(sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    atLead.date = QDate(2024, 11, 19);
    atLead.venue = QStringLiteral("Alder Primary hall");
    SessionStore(*sides.lead).update(atLead);
    AttendanceRecord mark;
    mark.sessionId = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1));
    mark.participantId
        = sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1);
    AttendanceStore(*sides.lead).setMark(mark);
    Session atHub = *SessionStore(*sides.hub).find(sides.w.sessions.at(2));
    atHub.date = QDate(2024, 11, 26);
    atHub.venue = QStringLiteral("Teachers' centre");
    SessionStore(*sides.hub).update(atHub);
    m_return = sides.sendToHub();
}

void TestExchangeDialogs::cleanup()
{
    m_window.reset();
    m_sides.reset();
}

ui::MainWindow &TestExchangeDialogs::openWindow(const QString &path)
{
    m_sides->hub.reset();
    m_sides->lead.reset();
    m_window = std::make_unique<ui::MainWindow>(Database::open(path));
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("The window was not shown");
    return *m_window;
}

ui::ImportPreviewDialog *TestExchangeDialogs::importReturn()
{
    ui::MainWindow &window = openWindow(m_sides->hubPath);
    ui::Prompter::setNextFileName(m_return);
    ui::PassphraseDialog::setNextAnswers({ kHubPassphrase });
    window.findChild<QAction *>(QStringLiteral("importFromLeadAction"))->trigger();
    return openDialog<ui::ImportPreviewDialog>(&window);
}

void TestExchangeDialogs::conflictsDecidedOneByOneFromTheKeyboard()
{
    ui::ImportPreviewDialog *preview = importReturn();
    QVERIFY(preview);
    QVERIFY2(child<QLabel>(preview, QStringLiteral("headlineLabel"))
                 ->text()
                 .contains(QStringLiteral("Return 1 from Lena Lead")),
             qPrintable(child<QLabel>(preview, QStringLiteral("headlineLabel"))->text()));
    auto *counts = child<QTableWidget>(preview, QStringLiteral("countsTableWidget"));
    // The register made its session held; the mark is new.
    QCOMPARE(counts->rowCount(), 2);
    QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("Sessions"));
    QCOMPARE(counts->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(counts->item(1, 0)->text(), QStringLiteral("Attendance marks"));
    QCOMPARE(counts->item(1, 1)->text(), QStringLiteral("1"));
    auto *import = child<QPushButton>(preview, QStringLiteral("importPushButton"));
    QVERIFY(!import->isEnabled()); // conflicts first
    QCOMPARE(child<QLabel>(preview, QStringLiteral("conflictsLabel"))->text(),
             QStringLiteral("2 of 2 conflicts to decide before importing."));

    QTest::mouseClick(child<QPushButton>(preview, QStringLiteral("decideConflictsPushButton")),
                      Qt::LeftButton);
    auto *conflicts = openDialog<ui::ConflictDialog>(preview);
    QVERIFY(conflicts);
    QTableView *table = conflicts->table();
    ui::ConflictTableModel *model = conflicts->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ui::ConflictTableModel::Field).data().toString(),
             QStringLiteral("Date"));
    QCOMPARE(model->index(0, ui::ConflictTableModel::Base).data().toString(),
             QStringLiteral("11/11/2024"));
    QCOMPARE(model->index(0, ui::ConflictTableModel::Lead).data().toString(),
             QStringLiteral("19/11/2024"));
    QCOMPARE(model->index(0, ui::ConflictTableModel::Hub).data().toString(),
             QStringLiteral("26/11/2024"));
    QCOMPARE(model->index(0, ui::ConflictTableModel::Result).data().toString(),
             QStringLiteral("Not decided"));
    QCOMPARE(model->index(1, ui::ConflictTableModel::Field).data().toString(),
             QStringLiteral("Venue"));
    // L on the first (the Lead's date), which moves on; H on the second (the hub's venue).
    table->setFocus();
    QTest::keyClick(table, Qt::Key_L);
    QCOMPARE(model->index(0, ui::ConflictTableModel::Result).data().toString(),
             QStringLiteral("19/11/2024"));
    QTest::keyClick(table, Qt::Key_H);
    QCOMPARE(model->index(1, ui::ConflictTableModel::Result).data().toString(),
             QStringLiteral("Teachers' centre"));
    QCOMPARE(child<QLabel>(conflicts, QStringLiteral("decidedLabel"))->text(),
             QStringLiteral("2 of 2 decided."));
    QTest::mouseClick(child<QPushButton>(conflicts, QStringLiteral("conflictsDonePushButton")),
                      Qt::LeftButton);

    QVERIFY(import->isEnabled());
    QCOMPARE(child<QLabel>(preview, QStringLiteral("conflictsLabel"))->text(),
             QStringLiteral("All 2 conflicts decided."));
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(preview->result().committed);
    const Session merged = *SessionStore(m_window->database()).find(m_sides->w.sessions.at(2));
    QCOMPARE(merged.date, QDate(2024, 11, 19));
    QCOMPARE(merged.venue, QStringLiteral("Teachers' centre"));
    QVERIFY(AttendanceStore(m_window->database())
                .find(m_sides->w.sessions.at(1), m_sides->w.participantA1));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Imported return 1 from Lena Lead")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestExchangeDialogs::conflictsDecidedAllOneWay()
{
    ui::ImportPreviewDialog *preview = importReturn();
    QVERIFY(preview);
    QTest::mouseClick(child<QPushButton>(preview, QStringLiteral("decideConflictsPushButton")),
                      Qt::LeftButton);
    auto *conflicts = openDialog<ui::ConflictDialog>(preview);
    QVERIFY(conflicts);
    QTest::mouseClick(child<QPushButton>(conflicts, QStringLiteral("allLeadPushButton")),
                      Qt::LeftButton);
    QCOMPARE(conflicts->model()->undecided(), 0);
    QCOMPARE(conflicts->model()->index(1, ui::ConflictTableModel::Result).data().toString(),
             QStringLiteral("Alder Primary hall"));
    // Enter takes the decisions, as Done does.
    QTest::keyClick(conflicts, Qt::Key_Return);
    QTest::keyClick(preview, Qt::Key_Return);
    QVERIFY(preview->result().committed);
    const Session merged = *SessionStore(m_window->database()).find(m_sides->w.sessions.at(2));
    QCOMPARE(merged.date, QDate(2024, 11, 19));
    QCOMPARE(merged.venue, QStringLiteral("Alder Primary hall"));
}

void TestExchangeDialogs::aLeadsCopySaysWhatItIs()
{
    ui::MainWindow &window = openWindow(m_sides->leadPath);
    auto *label = child<QLabel>(&window, QStringLiteral("leadCopyLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Lead's copy"))
                 && label->text().contains(QStringLiteral("Test Maths Hub"))
                 && label->text().contains(QStringLiteral("last exchanged")),
             qPrintable(label->text()));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    emit menu->aboutToShow();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("sendToHubAction"))->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("openPackFromHubAction"))->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("sendToLeadAction"))->isVisible());
    // The hub's file says nothing of the kind.
    ui::MainWindow &hub = openWindow(m_sides->hubPath);
    QVERIFY(!child<QLabel>(&hub, QStringLiteral("leadCopyLabel"))->isVisible());
    QVERIFY(hub.findChild<QAction *>(QStringLiteral("sendToLeadAction"))->isVisible());
}

void TestExchangeDialogs::packsMadeFromTheWindow()
{
    // At the Lead's: Send to Hub.
    ui::MainWindow &lead = openWindow(m_sides->leadPath);
    const QString back = m_sides->dir.filePath(QStringLiteral("from-window.hubpack"));
    ui::Prompter::setNextFileName(back);
    ui::PassphraseDialog::setNextAnswers({ kLeadPassphrase });
    lead.findChild<QAction *>(QStringLiteral("sendToHubAction"))->trigger();
    QVERIFY(QFile::exists(back));
    QVERIFY2(lead.statusBar()->currentMessage().contains(QStringLiteral("Return 2")),
             qPrintable(lead.statusBar()->currentMessage()));

    // At the hub: Send to Lead, both of Lena's groups ticked by hand.
    ui::MainWindow &hub = openWindow(m_sides->hubPath);
    hub.findChild<QAction *>(QStringLiteral("sendToLeadAction"))->trigger();
    auto *dialog = openDialog<ui::SendToLeadDialog>(&hub);
    QVERIFY(dialog);
    dialog->leadComboBox()->setCurrentIndex(dialog->leadComboBox()->findData(kLeadEmail));
    QCOMPARE(dialog->workGroupsList()->count(), 2);
    for (int i = 0; i < dialog->workGroupsList()->count(); ++i)
        dialog->workGroupsList()->item(i)->setCheckState(Qt::Checked);
    const QString pack = m_sides->dir.filePath(QStringLiteral("to-lena.hubpack"));
    ui::Prompter::setNextFileName(pack);
    ui::PassphraseDialog::setNextAnswers({ kHubPassphrase });
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("makePackPushButton")),
                      Qt::LeftButton);
    QVERIFY(QFile::exists(pack));
    QVERIFY2(hub.statusBar()->currentMessage().contains(
                 QStringLiteral("Pack 2 for Lena Lead (TEST-01, TEST-02)")),
             qPrintable(hub.statusBar()->currentMessage()));
}

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchangedialogs.moc"
