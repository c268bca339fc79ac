#include "PackCrypto.h"

#include "ExchangeError.h"

#include <QCoreApplication>

#include <sodium.h>
#include <utility>

namespace hubreg::packcrypto {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::packcrypto)
};

// Crockford's base 32: no I, L, O or U, so nothing read aloud is mistaken for something else.
const char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 20;

void initialise()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("The encryption library could not start."));
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

SecretBytes::SecretBytes(int size)
{
    initialise();
    if (size <= 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("There is not enough memory to hold a key."));
    m_size = size;
    sodium_memzero(m_data, size_t(size));
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
}

SecretBytes SecretBytes::copy() const
{
    SecretBytes result(m_size);
    if (m_size > 0)
        memcpy(result.m_data, m_data, size_t(m_size));
    return result;
}

SecretBytes SecretBytes::from(const QByteArray &source)
{
    SecretBytes result(int(source.size()));
    if (!source.isEmpty())
        memcpy(result.m_data, source.constData(), size_t(source.size()));
    return result;
}

KeySet KeySet::copy() const
{
    return KeySet { publicKeys, boxSecret.copy(), signSecret.copy() };
}

PasswordCost PasswordCost::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

PasswordCost PasswordCost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

PasswordCost PasswordCost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool PasswordCost::isAcceptable() const
{
    // Up to the moderate cost's memory and a few times its work: a hostile pack cannot make
    // the program spend minutes or gigabytes before it is refused.
    return ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= 4 * crypto_pwhash_OPSLIMIT_MODERATE
        && mem >= crypto_pwhash_MEMLIMIT_MIN && mem <= crypto_pwhash_MEMLIMIT_MODERATE;
}

KeySet makeKeys()
{
    initialise();
    KeySet keys;
    keys.publicKeys.box.resize(crypto_box_PUBLICKEYBYTES);
    keys.publicKeys.sign.resize(crypto_sign_PUBLICKEYBYTES);
    keys.boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    keys.signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_box_keypair(bytes(keys.publicKeys.box), keys.boxSecret.data());
    crypto_sign_keypair(bytes(keys.publicKeys.sign), keys.signSecret.data());
    return keys;
}

KeySet keysFromSeed(const QByteArray &seed)
{
    initialise();
    Q_ASSERT(seed.size() == crypto_box_SEEDBYTES && seed.size() == crypto_sign_SEEDBYTES);
    KeySet keys;
    keys.publicKeys.box.resize(crypto_box_PUBLICKEYBYTES);
    keys.publicKeys.sign.resize(crypto_sign_PUBLICKEYBYTES);
    keys.boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    keys.signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_box_seed_keypair(bytes(keys.publicKeys.box), keys.boxSecret.data(), bytes(seed));
    crypto_sign_seed_keypair(bytes(keys.publicKeys.sign), keys.signSecret.data(), bytes(seed));
    return keys;
}

QByteArray randomBytes(int size)
{
    initialise();
    QByteArray result(size, Qt::Uninitialized);
    randombytes_buf(result.data(), size_t(size));
    return result;
}

QString newCode()
{
    initialise();
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 5 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

QString normalisedCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed.toUpper()) {
        if (c == u'O')
            code += QLatin1Char('0');
        else if (c == u'I' || c == u'L')
            code += QLatin1Char('1');
        else if (c.isLetterOrNumber())
            code += c;
    }
    return code;
}

SecretBytes deriveKey(const QString &passphrase, const QByteArray &salt, PasswordCost cost)
{
    initialise();
    Q_ASSERT(salt.size() == crypto_pwhash_SALTBYTES);
    SecretBytes typed = SecretBytes::from(passphrase.toUtf8());
    SecretBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), size_t(key.size()), reinterpret_cast<const char *>(typed.data()),
                      size_t(typed.size()), bytes(salt), cost.ops, size_t(cost.mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw ExchangeError(ExchangeError::Kind::Io,
                            Tr::tr("There is not enough memory to check the passphrase."));
    return key;
}

QByteArray encrypt(const SecretBytes &key, const QByteArray &nonce, const QByteArray &plain,
                   const QByteArray &associated)
{
    initialise();
    QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(cipher), &length, bytes(plain), size_t(plain.size()), bytes(associated),
        size_t(associated.size()), nullptr, bytes(nonce), key.data());
    cipher.resize(qsizetype(length));
    return cipher;
}

std::optional<QByteArray> decrypt(const SecretBytes &key, const QByteArray &nonce,
                                  const QByteArray &cipher, const QByteArray &associated)
{
    initialise();
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || cipher.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray plain(cipher.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &length, nullptr, bytes(cipher), size_t(cipher.size()), bytes(associated),
            size_t(associated.size()), bytes(nonce), key.data())
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QByteArray encryptSecret(const SecretBytes &key, const QByteArray &nonce, const SecretBytes &plain)
{
    initialise();
    QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(cipher), &length, plain.data(),
                                               size_t(plain.size()), nullptr, 0, nullptr,
                                               bytes(nonce), key.data());
    cipher.resize(qsizetype(length));
    return cipher;
}

std::optional<SecretBytes> decryptSecret(const SecretBytes &key, const QByteArray &nonce,
                                         const QByteArray &cipher)
{
    initialise();
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || cipher.size() <= qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    SecretBytes plain(int(cipher.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &length, nullptr, bytes(cipher),
                                                   size_t(cipher.size()), nullptr, 0, bytes(nonce),
                                                   key.data())
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray seal(const QByteArray &plain, const QByteArray &recipientBoxPublic)
{
    initialise();
    Q_ASSERT(recipientBoxPublic.size() == crypto_box_PUBLICKEYBYTES);
    QByteArray cipher(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(bytes(cipher), bytes(plain), size_t(plain.size()), bytes(recipientBoxPublic));
    return cipher;
}

std::optional<QByteArray> unseal(const QByteArray &cipher, const QByteArray &boxPublic,
                                 const SecretBytes &boxSecret)
{
    initialise();
    if (cipher.size() < qsizetype(crypto_box_SEALBYTES)
        || boxPublic.size() != crypto_box_PUBLICKEYBYTES
        || boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(cipher.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(plain), bytes(cipher), size_t(cipher.size()), bytes(boxPublic),
                             boxSecret.data())
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray sign(const QByteArray &message, const SecretBytes &signSecret)
{
    initialise();
    Q_ASSERT(signSecret.size() == crypto_sign_SECRETKEYBYTES);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()),
                         signSecret.data());
    return signature;
}

bool verify(const QByteArray &signature, const QByteArray &message, const QByteArray &signPublic)
{
    initialise();
    return signature.size() == crypto_sign_BYTES && signPublic.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()),
                                       bytes(signPublic))
        == 0;
}

QByteArray sha256(const QByteArray &message)
{
    initialise();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(digest), bytes(message), size_t(message.size()));
    return digest;
}

} // namespace hubreg::packcrypto
