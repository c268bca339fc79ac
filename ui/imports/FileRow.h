#pragma once

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace hubreg::ui {

// The first row of an import's form: "File:" (its shortcut reaching the path), the path, and a
// Browse… button, which is returned for the caller to connect.
QPushButton *addFileRow(QFormLayout *form, QLineEdit *file);

} // namespace hubreg::ui
