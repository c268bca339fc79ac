#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>

namespace hubreg {

enum class PackKind { ToLead, ToHub };
enum class PackProtection { Code, Sealed };

// What a pack says about itself where anyone can read it: no personal data, only ids and
// numbers (docs/exchange.md, "The file format").
struct PackHeader
{
    PackKind kind = PackKind::ToLead;
    PackProtection protection = PackProtection::Sealed;
    QUuid packId;
    QUuid hubId;
    QString hubName;
    QUuid lead; // the Lead's person uuid
    QUuid device; // a return pack's device
    int seq = 0;
    QDateTime made; // for people to read; decides nothing
    // A code pack's key derivation and nonce.
    QByteArray salt;
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray nonce;

    QByteArray toJson() const;
};

// A pack file taken apart, not yet opened: its header, the bytes its signature covers ahead of
// the body, and the encrypted body.
struct PackEnvelope
{
    QString fileName;
    PackHeader header;
    QByteArray signedPrefix;
    QByteArray body;
    QByteArray fileDigest;
};

namespace packfile {

constexpr quint16 kFormat = 1;
constexpr int kMaxHeaderBytes = 65536;
constexpr qint64 kMaxBodyBytes = 512LL * 1024 * 1024;

// Lays out a pack: the prefix (magic, format, header), then the body `makeBody` makes from
// that prefix (which it signs and, for a code pack, authenticates).
QByteArray encode(const PackHeader &header,
                  const std::function<QByteArray(const QByteArray &prefix)> &makeBody);
// Takes a pack's bytes apart. Throws ExchangeError: NotAPack, NewerFormat, Truncated, Tampered.
PackEnvelope decode(const QByteArray &bytes, const QString &fileName);

// The whole file, refusing one far larger than any pack.
QByteArray readFile(const QString &path);
// Written whole (a temporary file renamed into place), readable by its owner only.
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace packfile
} // namespace hubreg
