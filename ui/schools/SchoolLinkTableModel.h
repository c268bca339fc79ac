#pragma once

#include "common/RowTableModel.h"
#include "domain/School.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// A GIAS link as seen from one school: the other school, and which way history passes.
struct SchoolLinkRow
{
    bool predecessor = false; // the other school's history passes to this one
    hubreg::Urn otherUrn;
    QString otherName;
    RecordId otherId = 0;
    QString linkType;
    QDate date;
};

// A school's GIAS links: the schools it came from and the ones it became, with the linked
// school's id in the register where it is there.
class SchoolLinkTableModel : public RowTableModel<SchoolLinkRow>
{
    Q_OBJECT

public:
    enum Column { Relation, Urn, Name, LinkType, Date, ColumnCount };
    static constexpr int SchoolIdRole = Qt::UserRole + 1;

    explicit SchoolLinkTableModel(Database &db, QObject *parent = nullptr);
    // Another school: a reset. The same one again: read in place, keeping the selection.
    void setSchool(hubreg::Urn urn);

protected:
    QVariant cellData(const SchoolLinkRow &row, int column, int role) const override;

private:
    Database &m_db;
    hubreg::Urn m_urn;
};

} // namespace hubreg::ui
