#pragma once

#include "exchange/ExchangeReport.h"

#include <QAbstractTableModel>

namespace hubreg::ui {

// The conflicts of a Lead's return, a row each: the record, the field, the base both sides
// agreed on, the Lead's value, the hub's and the result of the decision taken.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, Field, Base, Lead, Hub, Result, ColumnCount };

    explicit ConflictTableModel(QList<ExchangeConflict> conflicts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<ExchangeConflict> &conflicts() const { return m_conflicts; }
    const ExchangeConflict &conflictAt(int row) const { return m_conflicts.at(row); }
    void decide(int row, Side side);
    void decideAll(Side side);
    int undecided() const;

signals:
    void decisionsChanged();

private:
    QList<ExchangeConflict> m_conflicts;
};

} // namespace hubreg::ui
