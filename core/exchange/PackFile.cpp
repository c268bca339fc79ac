#include "PackFile.h"

#include "ExchangeError.h"
#include "PackCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::PackFile)
};

const QByteArray kMagic = QByteArrayLiteral("HUBRPACK");
constexpr int kFixedPrefix = 8 + 2 + 4;

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QUuid uuidFrom(const QJsonValue &value, bool *ok)
{
    if (!value.isString()) {
        *ok = false;
        return {};
    }
    if (value.toString().isEmpty())
        return {};
    const QUuid uuid = QUuid::fromString(value.toString());
    if (uuid.isNull() || value.toString().size() != 36)
        *ok = false;
    return uuid;
}

QString display(const QString &fileName)
{
    return QFileInfo(fileName).fileName();
}

[[noreturn]] void refuse(ExchangeError::Kind kind, const QString &message)
{
    throw ExchangeError(kind, message);
}

bool parseHeader(const QByteArray &json, PackHeader &header)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QString protection = object.value(QLatin1String("protection")).toString();
    if (kind == QLatin1String("to-lead"))
        header.kind = PackKind::ToLead;
    else if (kind == QLatin1String("to-hub"))
        header.kind = PackKind::ToHub;
    else
        return false;
    if (protection == QLatin1String("code"))
        header.protection = PackProtection::Code;
    else if (protection == QLatin1String("sealed"))
        header.protection = PackProtection::Sealed;
    else
        return false;
    bool ok = true;
    header.packId = uuidFrom(object.value(QLatin1String("pack")), &ok);
    header.hubId = uuidFrom(object.value(QLatin1String("hub")), &ok);
    header.lead = uuidFrom(object.value(QLatin1String("lead")), &ok);
    header.device = uuidFrom(object.value(QLatin1String("device")), &ok);
    if (!ok || header.packId.isNull() || header.hubId.isNull() || header.lead.isNull())
        return false;
    if (header.kind == PackKind::ToHub && header.device.isNull())
        return false;
    const QJsonValue hubName = object.value(QLatin1String("hubName"));
    const QJsonValue seq = object.value(QLatin1String("seq"));
    if (!hubName.isString() || hubName.toString().size() > 500 || !seq.isDouble())
        return false;
    header.hubName = hubName.toString();
    const double number = seq.toDouble();
    if (number < 1 || number > 1e9 || number != double(int(number)))
        return false;
    header.seq = int(number);
    header.made
        = QDateTime::fromString(object.value(QLatin1String("made")).toString(), Qt::ISODateWithMs);
    if (header.protection == PackProtection::Code) {
        if (header.kind != PackKind::ToLead)
            return false;
        header.salt
            = QByteArray::fromBase64(object.value(QLatin1String("salt")).toString().toLatin1());
        header.nonce
            = QByteArray::fromBase64(object.value(QLatin1String("nonce")).toString().toLatin1());
        const double ops = object.value(QLatin1String("opslimit")).toDouble();
        const double mem = object.value(QLatin1String("memlimit")).toDouble();
        if (header.salt.size() != packcrypto::kSaltBytes
            || header.nonce.size() != packcrypto::kNonceBytes || ops < 0 || ops > 1e12 || mem < 0
            || mem > 1e12)
            return false;
        header.ops = quint64(ops);
        header.mem = quint64(mem);
    }
    return true;
}

} // namespace

QByteArray PackHeader::toJson() const
{
    QJsonObject object {
        { QStringLiteral("kind"),
          kind == PackKind::ToLead ? QStringLiteral("to-lead") : QStringLiteral("to-hub") },
        { QStringLiteral("protection"),
          protection == PackProtection::Code ? QStringLiteral("code") : QStringLiteral("sealed") },
        { QStringLiteral("pack"), uuidText(packId) },
        { QStringLiteral("hub"), uuidText(hubId) },
        { QStringLiteral("hubName"), hubName },
        { QStringLiteral("lead"), uuidText(lead) },
        { QStringLiteral("device"), uuidText(device) },
        { QStringLiteral("seq"), seq },
        { QStringLiteral("made"), made.toUTC().toString(Qt::ISODateWithMs) },
    };
    if (protection == PackProtection::Code) {
        object.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
        object.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
        object.insert(QStringLiteral("opslimit"), qint64(ops));
        object.insert(QStringLiteral("memlimit"), qint64(mem));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace packfile {

QByteArray encode(const PackHeader &header,
                  const std::function<QByteArray(const QByteArray &prefix)> &makeBody)
{
    const QByteArray json = header.toJson();
    QByteArray prefix = kMagic;
    char number[4];
    qToBigEndian<quint16>(kFormat, number);
    prefix.append(number, 2);
    qToBigEndian<quint32>(quint32(json.size()), number);
    prefix.append(number, 4);
    prefix.append(json);
    const QByteArray body = makeBody(prefix);
    QByteArray file = prefix;
    qToBigEndian<quint32>(quint32(body.size()), number);
    file.append(number, 4);
    file.append(body);
    return file;
}

PackEnvelope decode(const QByteArray &bytes, const QString &fileName)
{
    const QString name = display(fileName);
    if (bytes.size() < kMagic.size() || !bytes.startsWith(kMagic))
        refuse(ExchangeError::Kind::NotAPack, Tr::tr("“%1” is not a HubRegister pack.").arg(name));
    if (bytes.size() < kFixedPrefix)
        refuse(ExchangeError::Kind::Truncated,
               Tr::tr("“%1” is cut short: it ends inside its first bytes. Ask for the pack to be "
                      "sent again.")
                   .arg(name));
    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    const quint16 format = qFromBigEndian<quint16>(raw + 8);
    if (format == 0)
        refuse(ExchangeError::Kind::Tampered,
               Tr::tr("“%1” has been altered or damaged: its format number is 0.").arg(name));
    if (format > kFormat)
        refuse(ExchangeError::Kind::NewerFormat,
               Tr::tr("“%1” was made by a newer HubRegister (pack format %2; this version reads "
                      "format %3). Install the newer HubRegister to open it.")
                   .arg(name)
                   .arg(format)
                   .arg(kFormat));
    const quint32 headerLength = qFromBigEndian<quint32>(raw + 10);
    if (headerLength == 0 || headerLength > quint32(kMaxHeaderBytes))
        refuse(ExchangeError::Kind::Tampered,
               Tr::tr("“%1” has been altered or damaged: its header length (%2 bytes) is not "
                      "one HubRegister writes.")
                   .arg(name)
                   .arg(headerLength));
    const qint64 bodyLengthAt = qint64(kFixedPrefix) + headerLength;
    if (bytes.size() < bodyLengthAt + 4)
        refuse(ExchangeError::Kind::Truncated,
               Tr::tr("“%1” is cut short: it ends inside its header (%2 of %3 bytes). Ask for the "
                      "pack to be sent again.")
                   .arg(name)
                   .arg(bytes.size())
                   .arg(bodyLengthAt + 4));
    PackEnvelope envelope;
    envelope.fileName = name;
    if (!parseHeader(bytes.mid(kFixedPrefix, headerLength), envelope.header))
        refuse(ExchangeError::Kind::Tampered,
               Tr::tr("“%1” has been altered or damaged: its header cannot be read.").arg(name));
    const quint32 bodyLength = qFromBigEndian<quint32>(raw + bodyLengthAt);
    if (qint64(bodyLength) > kMaxBodyBytes)
        refuse(ExchangeError::Kind::Tampered,
               Tr::tr("“%1” has been altered or damaged: it declares a body of %2 bytes.")
                   .arg(name)
                   .arg(bodyLength));
    const qint64 end = bodyLengthAt + 4 + bodyLength;
    if (bytes.size() < end)
        refuse(ExchangeError::Kind::Truncated,
               Tr::tr("“%1” is cut short: %2 of its %3 bytes are there. Ask for the pack to be "
                      "sent again.")
                   .arg(name)
                   .arg(bytes.size())
                   .arg(end));
    if (bytes.size() > end)
        refuse(ExchangeError::Kind::Tampered,
               Tr::tr("“%1” has been altered: %2 bytes follow the end of the pack.")
                   .arg(name)
                   .arg(bytes.size() - end));
    envelope.signedPrefix = bytes.left(bodyLengthAt);
    envelope.body = bytes.mid(bodyLengthAt + 4, bodyLength);
    envelope.fileDigest = packcrypto::sha256(bytes);
    return envelope;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("“%1” cannot be read: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxBodyBytes + kMaxHeaderBytes + 64)
        throw ExchangeError(
            ExchangeError::Kind::NotAPack,
            Tr::tr("“%1” is far larger than any pack, so it is not one.").arg(display(path)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("“%1” cannot be read: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Private from its first byte: a pack is encrypted, but its name and size are nobody's
    // business.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("The pack could not be written to “%1”: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace packfile
} // namespace hubreg
