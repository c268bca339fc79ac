#pragma once

#include "common/RowTableModel.h"
#include "exchange/ExchangeReport.h"

namespace hubreg::ui {

// The conflicts of a Lead's return, a row each: the record, the field, the base both sides
// agreed on, the Lead's value, the hub's and the result of the decision taken.
class ConflictTableModel : public RowTableModel<ExchangeConflict>
{
    Q_OBJECT

public:
    enum Column { Record, Field, Base, Lead, Hub, Result, ColumnCount };

    explicit ConflictTableModel(QList<ExchangeConflict> conflicts, QObject *parent = nullptr);

    const QList<ExchangeConflict> &conflicts() const { return rows(); }
    const ExchangeConflict &conflictAt(int row) const { return rows().at(row); }
    void decide(int row, Side side);
    void decideAll(Side side);
    int undecided() const;

signals:
    void decisionsChanged();

protected:
    QVariant cellData(const ExchangeConflict &conflict, int column, int role) const override;
};

} // namespace hubreg::ui
