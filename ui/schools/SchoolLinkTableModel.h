#pragma once

#include "domain/School.h"

#include <QAbstractTableModel>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// A school's GIAS links: the schools it came from and the ones it became, with the linked
// school's id in the register where it is there.
class SchoolLinkTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Relation, Urn, Name, LinkType, Date, ColumnCount };
    static constexpr int SchoolIdRole = Qt::UserRole + 1;

    explicit SchoolLinkTableModel(Database &db, QObject *parent = nullptr);
    void setSchool(hubreg::Urn urn);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        bool predecessor = false; // the other school's history passes to this one
        hubreg::Urn otherUrn;
        QString otherName;
        RecordId otherId = 0;
        QString linkType;
        QDate date;
    };
    Database &m_db;
    QList<Row> m_rows;
};

} // namespace hubreg::ui
