#include "exchange/WorkstationKey.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rd;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A workstation key is made once, the user's only, and its signatures verify", "[key]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString file = QDir(folder).filePath(WorkstationKey::fileName());
    auto made = WorkstationKey::loadOrCreate(folder);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    REQUIRE(QFile::exists(file));
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(file).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
#endif
    CHECK(made->publicKey().size() == WorkstationKey::kPublicKeyBytes);
    // Eight groups of four hexadecimal digits: short enough to read out over the phone.
    CHECK(QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$")).match(made->fingerprint()).hasMatch());

    // The next start reads the same key; the file is not written again.
    const QByteArray before = contentsOf(file);
    auto again = WorkstationKey::loadOrCreate(folder);
    REQUIRE(again.ok());
    CHECK(again->publicKey() == made->publicKey());
    CHECK(contentsOf(file) == before);

    const QByteArray message = QByteArrayLiteral("manifest of a bundle");
    const QByteArray signature = made->sign(message);
    CHECK(signature.size() == WorkstationKey::kSignatureBytes);
    CHECK(WorkstationKey::verify(made->publicKey(), message, signature));
    CHECK(WorkstationKey::verify(again->publicKey(), message, again->sign(message)));
    // Any change to the message, the signature or the key fails.
    CHECK_FALSE(WorkstationKey::verify(made->publicKey(), message + '!', signature));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 1);
    CHECK_FALSE(WorkstationKey::verify(made->publicKey(), message, flipped));
    QTemporaryDir otherDir;
    auto other = WorkstationKey::loadOrCreate(otherDir.path());
    REQUIRE(other.ok());
    CHECK(other->publicKey() != made->publicKey());
    CHECK(other->fingerprint() != made->fingerprint());
    CHECK_FALSE(WorkstationKey::verify(other->publicKey(), message, signature));
    CHECK_FALSE(WorkstationKey::verify(QByteArray(5, 'x'), message, signature));
    CHECK_FALSE(WorkstationKey::verify(made->publicKey(), message, signature.left(20)));
}

TEST_CASE("A damaged key file is refused and never replaced", "[key][bad-input]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(WorkstationKey::fileName());
    for (const QByteArray &damaged : {QByteArrayLiteral(""), QByteArrayLiteral("RD-ED25519-SEED not base64 at all!"),
                                      QByteArrayLiteral("RD-ED25519-SEED AAAA"), QByteArray(4096, 'x'),
                                      QByteArrayLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBogus")}) {
        CAPTURE(damaged.left(40).toStdString());
        writeFile(file, damaged);
        auto key = WorkstationKey::loadOrCreate(dir.path());
        REQUIRE_FALSE(key.ok());
        CHECK(key.message().contains(QStringLiteral("damaged")));
        CHECK(contentsOf(file) == damaged); // a new key would make this PC a stranger to its archive
    }
}

#ifdef Q_OS_UNIX
TEST_CASE("A key file that is a link, or readable by others, is not used as it is", "[key][bad-input]")
{
    QTemporaryDir dir;
    auto made = WorkstationKey::loadOrCreate(dir.path());
    REQUIRE(made.ok());
    const QString file = dir.filePath(WorkstationKey::fileName());
    SECTION("made readable for others: taken back to the owner")
    {
        REQUIRE(QFile::setPermissions(file, QFileInfo(file).permissions() | QFile::ReadGroup | QFile::ReadOther));
        auto loaded = WorkstationKey::loadOrCreate(dir.path());
        REQUIRE(loaded.ok());
        CHECK(loaded->publicKey() == made->publicKey());
        CHECK_FALSE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther));
    }
    SECTION("a symbolic link in its place")
    {
        QTemporaryDir elsewhere;
        REQUIRE(QFile::rename(file, elsewhere.filePath(QStringLiteral("real.key"))));
        REQUIRE(QFile::link(elsewhere.filePath(QStringLiteral("real.key")), file));
        auto loaded = WorkstationKey::loadOrCreate(dir.path());
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.message().contains(QStringLiteral("not a plain file")));
    }
    SECTION("a dangling link: no key is written through it")
    {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("planted.key"));
        REQUIRE(QFile::remove(file));
        REQUIRE(QFile::link(target, file));
        CHECK_FALSE(WorkstationKey::loadOrCreate(dir.path()).ok());
        CHECK_FALSE(QFile::exists(target));
    }
}
#endif
