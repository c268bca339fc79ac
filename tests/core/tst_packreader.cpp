#include "ExchangeTestHelpers.h"
#include "StoreTestHelpers.h"
#include "exchange/PackContent.h"
#include "exchange/PackFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace hubreg;
using namespace hubreg::test;

namespace {

// The file's bytes on disk, its write-ahead log included: what "unchanged byte for byte" means
// for a file open in WAL mode.
QByteArray fileState(const QString &path)
{
    return fileBytes(path) + "\n--wal--\n" + fileBytes(path + QStringLiteral("-wal"));
}

// The whole import of a return pack, as the window and the command line run it, with every
// conflict given to the Lead and every deletion confirmed: anything that gets through writes.
void importReturn(ExchangeSides &sides, const QByteArray &bytes)
{
    const PackEnvelope envelope = PackOpener::inspect(bytes, QStringLiteral("return.hubpack"));
    PackOpener::checkAddressee(*sides.hub, envelope);
    HubMerge merge(*sides.hub, PackOpener::open(*sides.hub, envelope, sides.hubKeys()));
    merge.preview();
    merge.decideAll(Side::Lead);
    merge.apply(true);
}

std::optional<ExchangeError> refusal(const std::function<void()> &run)
{
    try {
        run();
    } catch (const ExchangeError &error) {
        return error;
    }
    return std::nullopt;
}

// A return pack with some of everything in it.
QString returnWithChanges(ExchangeSides &sides)
{
    sides.startExchange();
    AttendanceRecord mark;
    mark.sessionId = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1));
    mark.participantId
        = sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1);
    mark.mark = AttendanceMark::Substitute;
    mark.substituteName = QStringLiteral("Sam Spruce");
    AttendanceStore(*sides.lead).setMark(mark);
    Session moved = *SessionStore(*sides.lead)
                         .find(sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    moved.date = QDate(2024, 11, 20);
    SessionStore(*sides.lead).update(moved);
    AttendanceStore(*sides.lead)
        .clearMark(sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(0)),
                   sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantB1));
    return sides.sendToHub();
}

} // namespace

// A pack is refused, saying why, unless it is whole, authentic, for this file and in sequence;
// and a refused pack leaves the file exactly as it was.
class TestPackReader : public QObject
{
    Q_OBJECT

private slots:
    void aTamperedByteAnywhereIsRefused();
    void aCutShortPackIsRefused();
    void notAPack_data();
    void notAPack();
    void aNewerFormatIsRefused();
    void anotherHubsPackIsRefused();
    void theWrongWayRound();
    void aReusedIdWithOtherContentIsRefused();
    void aWrongPassphraseOrCodeOpensNothing();
    void newKeysRefuseTheOldOnes();
    void aFirstPackMakesOnlyANewFile();
    void packsArePrivateAndWrittenWhole();
};

void TestPackReader::aTamperedByteAnywhereIsRefused()
{
    ExchangeSides sides;
    const QByteArray pack = fileBytes(returnWithChanges(sides));
    QVERIFY(pack.size() > 200);
    sides.hub->checkpoint();
    const QByteArray before = fileState(sides.hubPath);
    QMap<ExchangeError::Kind, int> kinds;
    for (int i = 0; i < pack.size(); ++i) {
        for (const char flip : { char(0x01), char(0x80) }) {
            QByteArray tampered = pack;
            tampered[i] = char(tampered.at(i) ^ flip);
            const auto error = refusal([&] { importReturn(sides, tampered); });
            QVERIFY2(error,
                     qPrintable(QStringLiteral("a change to byte %1 of %2 went through")
                                    .arg(i)
                                    .arg(pack.size())));
            kinds[error->kind()] += 1;
        }
    }
    QCOMPARE(fileState(sides.hubPath), before);
    // The body is sealed and signed; the header is signed.
    QVERIFY(kinds.value(ExchangeError::Kind::Tampered) > pack.size());
    // The untouched pack goes through: the refusals were the tampering's.
    importReturn(sides, pack);
    QCOMPARE(SessionStore(*sides.hub).find(sides.w.sessions.at(2))->date, QDate(2024, 11, 20));
}

void TestPackReader::aCutShortPackIsRefused()
{
    ExchangeSides sides;
    const QByteArray pack = fileBytes(returnWithChanges(sides));
    sides.hub->checkpoint();
    const QByteArray before = fileState(sides.hubPath);
    for (int length : { 0, 5, 8, 13, 14, 40, int(pack.size()) / 2, int(pack.size()) - 1 }) {
        const auto error = refusal([&] { importReturn(sides, pack.left(length)); });
        QVERIFY(error);
        if (length >= 8) {
            QCOMPARE(error->kind(), ExchangeError::Kind::Truncated);
            QVERIFY2(error->message().contains(QStringLiteral("cut short")),
                     qPrintable(error->message()));
        } else {
            QCOMPARE(error->kind(), ExchangeError::Kind::NotAPack);
        }
    }
    const auto longer = refusal([&] { importReturn(sides, pack + "x"); });
    QVERIFY(longer);
    QCOMPARE(longer->kind(), ExchangeError::Kind::Tampered);
    QCOMPARE(fileState(sides.hubPath), before);
}

void TestPackReader::notAPack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("CSV") << QByteArray("URN,EstablishmentName\r\n100001,Alder Primary School\r\n");
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\0');
    QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) + QByteArray(100, 'z');
    QTest::newRow("magic in lower case") << QByteArray("hubrpack") + QByteArray(100, '\1');
}

void TestPackReader::notAPack()
{
    QFETCH(QByteArray, bytes);
    ExchangeSides sides;
    const auto error = refusal([&] { importReturn(sides, bytes); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::NotAPack);
    QCOMPARE(error->message(), QStringLiteral("“return.hubpack” is not a HubRegister pack."));
}

void TestPackReader::aNewerFormatIsRefused()
{
    ExchangeSides sides;
    QByteArray pack = fileBytes(returnWithChanges(sides));
    qToBigEndian<quint16>(2, pack.data() + 8);
    sides.hub->checkpoint();
    const QByteArray before = fileState(sides.hubPath);
    const auto error = refusal([&] { importReturn(sides, pack); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::NewerFormat);
    QVERIFY2(error->message().contains(QStringLiteral("newer HubRegister (pack format 2")),
             qPrintable(error->message()));
    QCOMPARE(fileState(sides.hubPath), before);
}

void TestPackReader::anotherHubsPackIsRefused()
{
    ExchangeSides ours;
    ExchangeSides theirs;
    const QByteArray theirReturn = fileBytes(returnWithChanges(theirs));
    ours.startExchange();
    ours.hub->checkpoint();
    const QByteArray before = fileState(ours.hubPath);
    const auto error = refusal([&] { importReturn(ours, theirReturn); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::OtherHub);
    QVERIFY2(error->message().contains(QStringLiteral("another hub")),
             qPrintable(error->message()));
    QCOMPARE(fileState(ours.hubPath), before);

    // And their hub's pack given to our Lead's copy.
    const QString theirPack = theirs.sendToLead();
    ours.lead->checkpoint();
    const QByteArray copyBefore = fileState(ours.leadPath);
    const auto toCopy = refusal([&] { ours.openInLead(theirPack); });
    QVERIFY(toCopy);
    QCOMPARE(toCopy->kind(), ExchangeError::Kind::OtherHub);
    QCOMPARE(fileState(ours.leadPath), copyBefore);
}

void TestPackReader::theWrongWayRound()
{
    ExchangeSides sides;
    const QString toLead = sides.sendToLead();
    const auto atHub
        = refusal([&] { PackOpener::checkAddressee(*sides.hub, PackOpener::inspect(toLead)); });
    QVERIFY(atHub);
    QCOMPARE(atHub->kind(), ExchangeError::Kind::NotForThisFile);
    sides.openInLead(toLead);
    const QString toHub = sides.sendToHub();
    const auto atLead
        = refusal([&] { PackOpener::checkAddressee(*sides.lead, PackOpener::inspect(toHub)); });
    QVERIFY(atLead);
    QCOMPARE(atLead->kind(), ExchangeError::Kind::NotForThisFile);
}

void TestPackReader::aReusedIdWithOtherContentIsRefused()
{
    ExchangeSides sides;
    const QString path = returnWithChanges(sides);
    importReturn(sides, fileBytes(path));
    // A pack made with the same id and other content (as a broken or malicious writer might).
    const PackEnvelope envelope = PackOpener::inspect(path);
    PackContent content = PackOpener::open(*sides.hub, envelope, sides.hubKeys());
    content.changes.remove(QStringLiteral("session"));
    const packcrypto::KeySet lead = sides.leadKeys();
    const QByteArray payload = packcontent::encode(content);
    const QByteArray forged = packfile::encode(content.header, [&](const QByteArray &prefix) {
        return packcrypto::seal(packcrypto::sign(prefix + payload, lead.signSecret) + payload,
                                ExchangeIdentityStore(*sides.hub).require().publicKeys.box);
    });
    const QString before = dumpContents(*sides.hub);
    const auto error = refusal([&] { importReturn(sides, forged); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::ReusedId);
    QCOMPARE(dumpContents(*sides.hub), before);
}

void TestPackReader::aWrongPassphraseOrCodeOpensNothing()
{
    ExchangeSides sides;
    const auto hub = refusal([&] {
        ExchangeIdentityStore::unlock(ExchangeIdentityStore(*sides.hub).require(),
                                      QStringLiteral("not the one"));
    });
    QVERIFY(hub);
    QCOMPARE(hub->kind(), ExchangeError::Kind::WrongPassphrase);
    QString code;
    const QString first = sides.sendToLead({}, false, &code);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$"))
                .match(code)
                .hasMatch());
    const PackEnvelope envelope = PackOpener::inspect(first);
    const auto wrong = refusal(
        [&] { PackOpener::openWithCode(envelope, QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD")); });
    QVERIFY(wrong);
    QCOMPARE(wrong->kind(), ExchangeError::Kind::WrongPassphrase);
    // Read aloud and typed in lower case with spaces, O for 0 and I for 1: still the code.
    QString typed = code.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('i'));
    QVERIFY(PackOpener::openWithCode(envelope, typed).carriesLeadSecrets);
}

void TestPackReader::newKeysRefuseTheOldOnes()
{
    ExchangeSides sides;
    sides.startExchange();
    AttendanceRecord mark;
    mark.sessionId = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1));
    mark.participantId
        = sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1);
    AttendanceStore(*sides.lead).setMark(mark);
    // The laptop is lost: the hub issues new keys with a new first pack.
    const QString oldReturn = sides.sendToHub();
    sides.sendToLead({}, true);
    const QString before = dumpContents(*sides.hub);
    const auto error = refusal([&] { importReturn(sides, fileBytes(oldReturn)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::Tampered);
    QCOMPARE(dumpContents(*sides.hub), before);
}

void TestPackReader::aFirstPackMakesOnlyANewFile()
{
    ExchangeSides sides;
    const QString first = sides.sendToLead();
    // Opened into a file that holds a hub's records, it is refused.
    TempDatabase other;
    buildSmallWorkGroup(other.db());
    const auto error
        = refusal([&] { PackOpener::checkAddressee(other.db(), PackOpener::inspect(first)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::NotForThisFile);
    QVERIFY2(error->message().contains(QStringLiteral("new file")), qPrintable(error->message()));
}

void TestPackReader::packsArePrivateAndWrittenWhole()
{
    ExchangeSides sides;
    const QString path = sides.sendToLead();
    QCOMPARE(QFileInfo(path).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // A pack that cannot be written leaves no trace in the hub's file.
    const QString before = dumpContents(*sides.hub);
    HubPackRequest request;
    request.leadEmail = kLeadEmail;
    request.codeCost = packcrypto::PasswordCost::minimum();
    const auto error = refusal([&] {
        HubPackWriter(*sides.hub)
            .write(request, sides.hubKeys(),
                   sides.dir.filePath(QStringLiteral("no-such-folder/pack.hubpack")));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::Io);
    QCOMPARE(dumpContents(*sides.hub), before);
}

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
