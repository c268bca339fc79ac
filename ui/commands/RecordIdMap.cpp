#include "RecordIdMap.h"

namespace hubreg::ui {

RecordId RecordIdMap::current(Entity entity, RecordId id) const
{
    // Each re-creation adds one link; a chain is at most as long as the undo history.
    for (int guard = 0; guard < 100000; ++guard) {
        const auto next = m_next.constFind(qMakePair(int(entity), id));
        if (next == m_next.cend())
            return id;
        id = next.value();
    }
    return id;
}

void RecordIdMap::moved(Entity entity, RecordId from, RecordId to)
{
    if (from > 0 && from != to)
        m_next.insert(qMakePair(int(entity), from), to);
    if (to > 0)
        m_versions.insert(qMakePair(int(entity), to), 1);
}

int RecordIdMap::version(Entity entity, RecordId id, int otherwise) const
{
    return m_versions.value(qMakePair(int(entity), id), otherwise);
}

void RecordIdMap::setVersion(Entity entity, RecordId id, int version)
{
    m_versions.insert(qMakePair(int(entity), id), version);
}

std::optional<KnownMark> RecordIdMap::knownMark(RecordId sessionId, RecordId participantId) const
{
    const auto known = m_marks.constFind(qMakePair(sessionId, participantId));
    if (known == m_marks.cend())
        return std::nullopt;
    return known.value();
}

void RecordIdMap::setKnownMark(RecordId sessionId, RecordId participantId, const KnownMark &mark)
{
    m_marks.insert(qMakePair(sessionId, participantId), mark);
}

} // namespace hubreg::ui
