#pragma once

#include "Record.h"
#include "Validation.h"

#include <QDate>
#include <QString>

namespace hubreg {

// An establishment from GIAS, identified by its URN. Classification fields keep GIAS's own
// wording ("Primary", "Open, but proposed to close"), as GIAS changes them between extracts.
struct School : Record
{
    Urn urn;
    QString name;
    QString laCode;
    QString laName;
    QString establishmentType;
    QString typeGroup;
    QString phase;
    QString status = QStringLiteral("Open");
    QString street;
    QString locality;
    QString address3;
    QString town;
    QString county;
    QString postcode;
    QString trustName;
    QString headTitle;
    QString headFirstName;
    QString headLastName;
    QString telephone;
    QString website;
    QDate openDate;
    QDate closeDate;
    int statutoryLowAge = -1;  // -1: not known
    int statutoryHighAge = -1; // -1: not known
    int pupils = -1;           // -1: not known
    bool hasMasterySpecialist = false;
    QString barrier; // why the school is ready for Mastery Readiness; empty when none recorded
    QString notes;

    bool isOpen() const { return status.startsWith(QLatin1String("Open")); }
    QString headteacher() const;
    QString address() const; // one line: street, locality, town, postcode
};

// A GIAS link from one URN to another ("Predecessor", "Successor - merged", ...).
struct SchoolLink : Record
{
    Urn urn;
    Urn linkedUrn;
    QString linkType;
    QString linkedName;
    QDate establishedOn;

    // A predecessor of `urn`: its history belongs to `urn` too.
    bool isPredecessor() const { return linkType.startsWith(QLatin1String("Predecessor")); }
    bool isSuccessor() const { return linkType.startsWith(QLatin1String("Successor")); }
};

} // namespace hubreg
