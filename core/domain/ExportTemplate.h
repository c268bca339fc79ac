#pragma once

#include "Record.h"

#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

// The returns HubRegister writes for the NCETM (docs/exports.md).
enum class ReportKind { Participants, Schools, Sessions, Register, Engagement };

QString toStorage(ReportKind report);
// Throws nothing: an unknown name gives std::nullopt.
std::optional<ReportKind> reportKindFromStorage(const QString &text);
QString displayName(ReportKind report);
QList<ReportKind> allReportKinds();

// One column of an export as the template lays it out.
struct ExportColumn
{
    QString key; // the report's column key, e.g. "school_urn"
    QString heading; // the heading written in the file

    friend bool operator==(const ExportColumn &a, const ExportColumn &b)
    {
        return a.key == b.key && a.heading == b.heading;
    }
};

// A named layout of one report: which columns, in which order, under which headings, so a hub
// can match whatever layout the NCETM asks for this year.
struct ExportTemplate : Record
{
    ReportKind report = ReportKind::Participants;
    QString name;
    QList<ExportColumn> columns;
};

} // namespace hubreg
