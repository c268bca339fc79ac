#include "TakeRegisterModel.h"

#include "common/ShownCells.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

TakeRegisterModel::TakeRegisterModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::AttendanceMark)
            refreshMarks();
        else if (change.entity == Entity::Session && m_session)
            refreshSession(change);
        else if (change.entity == Entity::Session || change.entity == Entity::ParticipantEnrolment
                 || change.entity == Entity::Person || change.entity == Entity::SchoolEnrolment)
            reload();
    });
}

void TakeRegisterModel::setSession(RecordId sessionId)
{
    m_sessionId = sessionId;
    reload();
}

RecordId TakeRegisterModel::sessionId() const
{
    return m_workspace.ids().current(Entity::Session, m_sessionId);
}

void TakeRegisterModel::reload()
{
    Database &db = m_workspace.database();
    beginResetModel();
    m_session = SessionStore(db).find(sessionId());
    m_rows.clear();
    if (m_session) {
        for (const ParticipantListing &participant :
             WorkGroupStore(db).participants(m_session->workGroupId)) {
            if (m_session->kind == SessionKind::SchoolVisit
                && participant.enrolment.schoolId != m_session->visitSchoolId)
                continue;
            m_rows << participant;
        }
    }
    m_marks.clear();
    if (m_session) {
        for (const AttendanceRecord &mark : AttendanceStore(db).marksForSession(m_session->id))
            m_marks.insert(mark.participantId, mark);
    }
    endResetModel();
}

void TakeRegisterModel::refreshMarks()
{
    if (!m_session)
        return;
    const ShownCells before(*this);
    m_marks.clear();
    for (const AttendanceRecord &mark :
         AttendanceStore(m_workspace.database()).marksForSession(m_session->id))
        m_marks.insert(mark.participantId, mark);
    before.reportChanges(*this);
}

void TakeRegisterModel::refreshSession(const Change &change)
{
    if (!change.touches(m_session->id))
        return;
    const auto session = SessionStore(m_workspace.database()).find(m_session->id);
    // Another kind of session, or a visit to another school, lists other people.
    if (!session || session->kind != m_session->kind
        || session->visitSchoolId != m_session->visitSchoolId) {
        reload();
        return;
    }
    const ShownCells before(*this);
    m_session = session;
    before.reportChanges(*this);
}

RecordId TakeRegisterModel::participantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).enrolment.id : 0;
}

int TakeRegisterModel::rowOf(RecordId participantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).enrolment.id == participantId)
            return row;
    }
    return -1;
}

std::optional<AttendanceRecord> TakeRegisterModel::markAt(int row) const
{
    const auto found = m_marks.constFind(participantAt(row));
    if (found == m_marks.cend())
        return std::nullopt;
    return *found;
}

bool TakeRegisterModel::isExpectedAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_session)
        return false;
    const ParticipantEnrolment &e = m_rows.at(row).enrolment;
    const QDate on = m_session->date;
    if (!on.isValid())
        return true;
    return (!e.joinedOn.isValid() || on >= e.joinedOn) && (!e.leftOn.isValid() || on <= e.leftOn);
}

int TakeRegisterModel::unmarkedCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += (!markAt(row) && isExpectedAt(row)) ? 1 : 0;
    return count;
}

int TakeRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TakeRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TakeRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ParticipantListing &row = m_rows.at(index.row());
    const auto mark = markAt(index.row());
    if (role == ParticipantIdRole)
        return row.enrolment.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case School:
            return row.schoolName;
        case Name:
            return row.fullName();
        case Mark:
            if (!mark)
                return isExpectedAt(index.row()) || role == Qt::EditRole
                    ? QString()
                    : tr("(not in the group then)");
            return tr("%1  %2").arg(codeOf(mark->mark)).arg(displayName(mark->mark));
        case Substitute:
            return mark ? mark->substituteName : QString();
        case Note:
            return mark ? mark->note : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !isExpectedAt(index.row()))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Substitute)
        return tr("Who came instead, for a substitute (S)");
    return {};
}

bool TakeRegisterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole
        || (index.column() != Substitute && index.column() != Note))
        return false;
    AttendanceRecord record = markAt(index.row()).value_or(AttendanceRecord());
    const QString text = value.toString().trimmed();
    if (index.column() == Substitute) {
        if (text == record.substituteName)
            return false;
        record.substituteName = text;
        // A name for whoever came instead makes the mark a substitute.
        if (!text.isEmpty())
            record.mark = AttendanceMark::Substitute;
    } else {
        if (text == record.note)
            return false;
        record.note = text;
    }
    emit markEditRequested(participantAt(index.row()), record);
    return true;
}

Qt::ItemFlags TakeRegisterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool open = m_session && m_session->status != SessionStatus::Cancelled;
    // A note belongs to a mark, so it waits until the person has one.
    if (open && index.isValid()
        && (index.column() == Substitute || (index.column() == Note && markAt(index.row()))))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TakeRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case School:
        return tr("School");
    case Name:
        return tr("Participant");
    case Mark:
        return tr("Mark");
    case Substitute:
        return tr("Substitute");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hubreg::ui
