#pragma once

#include <functional>

class QAbstractItemView;
class QComboBox;
class QLineEdit;
class QObject;

namespace hubreg::ui {

// Down, Return or Enter in `search` moves the keyboard to `results`, on its first row when none
// is current yet, as in a browser's address bar (and never presses a dialog's default button).
// `beforeMove`, if given, runs first: a search that waits for a typing pause runs at once.
void leadSearchToResults(QLineEdit *search, QAbstractItemView *results,
                         std::function<void()> beforeMove = {});

// A filter drop-down passed through with Tab does not change on an arrow key: Up, Down, Page
// Up, Page Down, Home and End open its list instead, where the choice is seen before it is made.
void openListOnArrowKeys(QComboBox *box);

// Once per program: Alt with a letter never types that letter into a text field. It is meant
// for a button's shortcut; when that button is greyed, the keystroke would otherwise land in the
// field with the focus.
void keepAltLettersOutOfFields(QObject *application);

} // namespace hubreg::ui
