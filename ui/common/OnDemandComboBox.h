#pragma once

#include <QComboBox>

#include <functional>

namespace hubreg::ui {

// A drop-down whose long list is read only when someone first reaches for it: the keyboard's
// focus (Tab or its label's shortcut), a click, the wheel, or its list opened. Until then it
// holds only the items it was given (a filter's "All …"), so a long list costs nothing while
// the window opens. The filler adds the rest after them and keeps the current item.
class OnDemandComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit OnDemandComboBox(QWidget *parent = nullptr);

    void setFiller(std::function<void()> fill) { m_fill = std::move(fill); }
    bool isFilled() const { return m_filled; }
    // Runs the filler unless it has run already.
    void fillNow();
    void showPopup() override;

protected:
    bool event(QEvent *event) override;

private:
    std::function<void()> m_fill;
    bool m_filled = false;
};

} // namespace hubreg::ui
