#pragma once

#include <QTableView>

namespace hubreg::ui {

// The table every list in HubRegister uses: whole-row selection, fixed row heights (fast with
// many rows), and Copy that takes every selected cell as tab-separated text with a header,
// which QTableView's own Ctrl+C (one cell) does not.
class DataTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DataTableView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace hubreg::ui
