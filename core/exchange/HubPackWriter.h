#pragma once

#include "PackCrypto.h"

#include <QString>
#include <QStringList>

namespace hubreg {

class Database;

// What an administrator asks for: a pack for one Lead, of all their current Work Groups or
// some of them.
struct HubPackRequest
{
    QString leadEmail;
    QStringList workGroupCodes; // empty: every Work Group the Lead leads whose year has not ended
    bool newKeys = false; // issue the Lead new keys (a new laptop, a lost one)
    // How hard a first pack's code is made to guess; tests, which make many, lower it.
    packcrypto::PasswordCost codeCost = packcrypto::PasswordCost::interactive();
};

// Who and what a request names, checked before any passphrase is asked.
struct HubPackPlan
{
    QString leadUuid;
    QString leadName;
    QStringList workGroupCodes;
    QList<qint64> workGroupIds;
    bool firstPack = false; // the Lead has no keys yet, or new ones were asked for
};

struct HubPackResult
{
    QString path;
    int seq = 0;
    int records = 0;
    bool firstPack = false;
    QString code; // a first pack's code, to be read to the Lead by phone
    QString leadName;
    QStringList workGroupCodes;
};

// Makes the pack a hub sends a Lead: the whole of the Lead's scope, with the versions the hub
// gives its records, the acknowledgement of the Lead's returns and (first pack) the Lead's keys.
class HubPackWriter
{
public:
    explicit HubPackWriter(Database &db)
        : m_db(db)
    { }

    // Throws ExchangeError (Invalid) naming what is wrong: no such Lead, a Work Group led by
    // someone else, nothing to send.
    HubPackPlan plan(const HubPackRequest &request) const;
    // Writes the pack to `path` and records it, in one transaction: a pack that could not be
    // written leaves no trace. Throws ExchangeError or StoreError.
    HubPackResult write(const HubPackRequest &request, const packcrypto::KeySet &hubKeys,
                        const QString &path);

    // The hub's name for a new identity: the hub of the file, or of its first Work Group.
    static QString hubNameFor(const Database &db);

private:
    Database &m_db;
};

} // namespace hubreg
