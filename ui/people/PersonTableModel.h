#pragma once

#include "stores/PersonStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// People the hub works with: name, email, school, role, TRN and whether they lead Work Groups.
// A hub knows hundreds or a few thousand people, so all matches are held and sorted in memory.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, School, Role, Trn, Lead, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit PersonTableModel(Database &db, QObject *parent = nullptr);

    void setQuery(const PersonQuery &query);
    void reload();
    const Person *personAt(int row) const;
    int rowOf(RecordId personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString schoolName(RecordId schoolId) const;

    Database &m_db;
    PersonQuery m_query;
    QList<Person> m_rows;
    mutable QHash<RecordId, QString> m_schoolNames;
};

} // namespace hubreg::ui
