#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hubreg::packcrypto {

// Bytes kept in locked memory that is wiped when freed: secret keys and keys derived from
// passphrases never sit in ordinary memory the program could later page out or leave behind.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(int size);
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SecretBytes copy() const;
    static SecretBytes from(const QByteArray &bytes);

private:
    unsigned char *m_data = nullptr;
    int m_size = 0;
};

struct PublicKeys
{
    QByteArray box; // X25519, for sealing packs to this side
    QByteArray sign; // Ed25519, for checking this side's signatures
};

// One side's key pairs: a box pair to receive sealed packs, a signing pair to sign them.
struct KeySet
{
    PublicKeys publicKeys;
    SecretBytes boxSecret;
    SecretBytes signSecret;

    KeySet copy() const;
};

// How hard a passphrase is made to guess (Argon2id's operations and memory in bytes). Kept
// beside each salt, so a key made with one cost is opened with the same.
struct PasswordCost
{
    quint64 ops = 0;
    quint64 mem = 0;

    static PasswordCost moderate(); // the hub's and a Lead's passphrases
    static PasswordCost interactive(); // the code of a first pack (100 random bits)
    static PasswordCost minimum(); // tests, which make many keys
    // Whether a cost read from a file is within what this program will spend.
    bool isAcceptable() const;
};

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 24;
constexpr int kSignatureBytes = 64;
constexpr int kBoxPublicBytes = 32;
constexpr int kSignPublicBytes = 32;
constexpr int kBoxSecretBytes = 32;
constexpr int kSignSecretBytes = 64;
constexpr int kAeadOverhead = 16;
constexpr int kSealOverhead = 48;

KeySet makeKeys();
// The same key pairs every time for the same 32-byte seed (test fixtures, the hostile corpus).
KeySet keysFromSeed(const QByteArray &seed);

QByteArray randomBytes(int size);
// A code of 20 letters and digits in four groups ("K7Q2M-XP9TR-DH3WB-4NC8F"): 100 random bits,
// easy to read over the phone.
QString newCode();
// The code as typed, with spaces, dashes and case not mattering.
QString normalisedCode(const QString &typed);

// Argon2id. Throws ExchangeError (Io) when the memory cannot be had.
SecretBytes deriveKey(const QString &passphrase, const QByteArray &salt, PasswordCost cost);

// XChaCha20-Poly1305 with associated data that is authenticated but not encrypted.
QByteArray encrypt(const SecretBytes &key, const QByteArray &nonce, const QByteArray &plain,
                   const QByteArray &associated = {});
std::optional<QByteArray> decrypt(const SecretBytes &key, const QByteArray &nonce,
                                  const QByteArray &cipher, const QByteArray &associated = {});
QByteArray encryptSecret(const SecretBytes &key, const QByteArray &nonce, const SecretBytes &plain);
std::optional<SecretBytes> decryptSecret(const SecretBytes &key, const QByteArray &nonce,
                                         const QByteArray &cipher);

// Sealed to a recipient's box key: only the holder of its secret half can open it.
QByteArray seal(const QByteArray &plain, const QByteArray &recipientBoxPublic);
std::optional<QByteArray> unseal(const QByteArray &cipher, const QByteArray &boxPublic,
                                 const SecretBytes &boxSecret);

QByteArray sign(const QByteArray &message, const SecretBytes &signSecret);
bool verify(const QByteArray &signature, const QByteArray &message, const QByteArray &signPublic);

QByteArray sha256(const QByteArray &bytes);

} // namespace hubreg::packcrypto
