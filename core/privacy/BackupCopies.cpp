#include "BackupCopies.h"

#include "Erasure.h"
#include "FileResidue.h"
#include "database/Backup.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/IntegrityCheck.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::BackupCopies)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hubreg-backup-search-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isHubRegisterFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    return qFromBigEndian<quint32>(bytes + 68) == Database::kApplicationId;
}

// The uuids of the named (not erased) people in a copy, read on a read-only connection of its
// own; nothing when it cannot be read.
std::optional<QSet<QString>> namedPeopleIn(const QString &path)
{
    if (!isHubRegisterFile(path))
        return std::nullopt;
    const QString name = nextConnectionName();
    std::optional<QSet<QString>> uuids;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (copy.open()) {
            QSqlQuery columns(copy);
            bool erasable = false;
            if (columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('people')"))) {
                while (columns.next())
                    erasable
                        = erasable || columns.value(0).toString() == QLatin1String("erased_at");
            }
            // Copies taken before erasure existed name everyone they hold.
            QSqlQuery people(copy);
            people.setForwardOnly(true);
            if (people.exec(erasable
                                ? QStringLiteral("SELECT uuid FROM people WHERE erased_at IS NULL")
                                : QStringLiteral("SELECT uuid FROM people"))) {
                QSet<QString> found;
                while (people.next())
                    found.insert(people.value(0).toString());
                if (!people.lastError().isValid())
                    uuids = found;
            }
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return uuids;
}

BackupCopy::Kind kindOf(const QString &fileName, const QString &base)
{
    static const QRegularExpression daily(QStringLiteral("-daily-\\d{8}\\.sqlite$"));
    static const QRegularExpression upgrade(QStringLiteral("-schema\\d+(-\\d+)?\\.sqlite$"));
    if (fileName.startsWith(base + QStringLiteral(".damaged-")))
        return BackupCopy::Kind::Damaged;
    if (daily.match(fileName).hasMatch())
        return BackupCopy::Kind::Daily;
    if (upgrade.match(fileName).hasMatch())
        return BackupCopy::Kind::BeforeUpgrade;
    return BackupCopy::Kind::Taken;
}

QDate dailyDate(const QString &fileName)
{
    static const QRegularExpression daily(QStringLiteral("-daily-(\\d{8})\\.sqlite$"));
    const auto match = daily.match(fileName);
    return match.hasMatch() ? QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"))
                            : QDate();
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

QString BackupCopy::fileName() const
{
    return QFileInfo(path).fileName();
}

QString BackupCopy::describe() const
{
    const QString when = taken.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    QString what;
    switch (kind) {
    case Kind::Daily:
        // Of the day its name says: the file's own date may be a later copy's.
        what = Tr::tr("daily copy of %1; the rotation removes it on %2 at the earliest")
                   .arg(dailyDate(fileName()).toString(QStringLiteral("dd/MM/yyyy")),
                        goneBy.toString(QStringLiteral("dd/MM/yyyy")));
        break;
    case Kind::BeforeUpgrade:
        what = Tr::tr("copy taken before a schema upgrade, %1; kept until deleted").arg(when);
        break;
    case Kind::Taken:
        what = Tr::tr("copy taken %1; kept until deleted").arg(when);
        break;
    case Kind::Damaged:
        what = Tr::tr("damaged file kept %1; kept until deleted").arg(when);
        break;
    }
    if (!searched)
        what += Tr::tr("; it cannot be opened to search, so it may hold them");
    return Tr::tr("%1 (%2)").arg(fileName(), what);
}

QList<BackupCopy> BackupCopies::holding(const Database &db, const QList<QUuid> &people)
{
    const QString folderPath = Backup::folderPath(db.path());
    if (!QFileInfo(folderPath).isDir() || people.isEmpty())
        return {};
    const QString base = QFileInfo(db.path()).completeBaseName();
    QStringList paths = Backup::allBackups(db.path());
    const QDir folder(folderPath);
    for (const QFileInfo &damaged :
         folder.entryInfoList({ base + QStringLiteral(".damaged-*") }, QDir::Files)) {
        const QString name = damaged.fileName();
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm"))
            && !name.endsWith(QLatin1String("-journal")))
            paths << damaged.absoluteFilePath();
    }

    // The rotation keeps the newest `keep` daily copies when it takes the next, which is on
    // the first day HubRegister opens the file after the newest daily copy's day.
    const int keep = qMax(1,
                          db.setting(QLatin1String(Backup::kDailyKeptSetting),
                                     QString::number(Backup::kDefaultDailyKept))
                              .toInt());
    QStringList dailies;
    for (const QString &path : std::as_const(paths)) {
        if (kindOf(QFileInfo(path).fileName(), base) == BackupCopy::Kind::Daily)
            dailies << QFileInfo(path).fileName();
    }
    std::sort(dailies.begin(), dailies.end(), std::greater<QString>());
    const QDate today = db.clock().today();
    const QDate newest = dailies.isEmpty() ? today : dailyDate(dailies.first());
    const QDate nextDaily = qMax(today, newest.addDays(1));

    QSet<QString> wanted;
    for (const QUuid &uuid : people)
        wanted.insert(uuid.toString(QUuid::WithoutBraces));
    QList<BackupCopy> copies;
    for (const QString &path : std::as_const(paths)) {
        BackupCopy copy;
        copy.path = QFileInfo(path).absoluteFilePath();
        copy.kind = kindOf(QFileInfo(path).fileName(), base);
        copy.taken = QFileInfo(path).lastModified();
        const auto named = namedPeopleIn(path);
        copy.searched = named.has_value();
        for (const QUuid &uuid : people) {
            if (!named || named->contains(uuid.toString(QUuid::WithoutBraces)))
                copy.holds << uuid;
        }
        if (copy.holds.isEmpty())
            continue;
        if (copy.kind == BackupCopy::Kind::Daily) {
            const int index = int(dailies.indexOf(copy.fileName()));
            copy.goneBy = nextDaily.addDays(qMax(1, keep - index) - 1);
        }
        copies << copy;
    }
    return copies;
}

void BackupCopies::rewrite(const Database &db, const BackupCopy &copy, const QList<QUuid> &people)
{
    const QString what = shown(copy.path);
    const auto fail = [&what](const QString &why) {
        throw StoreError(
            StoreError::Kind::Io,
            Tr::tr("The backup “%1” was not rewritten, and is as it was: %2").arg(what, why));
    };
    if (copy.kind == BackupCopy::Kind::Damaged || !isHubRegisterFile(copy.path))
        fail(Tr::tr("it is damaged or not a HubRegister file; it can only be deleted."));
    const QDateTime taken = QFileInfo(copy.path).lastModified();

    // The working files live in a private folder beside the backup (a rename into place is
    // then atomic) and go with it, whatever happens.
    QTemporaryDir work(
        QDir(QFileInfo(copy.path).absolutePath()).filePath(QStringLiteral(".rewrite-XXXXXX")));
    if (!work.isValid())
        fail(work.errorString());
    const QString workPath = work.filePath(QStringLiteral("work.sqlite"));
    const QString cleanPath = work.filePath(QStringLiteral("clean.sqlite"));
    if (!QFile::copy(copy.path, workPath)
        || !QFile::setPermissions(workPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail(Tr::tr("it could not be copied to work on."));

    // The labels the file gave them, so the copy says the same as the file.
    QHash<QString, QString> labels;
    for (const QUuid &uuid : people) {
        SqlQuery label(db,
                       QStringLiteral("SELECT last_name FROM people WHERE uuid = :uuid AND "
                                      "erased_at IS NOT NULL"));
        label.bind(QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces));
        const QVariant found = label.scalar();
        if (found.isValid())
            labels.insert(uuid.toString(QUuid::WithoutBraces), found.toString());
    }

    QList<QByteArray> forms;
    try {
        auto workDb = Database::open(workPath);
        workDb->setClock(&db.clock());
        QList<RecordId> ids;
        QHash<RecordId, QString> byId;
        for (const QUuid &uuid : people) {
            SqlQuery find(*workDb,
                          QStringLiteral("SELECT id FROM people WHERE uuid = :uuid AND "
                                         "erased_at IS NULL"));
            find.bind(QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces));
            const QVariant id = find.scalar();
            if (!id.isValid())
                continue;
            ids << id.toLongLong();
            const QString label = labels.value(uuid.toString(QUuid::WithoutBraces));
            if (!label.isEmpty())
                byId.insert(id.toLongLong(), label);
        }
        const auto outcome = Erasure(*workDb).erase(ids, {}, byId);
        if (!outcome->residue.clean())
            fail(outcome->residue.summary());
        QList<PersonalTexts> texts;
        for (const ErasureSubject &person : outcome->plan.people)
            texts << person.texts;
        forms = FileResidue::formsIn(*workDb, texts);
        Backup::copyVerified(*workDb, cleanPath);
    } catch (const StoreError &error) {
        fail(error.message());
    }
    if (FileResidue::count(cleanPath, forms) != 0)
        fail(Tr::tr("the rewritten copy still held their details."));
    const auto stillNamed = namedPeopleIn(cleanPath);
    if (!stillNamed)
        fail(Tr::tr("the rewritten copy could not be read back."));
    for (const QUuid &uuid : people) {
        if (stillNamed->contains(uuid.toString(QUuid::WithoutBraces)))
            fail(Tr::tr("the rewritten copy still named them."));
    }

    // The same date as before: the copies are ordered by it, and the restore offers the newest.
    {
        QFile clean(cleanPath);
        if (!clean.open(QIODevice::ReadWrite)
            || !clean.setFileTime(taken, QFileDevice::FileModificationTime))
            fail(Tr::tr("its date could not be kept."));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(cleanPath.toStdWString()),
                            std::filesystem::path(copy.path.toStdWString()), error);
    if (error)
        fail(QString::fromLocal8Bit(error.message().c_str()));
    if (!IntegrityCheck::run(copy.path).intact)
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The rewritten backup “%1” fails its check; delete it.").arg(what));
}

void BackupCopies::remove(const BackupCopy &copy)
{
    if (!QFile::remove(copy.path) && QFileInfo::exists(copy.path))
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("The backup “%1” could not be deleted.").arg(shown(copy.path)));
    removeWithCompanions(copy.path);
}

} // namespace hubreg
