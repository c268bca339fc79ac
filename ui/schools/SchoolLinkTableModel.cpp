#include "SchoolLinkTableModel.h"

#include "domain/Validation.h"
#include "records/SchoolStore.h"

namespace hubreg::ui {

SchoolLinkTableModel::SchoolLinkTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = SchoolLinkRow;
    setColumns({
        { tr("Relation"),
          [](const Row &row) { return row.predecessor ? tr("Came from") : tr("Became"); } },
        { tr("URN"), [](const Row &row) { return row.otherUrn.toString(); } },
        { tr("School"), [](const Row &row) { return row.otherName; } },
        { tr("GIAS link"), [](const Row &row) { return row.linkType; } },
        { tr("Since"), [](const Row &row) { return validation::formatUkDate(row.date); } },
    });
}

void SchoolLinkTableModel::setSchool(hubreg::Urn urn)
{
    QList<SchoolLinkRow> rows;
    const SchoolStore store(m_db);
    for (const SchoolLink &link : store.linksOf(urn)) {
        SchoolLinkRow row;
        const bool fromThis = link.urn == urn;
        row.otherUrn = fromThis ? link.linkedUrn : link.urn;
        // A link read from the other school's side says the opposite of what it says here.
        row.predecessor = fromThis ? link.isPredecessor() : link.isSuccessor();
        row.linkType = link.linkType;
        row.date = link.establishedOn;
        const auto other = store.findByUrn(row.otherUrn);
        row.otherName = other ? other->name : (fromThis ? link.linkedName : QString());
        row.otherId = other ? other->id : 0;
        rows << row;
    }
    const bool same = urn == m_urn;
    m_urn = urn;
    setRows(
        rows,
        [](const SchoolLinkRow &row) {
            return std::pair(row.otherUrn.toString(), row.predecessor);
        },
        same);
}

QVariant SchoolLinkTableModel::cellData(const SchoolLinkRow &row, int, int role) const
{
    if (role == SchoolIdRole)
        return row.otherId;
    if (role == Qt::ToolTipRole && row.otherId == 0)
        return tr("Not in this file's school register");
    return {};
}

} // namespace hubreg::ui
