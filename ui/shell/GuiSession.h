#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace hubreg::ui {

// Loads the embedded translations for the user's language (UK English is built in).
void installTranslations(QCoreApplication &app);

// Runs the window: reads the GUI command line (--database PATH, or a file name), opens the file
// (the default one in the user's data folder otherwise), shows the main window and returns the
// exit status. A termination signal closes the window as Quit would.
int runGuiSession(QApplication &app, const QString &commandLineUsage);

} // namespace hubreg::ui
