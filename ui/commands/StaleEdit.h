#pragma once

#include "StoreCommand.h"
#include "common/Workspace.h"
#include "records/RecordMerge.h"

#include <optional>

namespace hubreg::ui {

// For an update command refused as stale: the merge of its edit (`before` to `after`) with the
// record as `stored` now, shown to the person (unless the other side changed nothing they would
// see); the command of type Command that writes the result over the stored version, or nothing
// when they cancel or the record is gone.
template<typename Command, typename R, typename... Extra>
std::unique_ptr<StoreCommand> mergedEdit(Workspace &workspace, QList<MergeField<R>> fields,
                                         const R &before, const std::optional<R> &stored,
                                         const R &after, const QString &record, Extra &&...extra)
{
    if (!stored)
        return {};
    RecordMerge<R> merge(std::move(fields), before, *stored, after);
    if (merge.theyChangedAny() && !workspace.mergeWithTheirs(merge, record))
        return {};
    return std::make_unique<Command>(workspace, *stored, merge.result(),
                                     std::forward<Extra>(extra)...);
}

} // namespace hubreg::ui
