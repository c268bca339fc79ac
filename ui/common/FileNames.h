#pragma once

#include <QString>

namespace hubreg::ui {

// A name made fit to suggest for a file: characters no file system takes (/ \ : * ? " < > |)
// become dashes, and runs of spaces one space. A Work Group's code or a session's title may
// hold any of them.
QString fileNameFrom(const QString &name);

} // namespace hubreg::ui
