#pragma once

#include "PackCrypto.h"

#include <QMap>
#include <QString>

namespace hubreg {

class Database;

struct ReturnPackResult
{
    QString path;
    int seq = 0;
    int changes = 0;
    QMap<QString, int> byKind; // changes of each kind
};

// Makes a Lead's return pack: every record that differs from the base both sides agreed on,
// with that base (and what an earlier, unacknowledged return sent of it), signed with the
// Lead's key and sealed to the hub's.
class ReturnPackWriter
{
public:
    explicit ReturnPackWriter(Database &db)
        : m_db(db)
    { }

    // How many records the next return would carry, without writing anything.
    int pendingChanges() const;
    // Writes the pack and records what it sent, in one transaction: a pack that could not be
    // written leaves no trace. Throws ExchangeError or StoreError.
    ReturnPackResult write(const packcrypto::KeySet &leadKeys, const QString &path);

private:
    Database &m_db;
};

} // namespace hubreg
