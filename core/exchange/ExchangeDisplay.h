#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace hubreg {

class Database;
class RecordTable;
class UuidResolver;

// Words for people about the records a pack holds: "Session 3 of NCP 24-11 YH03", "Date",
// "05/11/2024", a school's name for its uuid. Records not in the file yet are found among the
// pack's own.
class ExchangeDisplay
{
public:
    ExchangeDisplay(Database &db, UuidResolver &resolver);
    ~ExchangeDisplay();

    // Records of the pack, by uuid, for records it names that this file does not hold.
    void addPackRecord(const QString &kind, const QString &uuid, const QJsonObject &fields);

    QString record(const QString &kind, const QJsonObject &fields);
    QString recordOf(const QString &kind, const QString &uuid);
    QString value(const QString &kind, const QString &field, const QJsonValue &value);
    static QString fieldLabel(const QString &kind, const QString &field);
    // "attendance marks": what a kind of record is called, in the plural.
    static QString kindLabel(const QString &kind);

private:
    Database &m_db;
    UuidResolver &m_resolver;
    QHash<QString, QJsonObject> m_packRecords; // "kind/uuid"
    QHash<QString, QString> m_labels; // "kind/uuid"
    QHash<QString, std::shared_ptr<RecordTable>> m_tables;
    int m_depth = 0;

    std::optional<QJsonObject> stored(const QString &kind, const QString &uuid);
};

} // namespace hubreg
