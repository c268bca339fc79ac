// The window and every dialog on a small laptop: a 1024x700 screen (or, with
// HUBREGISTER_FIT_SCREEN=1920x1080@1.5, a 1080p screen at 150% scaling). Each screen's minimum
// size must fit, the window must lay out at the screen's size on every page (after Reports
// too), and each dialog must open inside the screen.
#include "GuiTest.h"
#include "database/Backup.h"
#include "mainwindow/BackupChooser.h"
#include "mainwindow/PropertiesDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonPage.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolsPage.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupsPage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
struct ScreenSpec
{
    QSize pixels;
    double scale = 1.0;
};

ScreenSpec screenSpec()
{
    ScreenSpec spec { QSize(1024, 700), 1.0 };
    const QRegularExpression pattern(QStringLiteral("^(\\d+)x(\\d+)(?:@([\\d.]+))?$"));
    const auto match = pattern.match(qEnvironmentVariable("HUBREGISTER_FIT_SCREEN"));
    if (match.hasMatch()) {
        spec.pixels = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        spec.scale = match.captured(3).isEmpty() ? 1.0 : match.captured(3).toDouble();
    }
    return spec;
}

bool scrolled(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(parent))
            return true;
    }
    return false;
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}
} // namespace

class TestFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartFitsTheScreen();
    void everyScreenFits();
    void workGroupPageFitsOnEveryTab();
    void recordPagesFit();
    void everyDialogFits();
    void chartLegendsAreWhole();

private:
    void verifyHeadingsWhole(QWidget *root, const QString &what);
    QRect available() const;
    void verifyWindowFits(const QString &what);
    void verifyDialogFits(const QString &what);

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestFit::initTestCase()
{
    m_fixture = test::demoHubWindow();
}

void TestFit::cleanupTestCase()
{
    m_fixture.reset();
}

QRect TestFit::available() const
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

void TestFit::firstStartFitsTheScreen()
{
    const ScreenSpec spec = screenSpec();
    QCOMPARE(available().size(), spec.pixels / spec.scale);
    // Nothing remembered: the window opens inside the screen, not at a size made for a bigger one.
    QSettings().remove(QStringLiteral("window"));
    test::WindowFixture fresh;
    const QRect frame = fresh.window().frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(QStringLiteral("%1 at %2,%3 on a %4 screen")
                            .arg(sizeText(frame.size()))
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(sizeText(available().size()))));
    // ... and uses most of it.
    QVERIFY(frame.width() * 10 >= available().width() * 8);
    // A new file's first-run setup opens inside the screen too.
    fresh.window().offerHubSetup();
    auto *wizard = test::openDialog<QDialog>(&fresh.window());
    QVERIFY(wizard);
    QVERIFY2(available().contains(wizard->frameGeometry()),
             qPrintable(sizeText(wizard->frameGeometry().size())));
    wizard->reject();
}

void TestFit::verifyWindowFits(const QString &what)
{
    MainWindow &window = m_fixture->window();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QSize screen = available().size();
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(QStringLiteral("%1: the window needs at least %2 on a %3 screen")
                            .arg(what, sizeText(minimum), sizeText(screen))));
    window.resize(screen);
    QCoreApplication::processEvents();
    QVERIFY2(window.size() == screen,
             qPrintable(QStringLiteral("%1: laid out at %2, not %3")
                            .arg(what, sizeText(window.size()), sizeText(screen))));
    // Every button on show lies inside the window, not cut off at its edge (one in a scrolled
    // area is reached by scrolling).
    const QRect inside = window.rect();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || scrolled(button))
            continue;
        const QRect placed(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(placed),
                 qPrintable(QStringLiteral("%1: “%2” (%3) lies outside the window")
                                .arg(what, button->text(), button->objectName())));
    }
    verifyHeadingsWhole(&window, what);
}

void TestFit::verifyHeadingsWhole(QWidget *root, const QString &what)
{
    // Every column on show is wide enough for its heading ("essions attende" and "Canc…" were
    // cut), except one stretched to fill whatever room is left.
    for (QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->isVisible() || !table->horizontalHeader()->isVisible())
            continue;
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column)
                || header->sectionResizeMode(column) == QHeaderView::Stretch
                || (header->stretchLastSection()
                    && header->visualIndex(column) == header->count() - 1))
                continue;
            const QString heading = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("%1: %2's column “%3” is %4 wide, needs %5")
                                    .arg(what, table->objectName(), heading)
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column))));
        }
    }
}

void TestFit::chartLegendsAreWhole()
{
    // The dashboard on the small screen: each chart's legend has room for every name in full.
    MainWindow &window = m_fixture->window();
    window.resize(available().size());
    window.showPage(4);
    QCoreApplication::processEvents();
    const QList<QChartView *> charts = window.currentPage()->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *view : charts) {
        QChart *chart = view->chart();
        if (!chart->legend()->isVisible())
            continue;
        const QFontMetrics metrics(chart->legend()->font());
        int needed = 0;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->isVisible())
                needed += metrics.horizontalAdvance(marker->label()) + 3 * metrics.height();
        }
        QVERIFY2(needed <= view->width(),
                 qPrintable(QStringLiteral("%1: its legend needs %2, it has %3")
                                .arg(view->objectName())
                                .arg(needed)
                                .arg(view->width())));
    }
}

void TestFit::everyScreenFits()
{
    MainWindow &window = m_fixture->window();
    for (int row = 0; row < window.pageCount(); ++row) {
        window.showPage(row);
        verifyWindowFits(QStringLiteral("page %1").arg(row));
    }
    // A wide screen visited once must not hold the others wide.
    for (int row = 0; row < window.pageCount(); ++row) {
        window.showPage(row);
        verifyWindowFits(QStringLiteral("page %1 after every other").arg(row));
    }
}

void TestFit::workGroupPageFitsOnEveryTab()
{
    MainWindow &window = m_fixture->window();
    window.openWorkGroup(test::busiestWorkGroup(m_fixture->db()));
    auto *page = qobject_cast<WorkGroupPage *>(window.currentPage());
    QVERIFY(page);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        verifyWindowFits(QStringLiteral("Work Group tab %1").arg(page->tabs()->tabText(tab)));
    }
}

void TestFit::recordPagesFit()
{
    MainWindow &window = m_fixture->window();
    window.showPage(1);
    auto *schools = qobject_cast<SchoolsPage *>(window.currentPage());
    QVERIFY(schools);
    schools->finder()->table()->setCurrentIndex(schools->finder()->table()->model()->index(0, 0));
    schools->openCurrent();
    verifyWindowFits(QStringLiteral("a school's page"));
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    QVERIFY(people);
    people->table()->setCurrentIndex(people->table()->model()->index(0, 0));
    people->openCurrent();
    verifyWindowFits(QStringLiteral("a person's page"));
}

void TestFit::verifyDialogFits(const QString &what)
{
    auto *dialog = test::openDialog<QDialog>(&m_fixture->window());
    QVERIFY2(dialog, qPrintable(what + QStringLiteral(": no dialog opened")));
    QCoreApplication::processEvents();
    const QSize screen = available().size();
    const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 needs at least %2 on a %3 screen")
                            .arg(what, sizeText(minimum), sizeText(screen))));
    const QRect frame = dialog->frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(QStringLiteral("%1 opens at %2 (%3,%4), outside a %5 screen")
                            .arg(what, sizeText(frame.size()))
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(sizeText(screen))));
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFit::everyDialogFits()
{
    MainWindow &window = m_fixture->window();
    window.resize(available().size());
    window.move(available().topLeft());

    window.showPage(0);
    window.workGroupsPage()->newWorkGroup();
    verifyDialogFits(QStringLiteral("New Work Group"));

    window.openWorkGroup(test::busiestWorkGroup(m_fixture->db()));
    auto *page = qobject_cast<WorkGroupPage *>(window.currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->schoolsTab());
    page->schoolsTab()->enrolSchool();
    verifyDialogFits(QStringLiteral("Enrol a School"));
    page->tabs()->setCurrentWidget(page->sessionsTab());
    page->sessionsTab()->addSession();
    verifyDialogFits(QStringLiteral("Add Session"));
    page->sessionsTab()->addSchoolVisit();
    verifyDialogFits(QStringLiteral("Add School Visit"));
    page->sessionsTab()->createSeries();
    verifyDialogFits(QStringLiteral("Create a Series"));
    page->tabs()->setCurrentWidget(page->participantsTab());
    page->participantsTab()->addParticipant();
    verifyDialogFits(QStringLiteral("Add Participant"));
    page->participantsTab()->table()->selectRow(0);
    page->participantsTab()->editCurrent();
    verifyDialogFits(QStringLiteral("Change Participant"));
    page->participantsTab()->moveCurrent();
    verifyDialogFits(QStringLiteral("Move Participant"));
    page->participantsTab()->importList();
    verifyDialogFits(QStringLiteral("Import Participants"));
    page->participantsTab()->pasteText(
        QStringLiteral("First\tLast\tEmail\nBea\tBirch\tbea.birch@example.org\n"));
    verifyDialogFits(QStringLiteral("Paste Participants"));

    window.showPage(1);
    qobject_cast<SchoolsPage *>(window.currentPage())->addSchool();
    verifyDialogFits(QStringLiteral("New School"));
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    people->addPerson();
    verifyDialogFits(QStringLiteral("New Person"));
    people->openRetention();
    verifyDialogFits(QStringLiteral("Retention of Personal Data"));
    people->table()->setCurrentIndex(people->table()->model()->index(0, 0));
    people->openCurrent();
    auto *person = qobject_cast<PersonPage *>(window.currentPage());
    QVERIFY(person);
    person->erasePerson();
    verifyDialogFits(QStringLiteral("Erase a Person"));

    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    verifyDialogFits(QStringLiteral("Export Return"));
    m_fixture->trigger(QStringLiteral("importGiasSchoolsAction"));
    verifyDialogFits(QStringLiteral("Import GIAS Schools"));
    m_fixture->trigger(QStringLiteral("importGiasLinksAction"));
    verifyDialogFits(QStringLiteral("Import GIAS Links"));

    m_fixture->trigger(QStringLiteral("connectToServerAction"));
    verifyDialogFits(QStringLiteral("Connect to Hub Server"));
    m_fixture->trigger(QStringLiteral("keyboardShortcutsAction"));
    verifyDialogFits(QStringLiteral("Keyboard Shortcuts"));
    m_fixture->trigger(QStringLiteral("hubSettingsAction"));
    verifyDialogFits(QStringLiteral("Hub Settings"));
    m_fixture->trigger(QStringLiteral("sendToLeadAction"));
    verifyDialogFits(QStringLiteral("Send to Lead"));

    window.openWorkGroup(test::busiestWorkGroup(m_fixture->db()));
    page = qobject_cast<WorkGroupPage *>(window.currentPage());
    page->tabs()->setCurrentWidget(page->sessionsTab());
    page->sessionsTab()->table()->selectRow(0);
    page->sessionsTab()->toggleCancelled();
    verifyDialogFits(QStringLiteral("Cancel a Session"));

    Backup::copyVerified(m_fixture->db(),
                         QDir(Backup::folderFor(m_fixture->path()))
                             .filePath(QStringLiteral("gui-2025-03-12.sqlite")));
    auto *chooser = new BackupChooser(m_fixture->path(), &window);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->open();
    verifyDialogFits(QStringLiteral("Restore from Backup"));

    auto *properties = new PropertiesDialog(m_fixture->db(), &window);
    properties->setAttribute(Qt::WA_DeleteOnClose);
    properties->open();
    verifyDialogFits(QStringLiteral("Properties"));
}

int main(int argc, char **argv)
{
    // The screen is the offscreen platform's, described in a file it reads as it starts.
    QTemporaryDir folder;
    const ScreenSpec spec = screenSpec();
    const QJsonObject screen { { QStringLiteral("name"), QStringLiteral("laptop") },
                               { QStringLiteral("x"), 0 },
                               { QStringLiteral("y"), 0 },
                               { QStringLiteral("width"), spec.pixels.width() },
                               { QStringLiteral("height"), spec.pixels.height() },
                               // Scaling as X11 and Windows do it: a higher logical DPI
                               // over a base of 96, which Qt turns into a scale factor.
                               { QStringLiteral("logicalDpi"), qRound(96 * spec.scale) },
                               { QStringLiteral("logicalBaseDpi"), 96 },
                               { QStringLiteral("dpr"), 1.0 } };
    const QJsonObject config { { QStringLiteral("windowFrameMargins"), false },
                               { QStringLiteral("screens"), QJsonArray { screen } } };
    const QString path = folder.filePath(QStringLiteral("screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) <= 0
        || !file.flush())
        qFatal("Cannot write the screen's description");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(path));
    QApplication app(argc, argv);
    // The offscreen platform's 9-point font is smaller than most desktops' 10 or 11 points: the
    // larger of those, so a screen that fits here fits there.
    QFont font = QApplication::font();
    font.setPointSize(11);
    QApplication::setFont(font);
    TestFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fit.moc"
