#include "csv/TextDecoder.h"

#include <QStringDecoder>
#include <QTest>

using namespace hubreg;

namespace {
// Decodes `bytes` fed in pieces of `step` bytes.
QString decodeInSteps(TextEncoding encoding, const QByteArray &bytes, int step, bool *ok = nullptr)
{
    TextDecoder decoder(encoding);
    QString out;
    bool good = true;
    for (qsizetype i = 0; i < bytes.size() && good; i += step)
        good = decoder.decode(
            QByteArrayView(bytes).sliced(i, qMin<qsizetype>(step, bytes.size() - i)), out);
    if (good)
        good = decoder.finish();
    if (ok)
        *ok = good;
    return out;
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void utf8InAnyPieces();
    void utf8RejectsWhatUnicodeForbids_data();
    void utf8RejectsWhatUnicodeForbids();
    void utf8ErrorKeepsTheTextBefore();
    void windows1252Table();
    void windows1252MatchesIcuWhenPresent();
    void windows1252UndefinedBytes();
    void utf16BothOrders();
    void utf16OddByteAtEnd();
    void validator();
    void windows1252RefusingUtf8InAnyPieces();
    void checkingAgreesWithDecoding_data();
    void checkingAgreesWithDecoding();
};

void TestTextDecoder::utf8InAnyPieces()
{
    const QString text = QStringLiteral("Zoë – café ° ’ \U0001F600 end");
    const QByteArray bytes = text.toUtf8();
    for (int step = 1; step <= 7; ++step) {
        bool ok = false;
        QCOMPARE(decodeInSteps(TextEncoding::Utf8, bytes, step, &ok), text);
        QVERIFY(ok);
    }
}

void TestTextDecoder::utf8RejectsWhatUnicodeForbids_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("overlong NUL") << QByteArray("ab\xc0\x80", 4) << qint64(2);
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\x80") << qint64(0);
    QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << qint64(1);
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qint64(0);
    QTest::newRow("lone continuation") << QByteArray("ok\x80") << qint64(2);
    QTest::newRow("0xFF") << QByteArray("\xff") << qint64(0);
    QTest::newRow("short sequence") << QByteArray("\xc3(") << qint64(0);
    QTest::newRow("ends inside") << QByteArray("abc\xe2\x82") << qint64(3);
}

void TestTextDecoder::utf8RejectsWhatUnicodeForbids()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    for (int step : { 1, 2, 64 }) {
        TextDecoder decoder(TextEncoding::Utf8);
        QString out;
        bool ok = true;
        for (qsizetype i = 0; i < bytes.size() && ok; i += step)
            ok = decoder.decode(
                QByteArrayView(bytes).sliced(i, qMin<qsizetype>(step, bytes.size() - i)), out);
        if (ok)
            ok = decoder.finish();
        QVERIFY(!ok);
        QCOMPARE(decoder.errorOffset(), offset);
        QVERIFY(!decoder.errorBytes().isEmpty());
    }
}

void TestTextDecoder::utf8ErrorKeepsTheTextBefore()
{
    TextDecoder decoder(TextEncoding::Utf8);
    QString out;
    QVERIFY(!decoder.decode("caf\xc3\xa9 \x92 more", out));
    QCOMPARE(out, QStringLiteral("café "));
    QCOMPARE(decoder.errorOffset(), 6);
    QCOMPARE(decoder.errorBytes(), QByteArray("\x92"));
    QVERIFY(!decoder.decode("later", out));
    QCOMPARE(out, QStringLiteral("café "));
}

void TestTextDecoder::windows1252Table()
{
    // The bytes GIAS files hold, and the whole 0x80-0x9F block that differs from Latin-1.
    QCOMPARE(windows1252::toUnicode(0xE0), char16_t(u'à'));
    QCOMPARE(windows1252::toUnicode(0xB0), char16_t(u'°'));
    QCOMPARE(windows1252::toUnicode(0x92), char16_t(u'’'));
    QCOMPARE(windows1252::toUnicode(0xA0), char16_t(0xA0));
    const char16_t expected[32]
        = { u'€', 0,    u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š',
            u'‹', u'Œ', 0,    u'Ž', 0,    0,    u'‘', u'’', u'“', u'”', u'•',
            u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0,    u'ž', u'Ÿ' };
    for (int b = 0x80; b <= 0x9F; ++b)
        QCOMPARE(windows1252::toUnicode(uchar(b)), expected[b - 0x80]);
    for (int b = 0; b < 0x80; ++b)
        QCOMPARE(windows1252::toUnicode(uchar(b)), char16_t(b));
}

void TestTextDecoder::windows1252MatchesIcuWhenPresent()
{
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        QSKIP("This Qt has no ICU; the table is checked by windows1252Table alone");
    for (int b = 0; b < 256; ++b) {
        const char16_t ours = windows1252::toUnicode(uchar(b));
        if (ours == 0 && b != 0)
            continue; // undefined in Windows-1252: ICU maps these to C1 controls
        const char byte = char(b);
        const QString theirs = icu.decode(QByteArrayView(&byte, 1));
        QCOMPARE(QString(QChar(ours)), theirs);
    }
}

void TestTextDecoder::windows1252UndefinedBytes()
{
    for (uchar b : { 0x81, 0x8D, 0x8F, 0x90, 0x9D }) {
        TextDecoder decoder(TextEncoding::Windows1252);
        QString out;
        QVERIFY(!decoder.decode(QByteArray("ab") + char(b) + "c", out));
        QCOMPARE(out, QStringLiteral("ab"));
        QCOMPARE(decoder.errorOffset(), 2);
    }
    QCOMPARE(decodeInSteps(TextEncoding::Windows1252, "St Thomas \xe0 Becket \x92\xb0", 4),
             QStringLiteral("St Thomas à Becket ’°"));
}

void TestTextDecoder::utf16BothOrders()
{
    const QString text = QStringLiteral("Zoë \U0001F600 ok");
    QByteArray le;
    QByteArray be;
    for (QChar c : text) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    for (int step = 1; step <= 5; ++step) {
        QCOMPARE(decodeInSteps(TextEncoding::Utf16LE, le, step), text);
        QCOMPARE(decodeInSteps(TextEncoding::Utf16BE, be, step), text);
    }
}

void TestTextDecoder::utf16OddByteAtEnd()
{
    bool ok = true;
    QCOMPARE(decodeInSteps(TextEncoding::Utf16LE, QByteArray("a\0b", 3), 2, &ok),
             QStringLiteral("a"));
    QVERIFY(!ok);
}

void TestTextDecoder::validator()
{
    Utf8Validator good;
    QVERIFY(good.feed("caf\xc3"));
    QVERIFY(good.validSoFar());
    QVERIFY(!good.finish());
    QVERIFY(good.feed("\xa9"));
    QVERIFY(good.finish());
    Utf8Validator bad;
    QVERIFY(!bad.feed("St Thomas \xe0 Becket"));
    QVERIFY(!bad.finish());
}

void TestTextDecoder::windows1252RefusingUtf8InAnyPieces()
{
    // Windows-1252 text whose high bytes never make a UTF-8 character: read whole, whatever the
    // pieces, the last byte held back until the end.
    const QByteArray plain("Caf\xe9 \xc3 x \xe2\x80 St. Clement\x92s \xb0 \xc3", 29);
    const QString plainText = QStringLiteral("Café Ã x â€ St. Clement’s ° Ã");
    // With a UTF-8 "é" (0xC3 0xA9) after them: the decoding stops there, at its first byte.
    const QByteArray mixed = plain + QByteArray(" Caf\xc3\xa9 end");
    for (int step = 1; step <= 5; ++step) {
        TextDecoder decoder(TextEncoding::Windows1252);
        decoder.setRefuseUtf8(true);
        QString out;
        bool good = true;
        for (qsizetype i = 0; i < plain.size() && good; i += step)
            good = decoder.decode(
                QByteArrayView(plain).sliced(i, qMin<qsizetype>(step, plain.size() - i)), out);
        QVERIFY(good);
        QVERIFY(decoder.finish(&out));
        QCOMPARE(out, plainText);
        QVERIFY(!decoder.utf8Found());

        TextDecoder refusing(TextEncoding::Windows1252);
        refusing.setRefuseUtf8(true);
        QString text;
        good = true;
        for (qsizetype i = 0; i < mixed.size() && good; i += step)
            good = refusing.decode(
                QByteArrayView(mixed).sliced(i, qMin<qsizetype>(step, mixed.size() - i)), text);
        QVERIFY(!good);
        QVERIFY(refusing.utf8Found());
        QCOMPARE(refusing.errorOffset(), plain.size() + 4);
        QCOMPARE(refusing.errorBytes(), QByteArray("\xc3\xa9"));
        QCOMPARE(text, plainText + QStringLiteral(" Caf"));
    }
    // Not asked to refuse (the encoding was chosen): the same bytes are Windows-1252 text.
    QCOMPARE(decodeInSteps(TextEncoding::Windows1252, mixed, 3),
             plainText + QStringLiteral(" CafÃ© end"));
}

void TestTextDecoder::checkingAgreesWithDecoding_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("refuseUtf8");
    QTest::addColumn<QByteArray>("bytes");
    const int utf8 = int(TextEncoding::Utf8);
    const int cp1252 = int(TextEncoding::Windows1252);
    const QByteArray text
        = QStringLiteral("Zoë – café ° ’ \U0001F600 a long run of ASCII text").toUtf8();
    QTest::newRow("UTF-8") << utf8 << false << text;
    QTest::newRow("UTF-8, bad continuation") << utf8 << false << text.left(9) + "\xc3(" + text;
    QTest::newRow("UTF-8, bad lead") << utf8 << false << text + "\xff end";
    QTest::newRow("UTF-8, ends inside") << utf8 << false << text + "\xe2\x82";
    const QByteArray cp("Caf\xe9 \xc3 x \xe2\x80 St. Clement\x92s \xb0 plain ASCII after", 45);
    QTest::newRow("Windows-1252") << cp1252 << false << cp;
    QTest::newRow("Windows-1252, undefined") << cp1252 << false << cp + "\x81 end";
    QTest::newRow("refusing, none") << cp1252 << true << cp;
    QTest::newRow("refusing, UTF-8 met") << cp1252 << true << cp + " Caf\xc3\xa9 end";
    QTest::newRow("refusing, held at the end") << cp1252 << true << cp + "\xe2\x82";
    QTest::newRow("refusing, undefined held") << cp1252 << true << cp + "\xe2\x81 x";
}

// A reader from bytes checks what a reader of text decodes: the same bytes are text, the same
// error is met at the same byte, whatever the pieces.
void TestTextDecoder::checkingAgreesWithDecoding()
{
    QFETCH(int, encoding);
    QFETCH(bool, refuseUtf8);
    QFETCH(QByteArray, bytes);
    const auto kind = TextEncoding(encoding);
    for (int step = 1; step <= 9; ++step) {
        TextDecoder decoding(kind);
        TextDecoder checking(kind);
        decoding.setRefuseUtf8(refuseUtf8);
        checking.setRefuseUtf8(refuseUtf8);
        QString out;
        bool decoded = true;
        bool checked = true;
        for (qsizetype i = 0; i < bytes.size() && decoded; i += step) {
            const QByteArrayView piece
                = QByteArrayView(bytes).sliced(i, qMin<qsizetype>(step, bytes.size() - i));
            decoded = decoding.decode(piece, out);
            checked = checking.check(piece);
            QCOMPARE(checked, decoded);
            // The bytes checked are those decoded so far.
            QCOMPARE(decodeInSteps(kind, bytes.left(checking.checkedEnd()), bytes.size()), out);
        }
        if (decoded) {
            decoded = decoding.finish(&out);
            checked = checking.finish();
        }
        QCOMPARE(checked, decoded);
        QCOMPARE(checking.hasError(), decoding.hasError());
        QCOMPARE(checking.errorOffset(), decoding.errorOffset());
        QCOMPARE(checking.errorBytes(), decoding.errorBytes());
        QCOMPARE(checking.utf8Found(), decoding.utf8Found());
        QCOMPARE(checking.checkedEnd(), decoded ? bytes.size() : decoding.errorOffset());
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
