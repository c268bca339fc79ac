// Times the exchange on a hub file of national size: thirty Leads, each with a season of three
// Work Groups (six sessions each, about 45 participants), are sent packs; each takes every
// register, moves a session, cancels another and adds a late participant in their copy, and
// sends a return. The hub previews each return (as File > Exchange > Import from Lead shows it
// first), then takes the thirty in one after another, each written in its own transaction, as
// `hubregister merge` does. Works on a copy of the file. Prints one figure a line: "NAME VALUE".
// Usage: hubregister-bench-exchange DATABASE
#include "database/Database.h"
#include "database/StoreError.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubMerge.h"
#include "exchange/HubPackWriter.h"
#include "exchange/LeadUpdate.h"
#include "exchange/PackOpener.h"
#include "exchange/ReturnPackWriter.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace hubreg;

namespace {

constexpr int kLeads = 30;
constexpr int kGroupsEach = 3;
const QString kPassphrase = QStringLiteral("benchmark passphrase");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Three Work Groups of the latest year, of six sessions, for each of the thirty Leads.
QList<QList<RecordId>> seasons(Database &db)
{
    WorkGroupStore groups(db);
    const QList<WorkGroupOverview> all = groups.overview();
    const QString latest = all.isEmpty() ? QString() : all.first().academicYear;
    QList<QList<RecordId>> result;
    QList<RecordId> season;
    for (const WorkGroupOverview &group : all) {
        if (group.academicYear != latest || group.sessionsPlanned != 6 || group.participants < 13
            || group.participants > 16 || group.workGroup.status == WorkGroupStatus::Cancelled)
            continue;
        season << group.workGroup.id;
        if (season.size() == kGroupsEach) {
            result << season;
            season.clear();
            if (result.size() == kLeads)
                break;
        }
    }
    return result;
}

// The Lead's offline season: every register taken, a session moved, the last one cancelled,
// a late participant in each group.
void workOffline(Database &lead, int index)
{
    AttendanceStore marks(lead);
    SessionStore sessions(lead);
    WorkGroupStore groups(lead);
    int n = 0;
    for (const WorkGroupOverview &group : groups.overview()) {
        const RecordId id = group.workGroup.id;
        const QList<ParticipantListing> participants = groups.participants(id);
        Person late;
        late.firstName = QStringLiteral("Late");
        late.lastName = QStringLiteral("Participant %1-%2").arg(index).arg(++n);
        late.email = QStringLiteral("late.%1.%2@bench.example").arg(index).arg(n);
        late.schoolId = participants.isEmpty() ? 0 : participants.first().enrolment.schoolId;
        PersonStore(lead).add(late);
        ParticipantEnrolment enrolment;
        enrolment.workGroupId = id;
        enrolment.personId = late.id;
        const RecordId lateId = groups.enrolParticipant(enrolment).id;
        const QList<Session> list = sessions.list(id);
        for (int s = 0; s + 1 < list.size(); ++s) {
            for (const ParticipantListing &participant : participants) {
                AttendanceRecord mark;
                mark.sessionId = list.at(s).id;
                mark.participantId = participant.enrolment.id;
                mark.mark = participant.enrolment.id % 7 == s ? AttendanceMark::Apologies
                                                              : AttendanceMark::Present;
                mark.note = mark.mark == AttendanceMark::Apologies ? QStringLiteral("Ofsted visit")
                                                                   : QString();
                mark.recordedBy = QStringLiteral("The Lead");
                marks.setMark(mark);
            }
            AttendanceRecord mark;
            mark.sessionId = list.at(s).id;
            mark.participantId = lateId;
            mark.mark = AttendanceMark::Late;
            marks.setMark(mark);
        }
        if (list.size() > 2) {
            Session moved = list.at(2);
            if (moved.date.isValid())
                moved.date = moved.date.addDays(7);
            moved.venue = QStringLiteral("Moved to the school hall");
            sessions.update(moved);
        }
        if (!list.isEmpty())
            sessions.setStatus(list.last().id, SessionStatus::Cancelled);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "Usage: hubregister-bench-exchange DATABASE\n";
        return 64;
    }
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(QStringLiteral("hub.sqlite"));
    if (!QFile::copy(app.arguments().at(1), hubPath)) {
        err << "Cannot copy " << app.arguments().at(1) << '\n';
        return 2;
    }
    try {
        auto hub = Database::open(hubPath);
        ExchangeIdentityStore identities(*hub);
        identities.createHub(HubPackWriter::hubNameFor(*hub), kPassphrase,
                             packcrypto::PasswordCost::moderate(), packcrypto::makeKeys());
        QElapsedTimer timer;
        timer.start();
        const packcrypto::KeySet hubKeys
            = ExchangeIdentityStore::unlock(identities.require(), kPassphrase);
        out << "unlock_ms " << timer.elapsed() << '\n';

        // Thirty Leads, three Work Groups each.
        const QList<QList<RecordId>> all = seasons(*hub);
        // One hub's share of the data has fewer: as many as there are.
        const int leads = int(all.size());
        if (leads == 0) {
            err << "No season of three Work Groups of six sessions in the latest year\n";
            return 2;
        }
        QStringList emails;
        QList<QStringList> codes;
        for (int i = 0; i < leads; ++i) {
            Person lead;
            lead.firstName = QStringLiteral("Bench");
            lead.lastName = QStringLiteral("Lead %1").arg(i + 1);
            lead.email = QStringLiteral("bench.lead.%1@bench.example").arg(i + 1);
            lead.isWorkGroupLead = true;
            PersonStore(*hub).add(lead);
            emails << lead.email;
            QStringList season;
            for (RecordId id : all.at(i)) {
                WorkGroup group = *WorkGroupStore(*hub).find(id);
                group.leadPersonId = lead.id;
                WorkGroupStore(*hub).update(group);
                season << group.code;
            }
            codes << season;
        }

        QList<double> packMs;
        QList<double> openMs;
        QList<double> returnMs;
        QStringList returns;
        int participants = 0;
        int changes = 0;
        for (int i = 0; i < leads; ++i) {
            HubPackRequest request;
            request.leadEmail = emails.at(i);
            request.workGroupCodes = codes.at(i);
            request.codeCost = packcrypto::PasswordCost::minimum();
            const QString first = dir.filePath(QStringLiteral("to-lead-%1.hubpack").arg(i));
            timer.restart();
            const HubPackResult made = HubPackWriter(*hub).write(request, hubKeys, first);
            packMs << timer.nsecsElapsed() / 1e6;

            const QString copyPath = dir.filePath(QStringLiteral("lead-%1.sqlite").arg(i));
            auto copy = Database::open(copyPath);
            timer.restart();
            LeadUpdate update(*copy,
                              PackOpener::openWithCode(PackOpener::inspect(first), made.code));
            update.setPassphrase(kPassphrase, packcrypto::PasswordCost::minimum());
            update.apply(true);
            openMs << timer.nsecsElapsed() / 1e6;
            for (const WorkGroupOverview &group : WorkGroupStore(*copy).overview())
                participants += group.participants;

            workOffline(*copy, i);
            const QString back = dir.filePath(QStringLiteral("return-%1.hubpack").arg(i));
            const packcrypto::KeySet leadKeys = ExchangeIdentityStore::unlock(
                ExchangeIdentityStore(*copy).require(), kPassphrase);
            timer.restart();
            changes += ReturnPackWriter(*copy).write(leadKeys, back).changes;
            returnMs << timer.nsecsElapsed() / 1e6;
            returns << back;
            copy.reset();
            QFile::remove(copyPath);
        }
        out << "leads " << leads << '\n'
            << "participants_per_lead " << participants / double(leads) << '\n'
            << "records_per_return " << changes / double(leads) << '\n'
            << "pack_to_lead_ms_median " << median(packMs) << '\n'
            << "open_in_copy_ms_median " << median(openMs) << '\n'
            << "return_pack_ms_median " << median(returnMs) << '\n';

        // The timed merges: each read, opened, previewed and written, one after another.
        // What the window shows first: each return opened and previewed (the whole merge, rolled
        // back; it changes nothing, so the merges below are not affected).
        QList<double> previewMs;
        for (const QString &path : returns) {
            timer.restart();
            const PackEnvelope envelope = PackOpener::inspect(path);
            PackOpener::checkAddressee(*hub, envelope);
            HubMerge merge(*hub, PackOpener::open(*hub, envelope, hubKeys));
            const ExchangeReport preview = merge.preview();
            previewMs << timer.nsecsElapsed() / 1e6;
            if (!preview.conflicts.isEmpty() || !preview.leftOut.isEmpty())
                err << path << ": " << preview.summary() << '\n';
        }

        // The merges, one after another as `hubregister merge` takes them: each read, opened
        // and written in its own transaction. Wall-clock time, and the processor time this
        // program had: on a busy machine the first includes waiting for the processor.
        QList<double> mergeMs;
        QList<double> mergeCpuMs;
        QElapsedTimer all30;
        all30.start();
        const std::clock_t cpuStart = std::clock();
        for (const QString &path : returns) {
            timer.restart();
            const std::clock_t cpu = std::clock();
            const PackEnvelope envelope = PackOpener::inspect(path);
            PackOpener::checkAddressee(*hub, envelope);
            HubMerge merge(*hub, PackOpener::open(*hub, envelope, hubKeys));
            merge.setDefaultSide(Side::Lead);
            const ExchangeReport report = merge.apply(true);
            mergeMs << timer.nsecsElapsed() / 1e6;
            mergeCpuMs << (std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
            if (!report.committed)
                err << path << ": " << report.summary() << '\n';
        }
        const double total = all30.nsecsElapsed() / 1e6;
        out << "preview_ms_median " << median(previewMs) << '\n'
            << "merge_one_cpu_ms_median " << median(mergeCpuMs) << '\n'
            << "merge_all_cpu_ms " << (std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC << '\n'
            << "merge_one_ms_median " << median(mergeMs) << '\n'
            << "merge_one_ms_max " << *std::max_element(mergeMs.cbegin(), mergeMs.cend()) << '\n'
            << "merge_all_ms " << total << '\n';
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return 2;
    } catch (const ExchangeError &error) {
        err << error.message() << '\n';
        return 2;
    }
    return 0;
}
