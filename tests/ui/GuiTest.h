#pragma once

// Helpers shared by the GUI tests: a real main window over a temporary file with a fixed
// clock, and ways to find the dialogs and widgets a user would use.

#include "TestServer.h"
#include "TestSupport.h"
#include "common/Prompter.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "demo/DemoHub.h"
#include "mainwindow/MainWindow.h"
#include "records/WorkGroupStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace hubreg::test {

// Keeps the tests' settings away from the user's, and starts each run with none.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HubRegisterTests"));
    // One settings file per test program: ctest runs them in parallel, and a shared file let one
    // suite's saved column widths leak into another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("HubRegisterGuiTests-")
        + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    // A message box nobody answers would wait for ever; tests read Prompter::lastMessage().
    ui::Prompter::setNonInteractive(true);
}

// A main window over a fresh file in its own folder; `fill` writes records first.
class WindowFixture
{
public:
    explicit WindowFixture(const std::function<void(Database &)> &fill = {})
        : m_path(testserver::inUse() ? testserver::createDatabase()
                                     : m_dir.filePath(QStringLiteral("gui.sqlite")))
        , m_clock(QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC))
    {
        auto db = Database::open(path());
        db->setClock(&m_clock);
        if (fill)
            fill(*db);
        m_window = std::make_unique<ui::MainWindow>(std::move(db));
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("The window was not shown");
    }

    ~WindowFixture()
    {
        m_window.reset();
        if (testserver::inUse())
            testserver::dropDatabase(m_path);
    }

    // The file, or in a suite's server run the test's database on the server.
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    ui::MainWindow &window() { return *m_window; }
    Database &db() { return m_window->database(); }
    FixedClock &clock() { return m_clock; }

    void trigger(const QString &actionName)
    {
        auto *action = m_window->findChild<QAction *>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY2(action->isEnabled(), qPrintable(actionName + QStringLiteral(" is disabled")));
        action->trigger();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

// The newest visible dialog of type T under `root` (dialogs are opened window-modal and
// deleted once closed, so earlier ones are flushed first).
template<typename T> T *openDialog(QWidget *root)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    T *found = nullptr;
    for (T *dialog : root->findChildren<T *>()) {
        if (dialog->isVisible())
            found = dialog;
    }
    return found;
}

template<typename T> T *child(QObject *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("No %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Replaces a line edit's text by typing, as a user would.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The window over the demo hub as of 12 March 2025, at 9 am: the screens the GUI checks share.
inline std::unique_ptr<WindowFixture> demoHubWindow()
{
    useTestSettings();
    auto fixture = std::make_unique<WindowFixture>(
        [](Database &db) { DemoHub::create(db, QDate(2025, 3, 12)); });
    fixture->clock().setNow(QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC));
    return fixture;
}

// The Work Group with the most participants: the one whose screens hold the most.
inline RecordId busiestWorkGroup(Database &db)
{
    RecordId chosen = 0;
    int most = -1;
    for (const WorkGroupOverview &group : WorkGroupStore(db).overview()) {
        if (group.participants > most) {
            most = group.participants;
            chosen = group.workGroup.id;
        }
    }
    return chosen;
}

} // namespace hubreg::test
