#pragma once

#include "exchange/ExchangeReport.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace hubreg::ui {

class ConflictTableModel;

// The conflicts of a Lead's return, side by side (before, Lead, hub, result), decided one by
// one (L or H on a row, or the buttons) or all one way.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<ExchangeConflict> &conflicts, const QString &from,
                   QWidget *parent = nullptr);

    const QList<ExchangeConflict> &conflicts() const;
    ConflictTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void decideSelected(Side side);
    void updateCount();

    ConflictTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace hubreg::ui
