#pragma once

#include <QList>
#include <QString>

namespace hubreg::ui {

// One person read from a block pasted from a spreadsheet.
struct PastedParticipant
{
    QString firstName;
    QString lastName;
    QString email;
    QString urn; // a six-digit cell, when the block has one
    QString role; // a further text cell after the name, when there is one
};

// Reads names and emails from text copied out of a spreadsheet: one person per line, cells
// separated by tabs (or commas or semicolons), in any order. The email is the cell with an @;
// a name is either two cells (first, last) or one (split at its last space). A header line
// with no email in it is skipped, as are blank lines.
QList<PastedParticipant> parsePastedParticipants(const QString &text);

} // namespace hubreg::ui
