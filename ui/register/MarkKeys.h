#pragma once

#include "domain/Attendance.h"

#include <QObject>
#include <QPersistentModelIndex>

#include <functional>
#include <optional>

class QAbstractItemView;

namespace hubreg::ui {

// Lets a register be taken from the keyboard: in the view, a mark's letter (P, L, E, S, A, X,
// N) sets that mark on the current person and moves to the next one; Delete or Backspace
// clears the mark. The view's own handling (arrows, Tab, typing into editable cells) is kept
// for every other key.
class MarkKeys : public QObject
{
    Q_OBJECT

public:
    // `setMark` applies the mark (or clears it, when empty) at the index and says whether it
    // did; `takesKeys` says whether the cell takes marks rather than text.
    using SetMark
        = std::function<bool(const QModelIndex &index, std::optional<AttendanceMark> mark)>;
    using TakesKeys = std::function<bool(const QModelIndex &index)>;

    MarkKeys(QAbstractItemView *view, SetMark setMark, TakesKeys takesKeys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveDown();

    QAbstractItemView *m_view;
    SetMark m_setMark;
    TakesKeys m_takesKeys;
};

} // namespace hubreg::ui
