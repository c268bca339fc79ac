// libFuzzer target for the pack reader and the hub's merge. Bytes that start as a pack does
// ("HUBRPACK") are read the whole way a hub's import reads a pack (envelope, addressee, seal and
// signature with the hub's key, content, merge as a dry run); any other bytes are taken as a
// return pack's content (JSON) that passed its seal and signature, read and merged as a dry
// run: what a Lead's copy, or a broken writer, could send. Seeds: the hostile corpus's packs
// and the contents in tests/data/packs.
// Whatever the bytes, the reader must refuse them with an ExchangeError, or the merge must
// account for them; nothing else may be thrown, and a dry run must leave the file as it was.
// The keys are the hostile corpus's (tests/support/PackCorpus.h), so its packs are good seeds.
#include "PackCorpus.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "exchange/ExchangeError.h"
#include "exchange/HubMerge.h"
#include "exchange/PackContent.h"
#include "exchange/PackOpener.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace hubreg;
using namespace hubreg::test;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<packcrypto::KeySet> keys;
    qint64 rows = 0;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

QUuid fixed(int n)
{
    return QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

qint64 rowCount(Database &db)
{
    return SqlQuery(db,
                    QStringLiteral(
                        "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM sessions) "
                        "+ (SELECT count(*) FROM attendance_marks) + (SELECT count(*) FROM "
                        "work_group_participants) + (SELECT count(*) FROM tombstones) + (SELECT "
                        "count(*) FROM exchange_packs) + (SELECT count(*) FROM schools)"))
        .scalar()
        .toLongLong();
}

// A Work Group whose records have fixed uuids (00000000-0000-4000-8000-00000000000N), so
// seeds can name them and the fuzzer reach the merge of changes to records the hub holds.
void buildHub(Database &db)
{
    Hub hub;
    hub.uuid = fixed(1);
    hub.name = QStringLiteral("Fuzz Maths Hub");
    HubStore(db).add(hub);
    School school;
    school.uuid = fixed(2);
    school.urn = *Urn::fromInt(100001);
    school.name = QStringLiteral("Alder Primary School");
    SchoolStore(db).add(school);
    Person person;
    person.uuid = fixed(3);
    person.firstName = QStringLiteral("Ann");
    person.lastName = QStringLiteral("Ash");
    person.email = QStringLiteral("ann.ash@example.org");
    person.schoolId = school.id;
    PersonStore(db).add(person);
    WorkGroup group;
    group.uuid = fixed(4);
    group.hubId = hub.id;
    group.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("TFM-DEV"))->id;
    group.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
    group.code = QStringLiteral("FUZZ-01");
    WorkGroupStore groups(db);
    groups.add(group);
    SchoolEnrolment enrolment;
    enrolment.uuid = fixed(5);
    enrolment.workGroupId = group.id;
    enrolment.schoolId = school.id;
    groups.enrolSchool(enrolment);
    ParticipantEnrolment participant;
    participant.uuid = fixed(6);
    participant.workGroupId = group.id;
    participant.personId = person.id;
    participant = groups.enrolParticipant(participant);
    for (int n = 0; n < 2; ++n) {
        Session session;
        session.uuid = fixed(7 + n);
        session.workGroupId = group.id;
        session.date = QDate(2024, 10, 1).addDays(28 * n);
        SessionStore(db).add(session);
        AttendanceRecord mark;
        mark.uuid = fixed(9 + n);
        mark.sessionId = session.id;
        mark.participantId = participant.id;
        AttendanceStore(db).setMark(mark);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Fixture &f = fixture();
    f.db = Database::open(f.dir.filePath(QStringLiteral("fuzz.sqlite")));
    std::atexit([] {
        fixture().keys.reset();
        fixture().db.reset();
    });
    buildHub(*f.db);
    ExchangeIdentityStore identities(*f.db);
    identities.createHub(QStringLiteral("Corpus Maths Hub"), packcorpus::kPassphrase,
                         packcrypto::PasswordCost::minimum(), packcorpus::hubKeys(),
                         packcorpus::kHubId);
    ExchangeLead lead;
    lead.leadUuid = packcorpus::kLead;
    lead.publicKeys = packcorpus::leadKeys().publicKeys;
    lead.keysIssuedAt = QDateTime(QDate(2024, 9, 1), QTime(9, 0), Qt::UTC);
    identities.saveLead(lead);
    f.keys = std::make_unique<packcrypto::KeySet>(
        ExchangeIdentityStore::unlock(identities.require(), packcorpus::kPassphrase));
    f.rows = rowCount(*f.db);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        std::optional<HubMerge> merge;
        if (bytes.startsWith("HUBRPACK")) {
            const PackEnvelope envelope
                = PackOpener::inspect(bytes, QStringLiteral("fuzz.hubpack"));
            PackOpener::checkAddressee(*f.db, envelope);
            merge.emplace(*f.db, PackOpener::open(*f.db, envelope, *f.keys));
        } else {
            merge.emplace(*f.db,
                          packcontent::decode(packcorpus::returnHeader(), qCompress(bytes),
                                              QStringLiteral("fuzz.hubpack")));
        }
        const ExchangeReport preview = merge->preview();
        require(!preview.committed);
        merge->decideAll(Side::Lead);
        const ExchangeReport report = merge->apply(true, true);
        require(!report.committed && report.undecided() == 0);
        for (const LeftOutRecord &left : report.leftOut)
            require(!left.reason.isEmpty());
    } catch (const ExchangeError &error) {
        require(!error.message().isEmpty() && error.message().size() < 2000);
    }
    require(rowCount(*f.db) == f.rows);
    return 0;
}
