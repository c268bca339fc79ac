#pragma once

class QAbstractItemView;

namespace hubreg::ui {

// A screen with a search box that Edit > Find goes to.
class Searchable
{
public:
    virtual ~Searchable() = default;
    virtual void focusSearch() = 0;
};

// A screen that takes rows pasted from a spreadsheet into one of its tables.
class PasteTarget
{
public:
    virtual ~PasteTarget() = default;
    // Pastes the clipboard into `view` if this screen takes pastes there; false otherwise.
    virtual bool pasteInto(QAbstractItemView *view) = 0;
};

} // namespace hubreg::ui
