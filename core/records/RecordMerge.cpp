#include "RecordMerge.h"

namespace hubreg {

int FieldMerge::conflicts() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.conflict ? 1 : 0;
    return count;
}

bool FieldMerge::theyChangedAny() const
{
    for (const Row &row : m_rows)
        if (row.theirs != row.before)
            return true;
    return false;
}

void FieldMerge::choose(int row, bool yours)
{
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).conflict)
        m_rows[row].takeYours = yours;
}

} // namespace hubreg
