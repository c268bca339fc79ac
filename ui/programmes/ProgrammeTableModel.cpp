#include "ProgrammeTableModel.h"

#include "database/Database.h"
#include "records/ProgrammeStore.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

ProgrammeTableModel::ProgrammeTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Programme)
            reload();
    });
    reload();
}

void ProgrammeTableModel::reload()
{
    beginResetModel();
    m_rows = ProgrammeStore(m_db).list();
    endResetModel();
}

const Programme *ProgrammeTableModel::programmeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProgrammeTableModel::rowOf(RecordId programmeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == programmeId)
            return row;
    }
    return -1;
}

int ProgrammeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgrammeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeTableModel::data(const QModelIndex &index, int role) const
{
    const Programme *p = programmeAt(index.row());
    if (!p)
        return {};
    if (role == IdRole)
        return p->id;
    if (role == SortRole) {
        switch (index.column()) {
        case Phase:
            return int(p->phase);
        case Sessions:
            return p->defaultSessions;
        case Threshold:
            return p->completionThreshold;
        case Active:
            return p->active;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return p->code;
        case Title:
            return p->title;
        case Phase:
            return displayName(p->phase);
        case Strand:
            return p->strand;
        case Sessions:
            return p->defaultSessions;
        case Threshold:
            return tr("%1%").arg(p->completionThreshold);
        case Prerequisites:
            return p->prerequisites.isNone() ? QString() : p->prerequisites.describe();
        case Active:
            return p->active ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p->description;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Sessions || index.column() == Threshold))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !p->active)
        return QVariant::fromValue(
            QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant ProgrammeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Phase:
        return tr("Phase");
    case Strand:
        return tr("Strand");
    case Sessions:
        return tr("Sessions");
    case Threshold:
        return tr("Completion");
    case Prerequisites:
        return tr("Prerequisites");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace hubreg::ui
