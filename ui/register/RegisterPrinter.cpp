#include "RegisterPrinter.h"

#include "RegisterGridModel.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "sessions/SessionTableModel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include <utility>

namespace hubreg::ui::printing {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::printing)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kStyle = QStringLiteral("<style>"
                                      "body { font-family: sans-serif; font-size: 10pt; }"
                                      "h1 { font-size: 16pt; margin-bottom: 2pt; }"
                                      "p.meta { margin-top: 0; }"
                                      "table { border-collapse: collapse; }"
                                      "th, td { border: 1px solid #888; padding: 3px 5px; }"
                                      "th { background: #e6e6e6; }"
                                      "tr.school td { background: #f0f0f0; font-weight: bold; }"
                                      "td.sign { width: 45%; }"
                                      "td.cancelled, th.cancelled { color: #999; }"
                                      "</style>");
} // namespace

QString signInSheetHtml(Database &db, RecordId sessionId)
{
    const auto session = SessionStore(db).find(sessionId);
    if (!session)
        return {};
    const auto workGroup = WorkGroupStore(db).find(session->workGroupId);
    const auto programme
        = workGroup ? ProgrammeStore(db).find(workGroup->programmeId) : std::nullopt;
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Sign-in sheet")));
    QStringList meta;
    if (workGroup)
        meta << esc(workGroup->title.isEmpty()
                        ? workGroup->code
                        : workGroup->code + QStringLiteral(" – ") + workGroup->title);
    if (programme)
        meta << esc(programme->title);
    QString when = session->date.isValid()
        ? QLocale().toString(session->date, QStringLiteral("dddd d MMMM yyyy"))
        : Tr::tr("date to be arranged");
    if (!timeRange(*session).isEmpty())
        when += QStringLiteral(", ") + timeRange(*session);
    meta << esc(session->title) + QStringLiteral(" · ") + esc(when);
    if (!session->venue.isEmpty())
        meta << esc(session->venue);
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral("<br/>")));

    html += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(Tr::tr("Name")), esc(Tr::tr("Role")), esc(Tr::tr("Signature")));
    RecordId school = -1;
    for (const ParticipantListing &p : WorkGroupStore(db).participants(session->workGroupId)) {
        if (session->kind == SessionKind::SchoolVisit
            && p.enrolment.schoolId != session->visitSchoolId)
            continue;
        if (session->date.isValid()
            && ((p.enrolment.leftOn.isValid() && p.enrolment.leftOn < session->date)
                || (p.enrolment.joinedOn.isValid() && p.enrolment.joinedOn > session->date)))
            continue; // not in the group on the day
        if (p.enrolment.schoolId != school) {
            school = p.enrolment.schoolId;
            html += QStringLiteral("<tr class=\"school\"><td colspan=\"3\">%1 (URN %2)</td></tr>")
                        .arg(esc(p.schoolName), p.schoolUrn.toString());
        }
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td class=\"sign\">&nbsp;<br/>&nbsp;</td></tr>")
                    .arg(esc(p.fullName()), esc(p.enrolment.role));
    }
    html += QStringLiteral("<tr class=\"school\"><td colspan=\"3\">%1</td></tr>")
                .arg(esc(Tr::tr("Anyone else (name and school)")));
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral(
            "<tr><td>&nbsp;<br/>&nbsp;</td><td></td><td class=\"sign\"></td></tr>");
    html += QStringLiteral("</table></body></html>");
    return html;
}

QString registerHtml(const QAbstractItemModel &grid, const QString &title)
{
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                .arg(esc(Tr::tr("Register")), esc(title));
    html += QStringLiteral("<table width=\"100%\"><tr>");
    for (int column = 0; column < grid.columnCount(); ++column) {
        const bool cancelled
            = grid.headerData(column, Qt::Horizontal, Qt::ForegroundRole).isValid();
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(cancelled ? QStringLiteral(" class=\"cancelled\"") : QString(),
                         esc(grid.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
                             .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</tr>");
    for (int row = 0; row < grid.rowCount(); ++row) {
        const auto kind = RegisterGridModel::RowKind(
            grid.index(row, 0).data(RegisterGridModel::RowKindRole).toInt());
        html += kind == RegisterGridModel::RowKind::Participant
            ? QStringLiteral("<tr>")
            : QStringLiteral("<tr class=\"school\">");
        for (int column = 0; column < grid.columnCount(); ++column) {
            const QModelIndex index = grid.index(row, column);
            const QString align = column == 0 ? QStringLiteral("left") : QStringLiteral("center");
            QString cell = esc(index.data().toString().trimmed());
            // Who came for a substitute, under the S.
            const QString substitute
                = index.data(RegisterGridModel::SubstituteRole).toString().trimmed();
            if (!substitute.isEmpty())
                cell += QStringLiteral("<br/><small>(%1)</small>").arg(esc(substitute));
            html += QStringLiteral("<td align=\"%1\">%2</td>").arg(align, cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p></body></html>")
                .arg(esc(Tr::tr(
                    "P present · L late · E left early · S substitute (who came, in brackets) · "
                    "A apologies · X absent · N not expected · – not in the Work Group that day · "
                    "✓ the school attended · ✗ nobody from the school attended. Cancelled "
                    "sessions count nowhere.")));
    return html;
}

void print(const QString &html, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

bool savePdf(const QString &html, const QString &path, QPageLayout::Orientation orientation)
{
    {
        // The register names people: the file is private before the printer writes a byte.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    print(html, printer);
    if (QFileInfo(path).size() > 0)
        return true;
    QFile::remove(path);
    return false;
}

namespace {
QString &nextPdf()
{
    static QString path;
    return path;
}
} // namespace

void printNextToPdf(const QString &path)
{
    nextPdf() = path;
}

void printWithDialog(const QString &html, QPageLayout::Orientation orientation, QWidget *parent)
{
    if (!nextPdf().isEmpty()) {
        savePdf(html, std::exchange(nextPdf(), QString()), orientation);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(orientation);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        print(html, printer);
}

} // namespace hubreg::ui::printing
