#include "ProgrammeTableModel.h"

#include "database/Database.h"
#include "records/ProgrammeStore.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

ProgrammeTableModel::ProgrammeTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = Programme;
    setColumns({
        { tr("Code"), [](const Row &p) { return p.code; } },
        { tr("Title"),
          [](const Row &p) { return p.title; },
          {},
          [](const Row &p) { return p.description; } },
        { tr("Phase"), [](const Row &p) { return displayName(p.phase); } },
        { tr("Strand"), [](const Row &p) { return p.strand; } },
        { tr("Sessions"), [](const Row &p) { return p.defaultSessions; }, kNumber },
        { tr("Completion"), [](const Row &p) { return tr("%1%").arg(p.completionThreshold); },
          kNumber },
        { tr("Prerequisites"),
          [](const Row &p) {
              return p.prerequisites.isNone() ? QString() : p.prerequisites.describe();
          } },
        { tr("Active"), [](const Row &p) { return p.active ? tr("Yes") : tr("No"); } },
    });
    reloadOnChangesTo(m_db, { Entity::Programme }, [this] { reload(); });
    reload();
}

void ProgrammeTableModel::reload()
{
    // A reset, not an update in place: the page's editor follows the current row, and a row
    // removed in place would move it to the neighbour (and open that programme); after a reset
    // the page selects the programme it shows again itself.
    setRows(ProgrammeStore(m_db).list());
}

int ProgrammeTableModel::rowOf(RecordId programmeId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->id == programmeId)
            return row;
    }
    return -1;
}

QVariant ProgrammeTableModel::cellData(const Programme &p, int column, int role) const
{
    if (role == IdRole)
        return p.id;
    if (role == SortRole) {
        switch (column) {
        case Phase:
            return int(p.phase);
        case Sessions:
            return p.defaultSessions;
        case Threshold:
            return p.completionThreshold;
        case Active:
            return p.active;
        default:
            return textOf(p, column);
        }
    }
    if (role == Qt::ForegroundRole && !p.active)
        return QVariant::fromValue(
            QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    return {};
}

} // namespace hubreg::ui
