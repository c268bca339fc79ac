#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace hubreg {

class Database;
class SqlQuery;

// A pack made here or taken in.
struct PackEntry
{
    QString packId;
    bool sent = false;
    QString leadUuid;
    QString deviceId;
    int seq = 0;
    QByteArray digest;
    QDateTime at;
    QString summary;
};

// What a hub last numbered a record's state, and the fingerprint of that state.
struct RecordVersion
{
    qint64 version = 0;
    QByteArray fingerprint;
};

// A Lead's copy's memory of one record: the base both sides agreed on, and what the last return
// sent of it.
struct RecordBase
{
    qint64 version = 0;
    std::optional<QJsonObject> fields; // none for a record made in this copy
    int sentSeq = 0; // 0: nothing sent since the base
    bool sentDeleted = false;
    QJsonObject sent;

    bool hasSent() const { return sentSeq > 0; }
};

// The exchange's bookkeeping tables: packs, a hub's versions and aliases, a Lead's bases.
class ExchangeBook
{
public:
    explicit ExchangeBook(Database &db)
        : m_db(db)
    { }

    std::optional<PackEntry> pack(const QString &packId) const;
    void recordPack(const PackEntry &entry);
    // The highest pack number taken in from this Lead's device (a hub), or from the hub (a
    // Lead's copy, device '').
    int lastReceived(const QString &leadUuid, const QString &deviceId) const;
    // For each device of the Lead, the last return taken in: the acknowledgement.
    QMap<QString, int> lastReceivedByDevice(const QString &leadUuid) const;
    std::optional<PackEntry> latest(bool sent) const;

    QHash<QString, RecordVersion> versions(const QString &kind) const;
    void setVersion(const QString &kind, const QString &uuid, const RecordVersion &version);

    QHash<QString, RecordBase> bases(const QString &kind) const;
    void setBase(const QString &kind, const QString &uuid, const RecordBase &base);
    void removeBase(const QString &kind, const QString &uuid);
    void rekeyBase(const QString &kind, const QString &from, const QString &to);

    void addAlias(const QString &kind, const QString &alias, const QString &uuid);
    // Every alias of a kind: other side's uuid -> this file's.
    QHash<QString, QString> aliases(const QString &kind) const;

private:
    Database &m_db;
    std::shared_ptr<SqlQuery> m_setBase;
};

} // namespace hubreg
