// Writes the hostile packs of the corpus, and expected-packs.json saying how each is refused:
// packs cut short, altered, from another hub, sealed or signed with the wrong key, with content
// that is not what HubRegister writes. tst_hostileinput takes every one into a hub file made
// with the same fixed keys (tests/support/PackCorpus.h) and checks the refusal and that nothing
// changed. Built as hubregister-make-pack-corpus; run: hubregister-make-pack-corpus DIR
#include "PackCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace hubreg;
using namespace hubreg::test;

namespace {

QDir out;
QJsonArray expected;
const QString kSomeUuid = QStringLiteral("22222222-3333-4444-8555-666666666666");

void write(const QString &name, const QByteArray &bytes, const QString &refusal,
           const QString &contains)
{
    QFile file(out.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    QJsonObject entry { { QStringLiteral("file"), name },
                        { QStringLiteral("kind"), QStringLiteral("pack") } };
    if (refusal.isEmpty())
        entry.insert(QStringLiteral("accepted"), true);
    else
        entry.insert(QStringLiteral("refusal"),
                     QJsonObject { { QStringLiteral("kind"), refusal },
                                   { QStringLiteral("contains"), contains } });
    expected.append(entry);
}

QJsonObject payloadFor(const PackHeader &header)
{
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("pack"), header.packId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"), QStringLiteral("to-hub") },
        { QStringLiteral("seq"), header.seq },
        { QStringLiteral("schema"), 6 },
        { QStringLiteral("writer"), QStringLiteral("the hostile corpus") },
        { QStringLiteral("device"), packcorpus::kDevice },
        { QStringLiteral("basedOn"), 1 },
        { QStringLiteral("acked"), 0 },
        { QStringLiteral("changes"), QJsonObject() },
    };
}

QByteArray compressed(const QJsonObject &payload)
{
    return qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QByteArray pack(const PackHeader &header, const QByteArray &payload)
{
    return packcorpus::sealedPack(header, payload, packcorpus::leadKeys(),
                                  packcorpus::hubKeys().publicKeys.box);
}

QByteArray pack(const QJsonObject &payload)
{
    return pack(packcorpus::returnHeader(), compressed(payload));
}

// A valid return with one change in it.
QJsonObject withChange(const QString &kind, const QJsonObject &change)
{
    QJsonObject payload = payloadFor(packcorpus::returnHeader());
    payload.insert(QStringLiteral("changes"), QJsonObject { { kind, QJsonArray { change } } });
    return payload;
}

QByteArray headerLengthSetTo(QByteArray bytes, quint32 length)
{
    qToBigEndian<quint32>(length, bytes.data() + 10);
    return bytes;
}

// The same pack with its header's JSON replaced (lengths kept right).
QByteArray withHeader(const QByteArray &valid, const QByteArray &json)
{
    const quint32 length = qFromBigEndian<quint32>(valid.constData() + 10);
    QByteArray bytes = valid.left(10);
    char size[4];
    qToBigEndian<quint32>(quint32(json.size()), size);
    bytes.append(size, 4);
    bytes.append(json);
    bytes.append(valid.mid(14 + length));
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        qWarning("Usage: hubregister-make-pack-corpus DIR");
        return 64;
    }
    out = QDir(QString::fromLocal8Bit(argv[1]));
    const PackHeader header = packcorpus::returnHeader();
    const QByteArray valid = pack(payloadFor(header));

    write(QStringLiteral("pack-valid-empty-return.hubpack"), valid, {}, {});
    write(QStringLiteral("pack-empty.hubpack"), {}, QStringLiteral("NotAPack"),
          QStringLiteral("is not a HubRegister pack"));
    write(QStringLiteral("pack-csv.hubpack"),
          "URN,EstablishmentName\r\n100001,Alder Primary School\r\n", QStringLiteral("NotAPack"),
          QStringLiteral("is not a HubRegister pack"));
    write(QStringLiteral("pack-magic-only.hubpack"), "HUBRPACK", QStringLiteral("Truncated"),
          QStringLiteral("cut short"));

    QByteArray newer = valid;
    qToBigEndian<quint16>(2, newer.data() + 8);
    write(QStringLiteral("pack-format-2.hubpack"), newer, QStringLiteral("NewerFormat"),
          QStringLiteral("pack format 2"));
    QByteArray zero = valid;
    qToBigEndian<quint16>(0, zero.data() + 8);
    write(QStringLiteral("pack-format-0.hubpack"), zero, QStringLiteral("Tampered"),
          QStringLiteral("format number is 0"));
    write(QStringLiteral("pack-header-length-huge.hubpack"), headerLengthSetTo(valid, 0xFFFFFFFFu),
          QStringLiteral("Tampered"), QStringLiteral("header length"));
    write(QStringLiteral("pack-header-cut.hubpack"), valid.left(40), QStringLiteral("Truncated"),
          QStringLiteral("ends inside its header"));
    write(QStringLiteral("pack-header-not-json.hubpack"), withHeader(valid, "{\"kind\": to-hub"),
          QStringLiteral("Tampered"), QStringLiteral("header cannot be read"));
    QJsonObject headerJson = QJsonDocument::fromJson(header.toJson()).object();
    QJsonObject noId = headerJson;
    noId.remove(QStringLiteral("pack"));
    write(QStringLiteral("pack-header-without-id.hubpack"),
          withHeader(valid, QJsonDocument(noId).toJson(QJsonDocument::Compact)),
          QStringLiteral("Tampered"), QStringLiteral("header cannot be read"));
    QJsonObject unknownKind = headerJson;
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("to-everyone"));
    write(QStringLiteral("pack-header-unknown-kind.hubpack"),
          withHeader(valid, QJsonDocument(unknownKind).toJson(QJsonDocument::Compact)),
          QStringLiteral("Tampered"), QStringLiteral("header cannot be read"));
    QJsonObject hugeSeq = headerJson;
    hugeSeq.insert(QStringLiteral("seq"), 1e300);
    write(QStringLiteral("pack-header-huge-number.hubpack"),
          withHeader(valid, QJsonDocument(hugeSeq).toJson(QJsonDocument::Compact)),
          QStringLiteral("Tampered"), QStringLiteral("header cannot be read"));

    PackHeader otherHub = header;
    otherHub.hubId = packcorpus::kOtherHubId;
    otherHub.hubName = QStringLiteral("Another Maths Hub");
    write(QStringLiteral("pack-other-hub.hubpack"),
          pack(otherHub, compressed(payloadFor(otherHub))), QStringLiteral("OtherHub"),
          QStringLiteral("belongs to another hub (Another Maths Hub)"));
    PackHeader toLead = header;
    toLead.kind = PackKind::ToLead;
    write(QStringLiteral("pack-for-a-lead.hubpack"), pack(toLead, compressed(payloadFor(toLead))),
          QStringLiteral("NotForThisFile"), QStringLiteral("opened in the Lead's copy"));
    PackHeader stranger = header;
    stranger.lead = QUuid::fromString(packcorpus::kUnknownLead);
    write(QStringLiteral("pack-unknown-lead.hubpack"),
          pack(stranger, compressed(payloadFor(stranger))), QStringLiteral("UnknownLead"),
          QStringLiteral("never sent a pack to"));

    write(QStringLiteral("pack-body-cut.hubpack"), valid.left(valid.size() - 7),
          QStringLiteral("Truncated"), QStringLiteral("cut short"));
    write(QStringLiteral("pack-trailing-bytes.hubpack"), valid + "trailing",
          QStringLiteral("Tampered"), QStringLiteral("bytes follow"));
    QByteArray flipped = valid;
    flipped[flipped.size() - 20] = char(flipped.at(flipped.size() - 20) ^ 0x40);
    write(QStringLiteral("pack-body-flipped.hubpack"), flipped, QStringLiteral("Tampered"),
          QStringLiteral("seal and signature"));
    QJsonObject laterSeq = headerJson;
    laterSeq.insert(QStringLiteral("seq"), 7);
    write(QStringLiteral("pack-header-changed.hubpack"),
          withHeader(valid, QJsonDocument(laterSeq).toJson(QJsonDocument::Compact)),
          QStringLiteral("Tampered"), QStringLiteral("seal and signature"));
    write(QStringLiteral("pack-signed-by-a-stranger.hubpack"),
          packcorpus::sealedPack(header, compressed(payloadFor(header)), packcorpus::strangerKeys(),
                                 packcorpus::hubKeys().publicKeys.box),
          QStringLiteral("Tampered"), QStringLiteral("seal and signature"));
    write(QStringLiteral("pack-sealed-to-another-key.hubpack"),
          packcorpus::sealedPack(header, compressed(payloadFor(header)), packcorpus::leadKeys(),
                                 packcorpus::strangerKeys().publicKeys.box),
          QStringLiteral("Tampered"), QStringLiteral("seal and signature"));
    write(QStringLiteral("pack-body-empty.hubpack"),
          packfile::encode(header, [](const QByteArray &) { return QByteArray(); }),
          QStringLiteral("Tampered"), QStringLiteral("seal and signature"));

    write(QStringLiteral("pack-content-not-json.hubpack"),
          pack(header, qCompress("this is not JSON at all")), QStringLiteral("Damaged"),
          QStringLiteral("not JSON"));
    write(QStringLiteral("pack-content-not-compressed.hubpack"),
          pack(header, QByteArray("\x00\x00\x00\x20plain text, not zlib", 24)),
          QStringLiteral("Damaged"), QStringLiteral("cannot be unpacked"));
    QByteArray bomb = compressed(payloadFor(header));
    qToBigEndian<quint32>(0xFFFFFFF0u, bomb.data());
    write(QStringLiteral("pack-content-claims-4-gib.hubpack"), pack(header, bomb),
          QStringLiteral("Damaged"), QStringLiteral("would be 4294967280 bytes"));
    QJsonObject otherId = payloadFor(header);
    otherId.insert(QStringLiteral("pack"), QStringLiteral("0badc0de-0000-4000-8000-999999999999"));
    write(QStringLiteral("pack-content-other-id.hubpack"), pack(otherId),
          QStringLiteral("Tampered"), QStringLiteral("header and its content disagree"));
    write(
        QStringLiteral("pack-content-mark-a-number.hubpack"),
        pack(withChange(QStringLiteral("attendance_mark"),
                        QJsonObject { { QStringLiteral("id"),
                                        QStringLiteral("11111111-2222-4333-8444-555555555555") },
                                      { QStringLiteral("op"), QStringLiteral("add") },
                                      { QStringLiteral("f"),
                                        QJsonObject { { QStringLiteral("session"), kSomeUuid },
                                                      { QStringLiteral("participant"), kSomeUuid },
                                                      { QStringLiteral("mark"), 123 } } } })),
        QStringLiteral("Damaged"), QStringLiteral("field mark"));
    write(QStringLiteral("pack-content-not-a-uuid.hubpack"),
          pack(withChange(
              QStringLiteral("session"),
              QJsonObject { { QStringLiteral("id"), QStringLiteral("'; DROP TABLE sessions; --") },
                            { QStringLiteral("op"), QStringLiteral("add") },
                            { QStringLiteral("f"), QJsonObject() } })),
          QStringLiteral("Damaged"), QStringLiteral("is not a uuid"));
    write(QStringLiteral("pack-content-unknown-op.hubpack"),
          pack(withChange(QStringLiteral("session"),
                          QJsonObject { { QStringLiteral("id"),
                                          QStringLiteral("11111111-2222-4333-8444-555555555555") },
                                        { QStringLiteral("op"), QStringLiteral("explode") } })),
          QStringLiteral("Damaged"), QStringLiteral("neither added, changed nor deleted"));
    write(QStringLiteral("pack-content-bad-date.hubpack"),
          pack(withChange(QStringLiteral("session"),
                          QJsonObject { { QStringLiteral("id"),
                                          QStringLiteral("11111111-2222-4333-8444-555555555555") },
                                        { QStringLiteral("op"), QStringLiteral("add") },
                                        { QStringLiteral("f"),
                                          QJsonObject { { QStringLiteral("work_group"), kSomeUuid },
                                                        { QStringLiteral("held_on"),
                                                          QStringLiteral("2024-02-30") } } } })),
          QStringLiteral("Damaged"), QStringLiteral("field held_on"));
    QJsonObject ahead = payloadFor(header);
    ahead.insert(QStringLiteral("acked"), 5);
    write(QStringLiteral("pack-content-acknowledged-ahead.hubpack"), pack(ahead),
          QStringLiteral("Damaged"), QStringLiteral("acknowledged before it was made"));
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += '[';
    write(QStringLiteral("pack-content-deeply-nested.hubpack"), pack(header, qCompress(deep)),
          QStringLiteral("Damaged"), QStringLiteral("not JSON"));
    write(QStringLiteral("pack-content-missing-reference.hubpack"),
          pack(withChange(
              QStringLiteral("attendance_mark"),
              QJsonObject {
                  { QStringLiteral("id"), QStringLiteral("11111111-2222-4333-8444-555555555555") },
                  { QStringLiteral("op"), QStringLiteral("add") },
                  { QStringLiteral("f"),
                    QJsonObject { { QStringLiteral("mark"), QStringLiteral("P") } } } })),
          QStringLiteral("Damaged"), QStringLiteral("has no session"));
    write(QStringLiteral("pack-content-huge-text.hubpack"),
          pack(withChange(
              QStringLiteral("session"),
              QJsonObject {
                  { QStringLiteral("id"), QStringLiteral("11111111-2222-4333-8444-555555555555") },
                  { QStringLiteral("op"), QStringLiteral("add") },
                  { QStringLiteral("f"),
                    QJsonObject {
                        { QStringLiteral("work_group"), kSomeUuid },
                        { QStringLiteral("notes"), QString(1500000, QLatin1Char('x')) } } } })),
          QStringLiteral("Damaged"), QStringLiteral("field notes"));

    QFile json(out.filePath(QStringLiteral("expected-packs.json")));
    if (!json.open(QIODevice::WriteOnly))
        qFatal("cannot write expected-packs.json");
    json.write(QJsonDocument(expected).toJson());
    return 0;
}
