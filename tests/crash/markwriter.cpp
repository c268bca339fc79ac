// Takes a register the way the program does (one committed write per key press) and reports
// each mark on stdout only after the store has returned: what a Lead sees as "saved".
// Usage: markwriter DATABASE SESSION_ID PARTICIPANT_ID...
#include "database/Database.h"
#include "database/StoreError.h"
#include "records/AttendanceStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    try {
        auto db = hubreg::Database::open(args.at(1));
        hubreg::AttendanceStore store(*db);
        const hubreg::RecordId session = args.at(2).toLongLong();
        QList<hubreg::RecordId> participants;
        for (int i = 3; i < args.size(); ++i)
            participants << args.at(i).toLongLong();
        const QList<hubreg::AttendanceMark> marks = hubreg::allAttendanceMarks();
        for (int round = 0;; ++round) {
            for (int i = 0; i < participants.size(); ++i) {
                hubreg::AttendanceRecord record;
                record.sessionId = session;
                record.participantId = participants.at(i);
                record.mark = marks.at((round + i) % marks.size());
                if (record.mark == hubreg::AttendanceMark::Substitute)
                    record.substituteName = QStringLiteral("Sub %1").arg(round);
                record.note = QStringLiteral("round %1").arg(round);
                store.setMark(record);
                std::printf("saved %lld %c %d\n", static_cast<long long>(record.participantId),
                            hubreg::codeOf(record.mark).toLatin1(), round);
                std::fflush(stdout);
            }
        }
    } catch (const hubreg::StoreError &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 2;
    }
}
