#include "SchoolTableModel.h"

#include "database/Database.h"

#include <QTimer>

namespace hubreg::ui {

SchoolTableModel::SchoolTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_countLater(new QTimer(this))
{
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(kCountDelayMs);
    connect(m_countLater, &QTimer::timeout, this, &SchoolTableModel::countNow);
    m_query.limit = kPageSize;
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::School)
            reload();
    });
    reload();
}

void SchoolTableModel::setFilter(const SchoolQuery &filter)
{
    m_query.text = filter.text;
    m_query.phase = filter.phase;
    m_query.status = filter.status;
    m_query.laCode = filter.laCode;
    m_query.openOnly = filter.openOnly;
    reload();
}

void SchoolTableModel::reload()
{
    beginResetModel();
    SchoolQuery first = m_query;
    first.offset = 0;
    first.limit = kPageSize;
    m_rows = SchoolStore(m_db).list(first);
    // Counting every match is a second pass over 52,000 schools on a national register: while a
    // search is being typed the first page is enough, and the count follows when typing pauses.
    m_countLater->stop();
    m_total = m_rows.size() < kPageSize ? int(m_rows.size()) : -1;
    endResetModel();
    emit totalCountChanged(m_total);
    if (m_total < 0)
        m_countLater->start();
}

int SchoolTableModel::totalCount()
{
    if (m_total < 0)
        countNow();
    return m_total;
}

void SchoolTableModel::countNow()
{
    m_countLater->stop();
    if (m_total >= 0)
        return;
    SchoolQuery all = m_query;
    all.offset = 0;
    all.limit = -1;
    m_total = qMax(SchoolStore(m_db).count(all), int(m_rows.size()));
    emit totalCountChanged(m_total);
}

const School *SchoolTableModel::schoolAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SchoolTableModel::rowOf(RecordId schoolId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == schoolId)
            return row;
    }
    return -1;
}

int SchoolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchoolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolTableModel::data(const QModelIndex &index, int role) const
{
    const School *school = schoolAt(index.row());
    if (!school || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return school->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Urn:
            return school->urn.toString();
        case Name:
            return school->name;
        case Town:
            return school->town;
        case Postcode:
            return school->postcode;
        case LocalAuthority:
            return school->laName;
        case Phase:
            return school->phase;
        case Status:
            return school->status;
        case Type:
            return school->establishmentType;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return school->address();
    return {};
}

QVariant SchoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Urn:
        return tr("URN");
    case Name:
        return tr("Name");
    case Town:
        return tr("Town");
    case Postcode:
        return tr("Postcode");
    case LocalAuthority:
        return tr("Local authority");
    case Phase:
        return tr("Phase");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

bool SchoolTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    // Not counted yet: every page so far was full, so there may be more.
    return m_total < 0 ? true : m_rows.size() < m_total;
}

void SchoolTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    SchoolQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = kPageSize;
    const QList<School> more = SchoolStore(m_db).list(next);
    if (more.isEmpty()) {
        // The end (or the register shrank since it was counted): stop asking for more.
        m_countLater->stop();
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    if (m_total < 0 && more.size() < kPageSize) {
        // The last page: the count is known without counting.
        m_countLater->stop();
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
    }
}

void SchoolTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = SchoolQuery::SortColumn;
    switch (column) {
    case Urn:
        m_query.sortColumn = Sort::Urn;
        break;
    case Name:
        m_query.sortColumn = Sort::Name;
        break;
    case Town:
        m_query.sortColumn = Sort::Town;
        break;
    case Postcode:
        m_query.sortColumn = Sort::Postcode;
        break;
    case LocalAuthority:
        m_query.sortColumn = Sort::LocalAuthority;
        break;
    case Phase:
        m_query.sortColumn = Sort::Phase;
        break;
    case Status:
        m_query.sortColumn = Sort::Status;
        break;
    default:
        return; // the store sorts by these columns only
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace hubreg::ui
