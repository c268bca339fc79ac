#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QVariant>

namespace hubreg::ui {

// A table model's cells as a person sees them (text, tool tip, colours, font), taken before a
// model reads its data again, so that afterwards it reports only the rows that look different
// (dataChanged) instead of every row: the view repaints those, and nothing else moves.
class ShownCells
{
public:
    explicit ShownCells(const QAbstractItemModel &model);

    // Emits `model`'s dataChanged for each run of rows whose cells differ from those taken.
    // The model must have the same rows and columns as when they were taken.
    void reportChanges(QAbstractItemModel &model) const;

private:
    QList<QVariant> row(const QAbstractItemModel &model, int row) const;

    int m_columns = 0;
    QList<QList<QVariant>> m_rows;
};

} // namespace hubreg::ui
