// What a screen reader is given, over the demo hub: every list, table and chart on every
// screen, tab and dialog has an accessible name and description, and so has every button that
// shows only an icon.
#include "GuiTest.h"
#include "database/Backup.h"
#include "mainwindow/BackupChooser.h"
#include "people/PeoplePage.h"
#include "records/WorkGroupStore.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolsPage.h"
#include "sessions/SessionsTab.h"
#include "workgroups/EnrolledSchoolsTab.h"
#include "workgroups/ParticipantsTab.h"
#include "workgroups/WorkGroupPage.h"
#include "workgroups/WorkGroupsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace hubreg;
using namespace hubreg::ui;

namespace {
// Qt's own parts (a drop-down's list, a line edit's clear button, a table's headings) speak
// for themselves.
bool partOfAQtWidget(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton"))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QScrollBar *>(parent) || qobject_cast<const QTabBar *>(parent)
            || parent->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return false;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyScreenNamesItsViews();
    void everyWorkGroupTabNamesItsViews();
    void everyDialogNamesItsViews();

private:
    void verifyNamed(QWidget *root, const QString &where);
    WorkGroupPage *openBusiestWorkGroup();

    std::unique_ptr<test::WindowFixture> m_fixture;
    int m_viewsSeen = 0;
};

void TestAccessibility::initTestCase()
{
    m_fixture = test::demoHubWindow();
}

void TestAccessibility::cleanupTestCase()
{
    // Every kind of view was looked at, not none.
    QVERIFY2(m_viewsSeen >= 25, qPrintable(QString::number(m_viewsSeen)));
    m_fixture.reset();
}

void TestAccessibility::verifyNamed(QWidget *root, const QString &where)
{
    QCoreApplication::processEvents();
    QList<QWidget *> described;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && !partOfAQtWidget(view))
            described << view;
    }
    for (QChartView *chart : root->findChildren<QChartView *>()) {
        if (chart->isVisible())
            described << chart;
    }
    for (QWidget *widget : std::as_const(described)) {
        const QString what = QStringLiteral("%1: %2 (%3)")
                                 .arg(where, widget->objectName(),
                                      QString::fromLatin1(widget->metaObject()->className()));
        QVERIFY2(!widget->accessibleName().trimmed().isEmpty(),
                 qPrintable(what + QStringLiteral(" has no accessible name")));
        QVERIFY2(!widget->accessibleDescription().trimmed().isEmpty(),
                 qPrintable(what + QStringLiteral(" has no accessible description")));
        ++m_viewsSeen;
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || partOfAQtWidget(button) || !button->text().trimmed().isEmpty())
            continue;
        QVERIFY2(!button->accessibleName().trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1: the icon-only button %2 (%3 in %4) has no "
                                           "accessible name")
                                .arg(where, button->objectName(),
                                     QString::fromLatin1(button->metaObject()->className()),
                                     button->parentWidget()->objectName())));
    }
}

void TestAccessibility::everyScreenNamesItsViews()
{
    MainWindow &window = m_fixture->window();
    for (int row = 0; row < window.pageCount(); ++row) {
        window.showPage(row);
        verifyNamed(&window, QStringLiteral("screen %1").arg(row));
    }
    window.showPage(1);
    auto *schools = qobject_cast<SchoolsPage *>(window.currentPage());
    schools->finder()->table()->setCurrentIndex(schools->finder()->table()->model()->index(0, 0));
    schools->openCurrent();
    auto *schoolTabs = window.currentPage()->findChild<QTabWidget *>();
    for (int tab = 0; tab < schoolTabs->count(); ++tab) {
        schoolTabs->setCurrentIndex(tab);
        verifyNamed(&window, QStringLiteral("a school's tab %1").arg(schoolTabs->tabText(tab)));
    }
    window.showPage(2);
    auto *people = qobject_cast<PeoplePage *>(window.currentPage());
    people->table()->setCurrentIndex(people->table()->model()->index(0, 0));
    people->openCurrent();
    auto *personTabs = window.currentPage()->findChild<QTabWidget *>();
    for (int tab = 0; tab < personTabs->count(); ++tab) {
        personTabs->setCurrentIndex(tab);
        verifyNamed(&window, QStringLiteral("a person's tab %1").arg(personTabs->tabText(tab)));
    }
}

WorkGroupPage *TestAccessibility::openBusiestWorkGroup()
{
    m_fixture->window().openWorkGroup(test::busiestWorkGroup(m_fixture->db()));
    return qobject_cast<WorkGroupPage *>(m_fixture->window().currentPage());
}

void TestAccessibility::everyWorkGroupTabNamesItsViews()
{
    WorkGroupPage *page = openBusiestWorkGroup();
    QVERIFY(page);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        verifyNamed(&m_fixture->window(),
                    QStringLiteral("Work Group tab %1").arg(page->tabs()->tabText(tab)));
    }
}

void TestAccessibility::everyDialogNamesItsViews()
{
    MainWindow &window = m_fixture->window();
    const auto check = [&](const QString &what) {
        auto *dialog = test::openDialog<QDialog>(&window);
        QVERIFY2(dialog, qPrintable(what));
        verifyNamed(dialog, what);
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    WorkGroupPage *page = openBusiestWorkGroup();
    page->tabs()->setCurrentWidget(page->schoolsTab());
    page->schoolsTab()->enrolSchool();
    check(QStringLiteral("Enrol a School"));
    page->tabs()->setCurrentWidget(page->sessionsTab());
    page->sessionsTab()->createSeries();
    check(QStringLiteral("Create a Series"));
    page->tabs()->setCurrentWidget(page->participantsTab());
    page->participantsTab()->importList();
    check(QStringLiteral("Import Participants"));
    page->participantsTab()->pasteText(
        QStringLiteral("First\tLast\tEmail\nBea\tBirch\tbea.birch@example.org\n"));
    check(QStringLiteral("Paste Participants"));
    m_fixture->trigger(QStringLiteral("exportReturnAction"));
    check(QStringLiteral("Export Return"));
    m_fixture->trigger(QStringLiteral("importGiasSchoolsAction"));
    check(QStringLiteral("Import GIAS Schools"));
    m_fixture->trigger(QStringLiteral("keyboardShortcutsAction"));
    check(QStringLiteral("Keyboard Shortcuts"));
    m_fixture->trigger(QStringLiteral("hubSettingsAction"));
    check(QStringLiteral("Hub Settings"));
    m_fixture->trigger(QStringLiteral("sendToLeadAction"));
    check(QStringLiteral("Send to Lead"));
    window.showPage(2);
    qobject_cast<PeoplePage *>(window.currentPage())->openRetention();
    check(QStringLiteral("Retention of Personal Data"));

    Backup::copyVerified(m_fixture->db(),
                         QDir(Backup::folderFor(m_fixture->path()))
                             .filePath(QStringLiteral("gui-2025-03-12.sqlite")));
    BackupChooser chooser(m_fixture->path(), &window);
    chooser.show();
    verifyNamed(&chooser, QStringLiteral("Restore from Backup"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
