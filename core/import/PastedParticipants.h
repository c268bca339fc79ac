#pragma once

#include "HeldPersonFinder.h"
#include "ParticipantFields.h"
#include "SchoolMatcher.h"
#include "domain/Person.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace hubreg {

class Database;

// Cells copied out of a spreadsheet: one row a line, cells split at tabs (at semicolons or
// commas on a line without a tab), quotes as spreadsheets write them. The first line is a
// header when its cells are headings the participant import knows and no cell is an email
// address or a number.
struct PastedBlock
{
    QStringList header; // the header's cells, or "Column 1", "Column 2", ...
    bool hasHeader = false;
    QList<QStringList> rows; // the other non-blank lines, each as wide as the widest
    QList<int> lines; // the line of the pasted text each row came from, counting from 1

    static PastedBlock parse(const QString &text);
    int columnCount() const { return int(header.size()); }
    // The same block read with or without its first line as the header.
    PastedBlock withHeader(bool firstLineIsHeader) const;

private:
    QList<QStringList> m_allRows;
    QList<int> m_allLines;
};

// One pasted row as it would join a Work Group.
struct PastedParticipant
{
    enum class Outcome {
        Add, // joins the Work Group (a new person, or one held)
        NeedsSchool, // no school found: a person must choose one
        SchoolNotInGroup, // its school is not in the Work Group
        AlreadyParticipant, // already in the Work Group: left out
        Repeated, // the same person earlier in the block: left out
        Invalid, // no name, a malformed email address or TRN: left out
    };

    int line = 0;
    Person person; // as the row gives it; schoolId is the school it goes to
    QString groupRole; // only from a column mapped to the role in the Work Group
    bool leadParticipant = false;
    SchoolLookup school; // what the row's URN or name found
    bool schoolChosen = false; // the school was chosen by a person, not found
    std::optional<HeldMatch> held;
    Outcome outcome = Outcome::Add;
    QString message; // why it is not added, or what to know (a person already held)
};

// Reads a pasted block as a participant list for one Work Group, with the participant
// import's fields (ParticipantFields), school matching (SchoolMatcher: by URN, else by name)
// and people already held (HeldPersonFinder). Nothing is written: a person already held joins
// as held, and a row whose school is not found waits for a person to choose it; it is never
// given some other row's school.
class PastedParticipantReader
{
public:
    using Columns = QHash<int, ParticipantField>;

    PastedParticipantReader(Database &db, RecordId workGroupId);

    // The field of each column: from the header's headings when there is one, else from what
    // the cells hold (an @ is an email, six digits a URN, seven a TRN, names of the register's
    // schools a school, the first text columns the name, the next the job title). Nothing is
    // ever guessed to be the role in the Work Group.
    Columns guessColumns(const PastedBlock &block) const;

    // `schoolChoices`: the school a person chose for a row, by its line.
    QList<PastedParticipant> read(const PastedBlock &block, const Columns &columns,
                                  const QHash<int, RecordId> &schoolChoices = {}) const;

private:
    Database &m_db;
    RecordId m_workGroupId;
    mutable QHash<QString, SchoolLookup> m_lookUps; // by URN, name and postcode
};

} // namespace hubreg
