#pragma once

#include "PackCrypto.h"
#include "PackFile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hubreg {

// A record in a hub's pack: its uuid, the version the hub gave it and its fields.
struct PackRecord
{
    QString id;
    qint64 version = 0;
    QJsonObject fields;
};

// A record in a return pack: added, changed or deleted since the base both sides agreed on.
struct PackChange
{
    enum class Op { Add, Change, Delete };
    Op op = Op::Add;
    QString id;
    qint64 baseVersion = 0;
    bool hasBase = false;
    QJsonObject base;
    // What an earlier return, not yet acknowledged, sent of this record.
    int prevSeq = 0;
    QJsonObject prev;
    QJsonObject fields; // all fields; empty for a deletion
};

// A first pack's key material for the Lead.
struct LeadKeys
{
    QString person;
    packcrypto::PublicKeys publicKeys;
    packcrypto::SecretBytes boxSecret;
    packcrypto::SecretBytes signSecret;
};

// The opened content of a pack, in either direction (docs/exchange.md, "The file format").
struct PackContent
{
    PackHeader header;
    QByteArray digest; // SHA-256 of the content, base64
    int schema = 0;
    QString writer;

    // A hub's pack.
    QString hubName;
    packcrypto::PublicKeys hubKeys;
    LeadKeys lead;
    bool carriesLeadSecrets = false;
    QStringList scope;
    QMap<QString, int> ack; // device -> its last return the hub took in
    QMap<QString, QHash<QString, QString>> aliases; // kind -> (other uuid -> hub uuid)
    QMap<QString, QList<PackRecord>> records;

    // A return pack.
    QString device;
    int basedOn = 0; // the last hub pack the copy opened
    int acked = 0; // its own last return the hub acknowledged
    QMap<QString, QList<PackChange>> changes;

    int recordCount() const;
};

namespace packcontent {

constexpr qint64 kMaxPayloadBytes = 256LL * 1024 * 1024;

// The payload as JSON, then compressed.
QByteArray encode(const PackContent &content);
// Reads a payload. Throws ExchangeError: Tampered when it contradicts the header, Damaged when
// it is not what HubRegister writes (naming the record and field).
PackContent decode(const PackHeader &header, const QByteArray &compressed, const QString &fileName);

} // namespace packcontent
} // namespace hubreg
