#include "PackContent.h"

#include "ExchangeError.h"
#include "ExchangeSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace hubreg {

using namespace exchangeschema;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PackContent)
};

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString b64(const packcrypto::SecretBytes &bytes)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), bytes.size())
            .toBase64());
}

QJsonObject recordsObject(const QMap<QString, QList<PackRecord>> &records)
{
    QJsonObject object;
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        QJsonArray array;
        for (const PackRecord &record : it.value())
            array.append(QJsonObject { { QStringLiteral("id"), record.id },
                                       { QStringLiteral("v"), record.version },
                                       { QStringLiteral("f"), record.fields } });
        object.insert(it.key(), array);
    }
    return object;
}

QJsonObject changesObject(const QMap<QString, QList<PackChange>> &changes)
{
    QJsonObject object;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        QJsonArray array;
        for (const PackChange &change : it.value()) {
            QJsonObject entry { { QStringLiteral("id"), change.id } };
            switch (change.op) {
            case PackChange::Op::Add:
                entry.insert(QStringLiteral("op"), QStringLiteral("add"));
                break;
            case PackChange::Op::Change:
                entry.insert(QStringLiteral("op"), QStringLiteral("change"));
                break;
            case PackChange::Op::Delete:
                entry.insert(QStringLiteral("op"), QStringLiteral("delete"));
                break;
            }
            if (change.hasBase) {
                entry.insert(QStringLiteral("v"), change.baseVersion);
                entry.insert(QStringLiteral("base"), change.base);
            }
            if (change.prevSeq > 0)
                entry.insert(QStringLiteral("prev"),
                             QJsonObject { { QStringLiteral("seq"), change.prevSeq },
                                           { QStringLiteral("f"), change.prev } });
            if (change.op != PackChange::Op::Delete)
                entry.insert(QStringLiteral("f"), change.fields);
            array.append(entry);
        }
        object.insert(it.key(), array);
    }
    return object;
}

// Reading, with every refusal naming the part of the pack it is about.
class Decoder
{
public:
    Decoder(const QString &fileName)
        : m_fileName(fileName)
    { }

    [[noreturn]] void damaged(const QString &what) const
    {
        throw ExchangeError(
            ExchangeError::Kind::Damaged,
            Tr::tr("“%1” is not a pack HubRegister can take in: %2").arg(m_fileName, what));
    }

    QString uuid(const QJsonValue &value, const QString &where) const
    {
        const QString text = value.toString();
        if (!value.isString() || text.size() != 36 || QUuid::fromString(text).isNull())
            damaged(Tr::tr("%1 is not a uuid.").arg(where));
        return text.toLower();
    }

    int number(const QJsonValue &value, const QString &where, int minimum = 0) const
    {
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n < minimum || n > 1e9 || n != double(int(n)))
            damaged(Tr::tr("%1 is not a number HubRegister writes.").arg(where));
        return int(n);
    }

    QByteArray key(const QJsonValue &value, int size, const QString &where) const
    {
        const QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
        if (!value.isString() || bytes.size() != size)
            damaged(Tr::tr("%1 is not a key.").arg(where));
        return bytes;
    }

    // Known fields only, each checked; a missing one takes its default when `fill` is set.
    QJsonObject fields(const KindSpec &kind, const QJsonValue &value, const QString &where,
                       bool fill) const
    {
        if (!value.isObject())
            damaged(Tr::tr("%1 has no fields.").arg(where));
        const QJsonObject given = value.toObject();
        QJsonObject checked;
        for (const FieldSpec &field : kind.fields) {
            const QJsonValue fieldValue = given.value(field.name);
            if (fieldValue.isUndefined()) {
                if (!fill)
                    continue;
                if (!field.nullable && defaultValue(field).isNull())
                    damaged(Tr::tr("%1 has no %2, which every such record has.")
                                .arg(where, field.name));
                checked.insert(field.name, defaultValue(field));
                continue;
            }
            if (!isValidValue(field, fieldValue))
                damaged(Tr::tr("%1, field %2, holds a value that field cannot hold.")
                            .arg(where, field.name));
            checked.insert(field.name,
                           field.type == FieldType::Reference && fieldValue.isString()
                               ? QJsonValue(fieldValue.toString().toLower())
                               : fieldValue);
        }
        return checked;
    }

    QJsonArray array(const QJsonValue &value, const QString &where) const
    {
        if (!value.isArray())
            damaged(Tr::tr("%1 is not a list.").arg(where));
        return value.toArray();
    }

private:
    QString m_fileName;
};

} // namespace

int PackContent::recordCount() const
{
    int count = 0;
    for (const auto &list : records)
        count += int(list.size());
    for (const auto &list : changes)
        count += int(list.size());
    return count;
}

namespace packcontent {

QByteArray encode(const PackContent &content)
{
    const PackHeader &header = content.header;
    QJsonObject payload {
        { QStringLiteral("format"), int(packfile::kFormat) },
        { QStringLiteral("pack"), header.packId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"),
          header.kind == PackKind::ToLead ? QStringLiteral("to-lead") : QStringLiteral("to-hub") },
        { QStringLiteral("seq"), header.seq },
        { QStringLiteral("schema"), content.schema },
        { QStringLiteral("writer"), content.writer },
    };
    if (header.kind == PackKind::ToLead) {
        payload.insert(
            QStringLiteral("hub"),
            QJsonObject { { QStringLiteral("id"), header.hubId.toString(QUuid::WithoutBraces) },
                          { QStringLiteral("name"), content.hubName },
                          { QStringLiteral("box"), b64(content.hubKeys.box) },
                          { QStringLiteral("sign"), b64(content.hubKeys.sign) } });
        QJsonObject lead { { QStringLiteral("person"), content.lead.person },
                           { QStringLiteral("box"), b64(content.lead.publicKeys.box) },
                           { QStringLiteral("sign"), b64(content.lead.publicKeys.sign) } };
        if (content.carriesLeadSecrets) {
            lead.insert(QStringLiteral("boxSecret"), b64(content.lead.boxSecret));
            lead.insert(QStringLiteral("signSecret"), b64(content.lead.signSecret));
        }
        payload.insert(QStringLiteral("lead"), lead);
        payload.insert(QStringLiteral("scope"), QJsonArray::fromStringList(content.scope));
        QJsonObject ack;
        for (auto it = content.ack.constBegin(); it != content.ack.constEnd(); ++it)
            ack.insert(it.key(), it.value());
        payload.insert(QStringLiteral("ack"), ack);
        QJsonObject aliases;
        for (auto it = content.aliases.constBegin(); it != content.aliases.constEnd(); ++it) {
            QJsonObject pairs;
            for (auto pair = it.value().constBegin(); pair != it.value().constEnd(); ++pair)
                pairs.insert(pair.key(), pair.value());
            aliases.insert(it.key(), pairs);
        }
        payload.insert(QStringLiteral("aliases"), aliases);
        payload.insert(QStringLiteral("records"), recordsObject(content.records));
    } else {
        payload.insert(QStringLiteral("device"), content.device);
        payload.insert(QStringLiteral("basedOn"), content.basedOn);
        payload.insert(QStringLiteral("acked"), content.acked);
        payload.insert(QStringLiteral("changes"), changesObject(content.changes));
    }
    return qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact), 9);
}

PackContent decode(const PackHeader &header, const QByteArray &compressed, const QString &fileName)
{
    const Decoder read(fileName);
    if (compressed.size() < 4)
        read.damaged(Tr::tr("its content is empty."));
    const quint32 expected = qFromBigEndian<quint32>(compressed.constData());
    if (qint64(expected) > kMaxPayloadBytes)
        read.damaged(Tr::tr("its content would be %1 bytes unpacked.").arg(expected));
    const QByteArray json = qUncompress(compressed);
    if (json.isEmpty() || json.size() != qsizetype(expected))
        read.damaged(Tr::tr("its content cannot be unpacked."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        read.damaged(Tr::tr("its content is not JSON (%1).").arg(parseError.errorString()));
    const QJsonObject payload = document.object();

    PackContent content;
    content.header = header;
    content.digest = packcrypto::sha256(json).toBase64();
    const int format = read.number(payload.value(QLatin1String("format")), Tr::tr("The format"), 1);
    const QString kind = payload.value(QLatin1String("kind")).toString();
    const bool toLead = header.kind == PackKind::ToLead;
    if (format != int(packfile::kFormat)
        || read.uuid(payload.value(QLatin1String("pack")), Tr::tr("The pack id"))
            != header.packId.toString(QUuid::WithoutBraces)
        || kind != (toLead ? QLatin1String("to-lead") : QLatin1String("to-hub"))
        || read.number(payload.value(QLatin1String("seq")), Tr::tr("The pack number"), 1)
            != header.seq)
        throw ExchangeError(
            ExchangeError::Kind::Tampered,
            Tr::tr("“%1” has been altered: its header and its content disagree.").arg(fileName));
    content.schema = payload.value(QLatin1String("schema")).toInt();
    content.writer = payload.value(QLatin1String("writer")).toString().left(200);

    if (toLead) {
        const QJsonObject hub = payload.value(QLatin1String("hub")).toObject();
        if (read.uuid(hub.value(QLatin1String("id")), Tr::tr("The hub id"))
            != header.hubId.toString(QUuid::WithoutBraces))
            throw ExchangeError(ExchangeError::Kind::Tampered,
                                Tr::tr("“%1” has been altered: its header and its content "
                                       "disagree.")
                                    .arg(fileName));
        content.hubName = hub.value(QLatin1String("name")).toString().left(500);
        content.hubKeys.box = read.key(hub.value(QLatin1String("box")), packcrypto::kBoxPublicBytes,
                                       Tr::tr("The hub's key"));
        content.hubKeys.sign = read.key(hub.value(QLatin1String("sign")),
                                        packcrypto::kSignPublicBytes, Tr::tr("The hub's key"));
        const QJsonObject lead = payload.value(QLatin1String("lead")).toObject();
        content.lead.person = read.uuid(lead.value(QLatin1String("person")), Tr::tr("The Lead"));
        content.lead.publicKeys.box
            = read.key(lead.value(QLatin1String("box")), packcrypto::kBoxPublicBytes,
                       Tr::tr("The Lead's key"));
        content.lead.publicKeys.sign
            = read.key(lead.value(QLatin1String("sign")), packcrypto::kSignPublicBytes,
                       Tr::tr("The Lead's key"));
        if (lead.contains(QLatin1String("boxSecret"))) {
            content.carriesLeadSecrets = true;
            content.lead.boxSecret = packcrypto::SecretBytes::from(
                read.key(lead.value(QLatin1String("boxSecret")), packcrypto::kBoxSecretBytes,
                         Tr::tr("The Lead's key")));
            content.lead.signSecret = packcrypto::SecretBytes::from(
                read.key(lead.value(QLatin1String("signSecret")), packcrypto::kSignSecretBytes,
                         Tr::tr("The Lead's key")));
        }
        for (const QJsonValue &value :
             read.array(payload.value(QLatin1String("scope")), Tr::tr("The scope")))
            content.scope << read.uuid(value, Tr::tr("A Work Group of the scope"));
        const QJsonObject ack = payload.value(QLatin1String("ack")).toObject();
        for (auto it = ack.constBegin(); it != ack.constEnd(); ++it)
            content.ack.insert(read.uuid(it.key(), Tr::tr("A device")),
                               read.number(it.value(), Tr::tr("An acknowledgement")));
        const QJsonObject aliases = payload.value(QLatin1String("aliases")).toObject();
        for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it) {
            if (!exchangeschema::kind(it.key()))
                continue; // a kind a later HubRegister added
            const QJsonObject pairs = it.value().toObject();
            for (auto pair = pairs.constBegin(); pair != pairs.constEnd(); ++pair)
                content.aliases[it.key()].insert(read.uuid(pair.key(), Tr::tr("An alias")),
                                                 read.uuid(pair.value(), Tr::tr("An alias")));
        }
        const QJsonObject records = payload.value(QLatin1String("records")).toObject();
        for (const KindSpec &spec : kinds()) {
            if (!records.contains(spec.name))
                continue;
            QList<PackRecord> &list = content.records[spec.name];
            const QJsonArray array = read.array(records.value(spec.name), spec.name);
            list.reserve(array.size());
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject entry = array.at(i).toObject();
                const QString where = QStringLiteral("%1 %2").arg(spec.name).arg(i + 1);
                PackRecord record;
                record.id = read.uuid(entry.value(QLatin1String("id")), where);
                record.version = read.number(entry.value(QLatin1String("v")), where);
                record.fields = read.fields(spec, entry.value(QLatin1String("f")), where, true);
                list << record;
            }
        }
    } else {
        content.device = read.uuid(payload.value(QLatin1String("device")), Tr::tr("The device"));
        if (content.device != header.device.toString(QUuid::WithoutBraces))
            throw ExchangeError(ExchangeError::Kind::Tampered,
                                Tr::tr("“%1” has been altered: its header and its content "
                                       "disagree.")
                                    .arg(fileName));
        content.basedOn
            = read.number(payload.value(QLatin1String("basedOn")), Tr::tr("The pack it builds on"));
        content.acked
            = read.number(payload.value(QLatin1String("acked")), Tr::tr("The acknowledgement"));
        if (content.acked >= header.seq)
            read.damaged(Tr::tr("it says return %1 was acknowledged before it was made.")
                             .arg(content.acked));
        const QJsonObject changes = payload.value(QLatin1String("changes")).toObject();
        for (const KindSpec &spec : kinds()) {
            if (!changes.contains(spec.name))
                continue;
            QList<PackChange> &list = content.changes[spec.name];
            const QJsonArray array = read.array(changes.value(spec.name), spec.name);
            list.reserve(array.size());
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject entry = array.at(i).toObject();
                const QString where = QStringLiteral("%1 %2").arg(spec.name).arg(i + 1);
                PackChange change;
                change.id = read.uuid(entry.value(QLatin1String("id")), where);
                const QString op = entry.value(QLatin1String("op")).toString();
                if (op == QLatin1String("add"))
                    change.op = PackChange::Op::Add;
                else if (op == QLatin1String("change"))
                    change.op = PackChange::Op::Change;
                else if (op == QLatin1String("delete"))
                    change.op = PackChange::Op::Delete;
                else
                    read.damaged(Tr::tr("%1 is neither added, changed nor deleted.").arg(where));
                if (entry.contains(QLatin1String("base"))) {
                    change.hasBase = true;
                    change.baseVersion = read.number(entry.value(QLatin1String("v")), where);
                    change.base
                        = read.fields(spec, entry.value(QLatin1String("base")), where, false);
                }
                if (entry.contains(QLatin1String("prev"))) {
                    const QJsonObject prev = entry.value(QLatin1String("prev")).toObject();
                    change.prevSeq = read.number(prev.value(QLatin1String("seq")), where, 1);
                    if (change.prevSeq >= header.seq)
                        read.damaged(Tr::tr("%1 names a later return as sent before.").arg(where));
                    change.prev = read.fields(spec, prev.value(QLatin1String("f")), where, false);
                }
                if (change.op == PackChange::Op::Change && !change.hasBase && change.prevSeq == 0)
                    read.damaged(Tr::tr("%1 is a change with nothing it changes.").arg(where));
                if (change.op != PackChange::Op::Delete)
                    change.fields = read.fields(spec, entry.value(QLatin1String("f")), where, true);
                list << change;
            }
        }
    }
    return content;
}

} // namespace packcontent
} // namespace hubreg
