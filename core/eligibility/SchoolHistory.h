#pragma once

#include "domain/School.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace hubreg {

class Database;

// Which Work Groups count as a school's history for an eligibility check.
struct EligibilityScope
{
    QString upToYear; // only Work Groups of this year ("2025/26") and earlier; empty: all
    RecordId workGroupId = 0; // this Work Group itself never counts; 0: none left out
};

// A URN in a school's history and how it came to be there.
struct HistoryUrn
{
    Urn urn;
    int depth = 0; // 0: the school itself; 1: a direct predecessor; 2: its predecessor; ...
    Urn via; // the URN this one is a predecessor of
    QString linkType; // the GIAS link that says so ("Predecessor - merged")
};

// One enrolment of the school, or of a predecessor, in a Work Group that was not cancelled.
struct Participation
{
    RecordId workGroupId = 0;
    QString workGroupCode;
    QString programmeCode;
    QString programmeTitle;
    QString academicYear;
    Urn urn;
    QString schoolName;
    QDate withdrawnOn; // valid when the school withdrew: that does not count as taking part

    bool counts() const { return !withdrawnOn.isValid(); }
};

// A school's record of taking part in Work Groups under its own URN and every predecessor's
// (GIAS links: an academy keeps its predecessor's history, a merged school each predecessor's).
class SchoolHistory
{
public:
    // Throws StoreError when the database cannot be read.
    static SchoolHistory load(const Database &db, const School &school,
                              const EligibilityScope &scope);

    const School &school() const { return m_school; }
    const QList<HistoryUrn> &urns() const { return m_urns; } // nearest first, the school first
    const QList<Participation> &participations() const { return m_participations; } // newest first

    // Taking part (not withdrawn) / withdrawn enrolments in any of `codes`, case-insensitive.
    QList<Participation> tookPartIn(const QStringList &codes) const;
    QList<Participation> withdrewFrom(const QStringList &codes) const;

    // How `urn` relates to the school, for sentences: "its predecessor", "a school that merged
    // into it", "an earlier predecessor (through URN 123456)".
    QString relationOf(Urn urn) const;
    // The predecessors' URNs, nearest first, as "123456, 123457".
    QString predecessorList() const;

private:
    QList<Participation> matching(const QStringList &codes, bool counting) const;

    School m_school;
    QList<HistoryUrn> m_urns;
    QList<Participation> m_participations;
};

} // namespace hubreg
