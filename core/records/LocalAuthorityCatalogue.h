#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// A local authority as GIAS numbers it ("202", Camden), with the schools this file holds in it.
struct LocalAuthority
{
    QString code;
    QString name;
    int schools = 0; // schools of the register in it, open or not
    int openSchools = 0;

    // "Camden (202)".
    QString describe() const;
};

// The local authorities a hub picks its area from: England's, as GIAS numbers them, before any
// extract is imported, with the names a GIAS extract gives where the register has schools in
// them, and any other code the register's schools use.
class LocalAuthorityCatalogue
{
public:
    explicit LocalAuthorityCatalogue(const Database &db)
        : m_db(db)
    { }

    // By name, each code once.
    QList<LocalAuthority> all() const;
    std::optional<LocalAuthority> find(const QString &code) const;

    // England's local authorities as GIAS numbered them in 2024, by code.
    static QList<LocalAuthority> published();
    // Whether `code` is written as GIAS writes one: three digits.
    static bool isValidCode(const QString &code);

private:
    const Database &m_db;
};

} // namespace hubreg
