#pragma once

#include "ExchangeReport.h"
#include "PackContent.h"

#include <QHash>

#include <functional>

namespace hubreg {

class Database;

// Takes a Lead's return pack into the hub's file: a three-way merge of each field against the
// base both sides agreed on (docs/exchange.md). The preview is the whole merge, rolled back;
// the conflicts it finds are decided one by one or all one way; then the merge runs again in one
// transaction with the decisions.
class HubMerge
{
public:
    // `pack` was opened with PackOpener and is addressed to this hub.
    HubMerge(Database &db, PackContent pack);

    // Throws ExchangeError (OutOfSequence, ReusedId) or StoreError. A pack taken in before
    // gives a report saying so, with nothing to do.
    ExchangeReport preview();
    // The conflicts the last preview found, with the decisions taken so far.
    const QList<ExchangeConflict> &conflicts() const { return m_conflicts; }
    void decide(const QString &conflictKey, Side side);
    void decideAll(Side side);
    // Every conflict not decided one by one takes this side (the command line's --theirs and
    // --ours), so a merge can be written without a preview first.
    void setDefaultSide(std::optional<Side> side) { m_defaultSide = side; }
    // Writes the merge. Throws ExchangeError: Undecided while a conflict is undecided,
    // DeletionsUnconfirmed past the guard unless `confirmDeletions`; the file is then as it
    // was. `dryRun` runs it all and rolls back.
    ExchangeReport apply(bool confirmDeletions, bool dryRun = false);

    // Called after each record with (done, total); returning false stops the merge, which then
    // leaves the file as it was (ExchangeError, Invalid).
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    const PackContent &pack() const { return m_pack; }

private:
    ExchangeReport run(bool commit, bool confirmDeletions);

    Database &m_db;
    PackContent m_pack;
    QHash<QString, Side> m_decisions;
    std::optional<Side> m_defaultSide;
    QList<ExchangeConflict> m_conflicts;
    std::function<bool(int, int)> m_progress;
};

} // namespace hubreg
