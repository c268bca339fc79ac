#pragma once

#include "database/Entity.h"

#include <QList>
#include <QString>

namespace hubreg {

class Database;

// The few statements the merges run besides the generic record reads and writes: tombstones,
// a session's number and status while marks are written.
namespace exchangesql {

qint64 tombstoneCount(const Database &db);
bool hasTombstone(const Database &db, const QString &kind, const QString &uuid);
// A record restored after a deletion is no longer deleted.
void removeTombstone(const Database &db, const QString &kind, const QString &uuid);

// The session of the Work Group with this number, other than `exceptId`, or 0.
RecordId sessionNumbered(const Database &db, RecordId workGroupId, int number,
                         RecordId exceptId = 0);
int nextSessionNumber(const Database &db, RecordId workGroupId);
void setSessionNumber(const Database &db, RecordId sessionId, int number);

// Opens cancelled sessions for marks to be written (a register taken before the cancellation
// arrived is kept, and a cancelled session's marks count in no rate); `closeSessions` cancels
// them again.
QList<RecordId> openCancelledSessions(const Database &db, const QList<RecordId> &sessionIds);
void closeSessions(const Database &db, const QList<RecordId> &sessionIds);

QString personName(const Database &db, const QString &uuid);
// Whether the person takes part in a Work Group, or leads one.
bool personTakesPart(const Database &db, RecordId personId);

} // namespace exchangesql
} // namespace hubreg
