#include "ProgrammeStore.h"

#include "database/Database.h"
#include "database/RecordIo.h"
#include "database/StoreError.h"

#include <QCoreApplication>

namespace hubreg {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ProgrammeStore)
};

const QString kSelect = QStringLiteral(
    "SELECT id, uuid, created_at, updated_at, version, code, title, phase, strand, description, "
    "default_sessions, participants_per_school, participant_guidance, roles_expected, "
    "completion_threshold, prerequisites, active FROM programmes");

Programme readProgramme(const SqlQuery &query)
{
    Programme p;
    recordio::read(query, p);
    p.code = query.value("code").toString();
    p.title = query.value("title").toString();
    p.phase = phaseFromStorage(query.value("phase").toString());
    p.strand = query.value("strand").toString();
    p.description = query.value("description").toString();
    p.defaultSessions = query.value("default_sessions").toInt();
    p.participantsPerSchool = query.value("participants_per_school").toInt();
    p.participantGuidance = query.value("participant_guidance").toString();
    p.rolesExpected = query.value("roles_expected").toString();
    p.completionThreshold = query.value("completion_threshold").toInt();
    p.prerequisites = EligibilityRule::fromJson(query.value("prerequisites").toString());
    p.active = query.value("active").toBool();
    return p;
}
} // namespace

void ProgrammeStore::validate(const Programme &p) const
{
    const QString record = Tr::tr("Programme “%1”").arg(p.code);
    auto fail = [&](const QString &message, const char *field) {
        throw StoreError(StoreError::Kind::Invalid, message, record, QLatin1String(field));
    };
    if (p.code.trimmed().isEmpty())
        fail(Tr::tr("A programme needs a code, such as TFM-DEV or NCP 24-11."), "code");
    if (p.title.trimmed().isEmpty())
        fail(Tr::tr("A programme needs a title."), "title");
    if (p.defaultSessions < 0 || p.defaultSessions > 100)
        fail(Tr::tr("The default number of sessions must be between 0 and 100."),
             "defaultSessions");
    if (p.participantsPerSchool < 0 || p.participantsPerSchool > 50)
        fail(Tr::tr("Participants per school must be between 0 and 50."), "participantsPerSchool");
    if (p.completionThreshold < 1 || p.completionThreshold > 100)
        fail(Tr::tr("The completion threshold is a percentage from 1 to 100."),
             "completionThreshold");
    // What is written must read back: a rule with an empty list would make every read fail.
    try {
        EligibilityRule::fromJson(p.prerequisites.toJson());
    } catch (const StoreError &error) {
        fail(error.message(), "prerequisites");
    }
    for (const QString &code : p.prerequisites.programmeCodes()) {
        if (code.compare(p.code.trimmed(), Qt::CaseInsensitive) != 0 && !findByCode(code))
            fail(Tr::tr("The prerequisite names programme “%1”, which is not in the catalogue.")
                     .arg(code),
                 "prerequisites");
    }
}

void ProgrammeStore::bindFields(SqlQuery &query, const Programme &p) const
{
    query.bind(QStringLiteral(":code"), p.code.trimmed())
        .bind(QStringLiteral(":title"), p.title.trimmed())
        .bind(QStringLiteral(":phase"), toStorage(p.phase))
        .bind(QStringLiteral(":strand"), p.strand)
        .bind(QStringLiteral(":description"), p.description)
        .bind(QStringLiteral(":default_sessions"), p.defaultSessions)
        .bind(QStringLiteral(":participants_per_school"), p.participantsPerSchool)
        .bind(QStringLiteral(":participant_guidance"), p.participantGuidance)
        .bind(QStringLiteral(":roles_expected"), p.rolesExpected)
        .bind(QStringLiteral(":completion_threshold"), p.completionThreshold)
        .bind(QStringLiteral(":prerequisites"), p.prerequisites.toJson())
        .bind(QStringLiteral(":active"), p.active ? 1 : 0);
}

void ProgrammeStore::add(Programme &programme)
{
    validate(programme);
    if (findByCode(programme.code))
        throw StoreError(
            StoreError::Kind::Duplicate,
            Tr::tr("There is already a programme with the code “%1”.").arg(programme.code),
            Tr::tr("Programme “%1”").arg(programme.code), QStringLiteral("code"));
    Programme stored = programme;
    recordio::stampNew(m_db, stored);
    SqlQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO programmes (uuid, code, title, phase, strand, description, "
            "default_sessions, "
            "participants_per_school, participant_guidance, roles_expected, completion_threshold, "
            "prerequisites, active, created_at, updated_at) VALUES (:uuid, :code, :title, :phase, "
            ":strand, :description, :default_sessions, :participants_per_school, "
            ":participant_guidance, :roles_expected, :completion_threshold, :prerequisites, "
            ":active, "
            ":created_at, :updated_at)"));
    recordio::bindNew(query, stored);
    bindFields(query, stored);
    query.exec();
    stored.id = query.lastInsertId();
    programme = stored;
    m_db.noteChange(Entity::Programme, stored.id);
}

void ProgrammeStore::update(Programme &programme)
{
    validate(programme);
    const auto other = findByCode(programme.code);
    if (other && other->id != programme.id)
        throw StoreError(
            StoreError::Kind::Duplicate,
            Tr::tr("There is already a programme with the code “%1”.").arg(programme.code),
            Tr::tr("Programme “%1”").arg(programme.code), QStringLiteral("code"));
    Programme stored = programme;
    recordio::stampUpdate(m_db, stored);
    SqlQuery query(
        m_db,
        recordio::updateSql(
            QStringLiteral("programmes"),
            QStringLiteral(
                "code = :code, title = :title, phase = :phase, strand = :strand, description = "
                ":description, default_sessions = :default_sessions, participants_per_school = "
                ":participants_per_school, participant_guidance = :participant_guidance, "
                "roles_expected = :roles_expected, completion_threshold = :completion_threshold, "
                "prerequisites = :prerequisites, active = :active")));
    recordio::bindUpdate(query, stored);
    bindFields(query, stored);
    recordio::writeUpdate(m_db, query, QStringLiteral("programmes"), stored,
                          Tr::tr("The programme no longer exists."),
                          Tr::tr("Programme “%1”").arg(programme.code));
    programme = stored;
    m_db.noteChange(Entity::Programme, programme.id);
}

void ProgrammeStore::requireUnused(RecordId id) const
{
    const qint64 used = recordio::count(
        m_db, QStringLiteral("SELECT count(*) FROM work_groups WHERE programme_id = :id"), id);
    if (used > 0)
        throw StoreError(StoreError::Kind::InUse,
                         Tr::tr("%n Work Group(s) use this programme; mark it inactive instead of "
                                "removing it.",
                                nullptr, int(used)));
}

void ProgrammeStore::remove(RecordId id)
{
    requireUnused(id);
    recordio::removeRow(m_db, QStringLiteral("programmes"), id, Entity::Programme,
                        Tr::tr("The programme"));
}

void ProgrammeStore::remove(const Programme &programme)
{
    requireUnused(programme.id);
    SqlQuery query(m_db,
                   QStringLiteral("DELETE FROM programmes WHERE id = :id AND version = :version"));
    query.bind(QStringLiteral(":id"), programme.id)
        .bind(QStringLiteral(":version"), programme.version)
        .exec();
    if (query.rowsAffected() == 0)
        recordio::refuseUnwritten(m_db, QStringLiteral("programmes"), programme,
                                  Tr::tr("The programme no longer exists."),
                                  Tr::tr("Programme “%1”").arg(programme.code));
    m_db.noteChange(Entity::Programme, programme.id);
}

std::optional<Programme> ProgrammeStore::find(RecordId id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readProgramme(query);
}

std::optional<Programme> ProgrammeStore::findByCode(const QString &code) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE code = :code COLLATE NOCASE"));
    query.bind(QStringLiteral(":code"), code.trimmed()).exec();
    if (!query.next())
        return std::nullopt;
    return readProgramme(query);
}

QList<Programme> ProgrammeStore::list(bool activeOnly) const
{
    SqlQuery query(m_db,
                   kSelect + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
                       + QStringLiteral(" ORDER BY CASE phase WHEN 'early-years' THEN 0 WHEN "
                                        "'primary' THEN 1 WHEN 'cross-phase' THEN 2 WHEN "
                                        "'secondary' THEN 3 ELSE 4 END, title COLLATE NOCASE, id"));
    query.exec();
    QList<Programme> programmes;
    while (query.next())
        programmes << readProgramme(query);
    return programmes;
}

} // namespace hubreg
