#include "RowTableModel.h"

#include "database/Database.h"

namespace hubreg::ui {

void RowTableModelBase::reloadOnChangesTo(Database &db, const QList<Entity> &entities,
                                          const std::function<void()> &reload)
{
    connect(&db, &Database::changed, this, [entities, reload](const Change &change) {
        if (entities.contains(change.entity))
            reload();
    });
}

RowChanges RowChanges::between(const QList<int> &oldRowOfNew, int oldCount)
{
    RowChanges changes;
    QList<bool> kept(oldCount, false);
    int previous = -1;
    for (const int row : oldRowOfNew) {
        if (row < 0)
            continue;
        if (row <= previous) {
            changes.inPlace = false;
            return changes;
        }
        previous = row;
        kept[row] = true;
    }
    const auto add = [](QList<Run> &runs, int row) {
        if (!runs.isEmpty() && runs.last().last == row - 1)
            runs.last().last = row;
        else
            runs << Run { row, row };
    };
    for (int row = 0; row < oldCount; ++row) {
        if (!kept.at(row))
            add(changes.removed, row);
    }
    for (int row = 0; row < oldRowOfNew.size(); ++row) {
        if (oldRowOfNew.at(row) < 0)
            add(changes.inserted, row);
    }
    return changes;
}

} // namespace hubreg::ui
