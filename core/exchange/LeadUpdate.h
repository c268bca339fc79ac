#pragma once

#include "ExchangeReport.h"
#include "PackContent.h"

#include <functional>

namespace hubreg {

class Database;

// Takes a hub's pack into a Lead's copy, or makes the copy from a first pack. The hub decides:
// the copy takes the hub's values, except where the Lead has changes the hub has not seen yet,
// which are kept (with their base) for the next return pack (docs/exchange.md).
class LeadUpdate
{
public:
    // `pack` was opened with PackOpener and is addressed to this file.
    LeadUpdate(Database &db, PackContent pack);

    // A first pack: the passphrase that protects the Lead's keys in this copy from now on.
    void setPassphrase(const QString &passphrase, packcrypto::PasswordCost cost);

    // Throws ExchangeError (OutOfSequence, ReusedId, Invalid) or StoreError.
    ExchangeReport preview();
    // Throws ExchangeError (DeletionsUnconfirmed) past the guard unless `confirmDeletions`;
    // the file is then as it was.
    ExchangeReport apply(bool confirmDeletions, bool dryRun = false);

    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }
    const PackContent &pack() const { return m_pack; }

private:
    ExchangeReport run(bool commit, bool confirmDeletions);

    Database &m_db;
    PackContent m_pack;
    QString m_passphrase;
    packcrypto::PasswordCost m_cost = packcrypto::PasswordCost::moderate();
    std::function<bool(int, int)> m_progress;
};

} // namespace hubreg
