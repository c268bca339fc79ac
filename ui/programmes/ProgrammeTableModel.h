#pragma once

#include "domain/Programme.h"

#include <QAbstractTableModel>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The programme catalogue as a table: one row per programme, in the store's order (by phase,
// then title), refreshed whenever a programme changes.
class ProgrammeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Title,
        Phase,
        Strand,
        Sessions,
        Threshold,
        Prerequisites,
        Active,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ProgrammeTableModel(Database &db, QObject *parent = nullptr);

    void reload();
    const Programme *programmeAt(int row) const;
    int rowOf(RecordId programmeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Database &m_db;
    QList<Programme> m_rows;
};

} // namespace hubreg::ui
