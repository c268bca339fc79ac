#include "SubjectAccessDocument.h"

#include "database/Database.h"
#include "privacy/PrivateFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace hubreg::ui::subjectaccess {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::SubjectAccessDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString moment(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                         : QString();
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("–") : esc(value));
}

QString headings(const QStringList &names)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &name : names)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(name));
    return html + QStringLiteral("</tr>");
}

QString cells(const QStringList &values)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &value : values)
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(value));
    return html + QStringLiteral("</tr>");
}

const QString kTable
    = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");

} // namespace

QString html(const SubjectAccessReport &report)
{
    const Person &person = report.person;
    QString h = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(Tr::tr("Personal data held about %1").arg(person.fullName())));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(Tr::tr("Everything the HubRegister file “%1” of %2 holds about you, on %3. "
                             "The same data comes as a JSON file beside this document, for a "
                             "computer to read.")
                          .arg(report.fileName, report.hubs.join(QStringLiteral(", ")),
                               moment(report.generatedAt))));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Your details")));
    h += kTable;
    h += row(Tr::tr("Name"), person.fullName());
    h += row(Tr::tr("Email"), person.email);
    h += row(Tr::tr("Phone"), person.phone);
    h += row(Tr::tr("Job role"), person.role);
    h += row(Tr::tr("Year group"), person.yearGroup);
    h += row(Tr::tr("TRN"), person.trn);
    h += row(Tr::tr("School"), report.school);
    h += row(Tr::tr("Work Group Lead"), yesNo(person.isWorkGroupLead));
    h += row(Tr::tr("Mastery Specialist"), yesNo(person.isMasterySpecialist));
    h += row(Tr::tr("Notes"), person.notes);
    h += row(Tr::tr("Record made"), moment(person.createdAt));
    h += row(Tr::tr("Last changed"), moment(person.updatedAt));
    h += row(Tr::tr("Reference"), person.uuid.toString(QUuid::WithoutBraces));
    h += QStringLiteral("</table>");
    if (report.keptUntil.isValid())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Tr::tr("Under the hub's retention policy your name and details are "
                                 "kept until %1; after that they are erased, and your attendance "
                                 "is kept only as an anonymous participant of your school.")
                              .arg(day(report.keptUntil))));

    if (!report.led.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Work Groups you lead")));
        h += kTable
            + headings({ Tr::tr("Work Group"), Tr::tr("Title"), Tr::tr("Programme"), Tr::tr("Year"),
                         Tr::tr("Status") });
        for (const auto &group : report.led)
            h += cells({ group.workGroupCode, group.workGroupTitle, group.programmeTitle,
                         group.academicYear, group.status });
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Your Work Groups and attendance")));
    if (report.enrolments.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Tr::tr("You have not taken part in a Work Group.")));
    for (const auto &enrolment : report.enrolments) {
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(esc(Tr::tr("%1 (%2), %3")
                              .arg(enrolment.workGroupCode, enrolment.academicYear,
                                   enrolment.programmeTitle)));
        h += kTable;
        h += row(Tr::tr("Title"), enrolment.workGroupTitle);
        h += row(Tr::tr("Hub"), enrolment.hub);
        h += row(Tr::tr("For your school"), enrolment.school);
        h += row(Tr::tr("Role in the group"), enrolment.role);
        h += row(Tr::tr("Lead participant"), yesNo(enrolment.leadParticipant));
        h += row(Tr::tr("Joined"), day(enrolment.joinedOn));
        h += row(Tr::tr("Left"), day(enrolment.leftOn));
        h += row(Tr::tr("Attendance"),
                 Tr::tr("%1 of %2 held sessions").arg(enrolment.attended).arg(enrolment.expected));
        h += row(Tr::tr("Completed"), yesNo(enrolment.completed));
        h += QStringLiteral("</table><p></p>");
        if (enrolment.marks.isEmpty())
            continue;
        h += kTable
            + headings({ Tr::tr("Session"), Tr::tr("Date"), Tr::tr("Time"), Tr::tr("Kind"),
                         Tr::tr("Venue"), Tr::tr("Session status"), Tr::tr("Mark"), Tr::tr("Note"),
                         Tr::tr("Recorded") });
        for (const auto &mark : enrolment.marks) {
            const QString time = mark.start.isValid()
                ? Tr::tr("%1–%2").arg(mark.start.toString(QStringLiteral("HH:mm")),
                                      mark.end.toString(QStringLiteral("HH:mm")))
                : QString();
            QString meaning = Tr::tr("%1 (%2)").arg(mark.meaning, mark.code);
            if (mark.substituteCame)
                meaning += QLatin1Char(' ') + Tr::tr("– a colleague came in your place");
            // The title only where it says more than the number.
            const QString session = mark.sessionTitle.isEmpty()
                    || mark.sessionTitle == Tr::tr("Session %1").arg(mark.sessionNumber)
                ? QString::number(mark.sessionNumber)
                : Tr::tr("%1: %2").arg(mark.sessionNumber).arg(mark.sessionTitle);
            h += cells({ session, day(mark.date), time, Tr::tr("%1, %2").arg(mark.kind, mark.mode),
                         mark.venue, mark.status, meaning, mark.note, moment(mark.recordedAt) });
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Where else the file names you")));
    if (report.substituteFor.isEmpty() && report.mentions.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Nowhere else.")));
    if (!report.substituteFor.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Tr::tr("As the colleague who came in someone's place:")));
        h += kTable
            + headings(
                 { Tr::tr("Work Group"), Tr::tr("Session"), Tr::tr("Date"), Tr::tr("School") });
        for (const auto &substitution : report.substituteFor)
            h += cells({ substitution.workGroupCode, QString::number(substitution.sessionNumber),
                         day(substitution.date), substitution.school });
        h += QStringLiteral("</table>");
    }
    if (!report.mentions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("In what people wrote:")));
        h += kTable + headings({ Tr::tr("Where"), Tr::tr("Words") });
        for (const auto &place : report.mentions)
            h += cells({ place.place, place.excerpt });
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Changes to your records")));
    if (report.changes.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Tr::tr("The audit trail holds no change to your records.")));
    } else {
        h += kTable
            + headings({ Tr::tr("When"), Tr::tr("Record"), Tr::tr("Change"), Tr::tr("Fields") });
        for (const auto &change : report.changes)
            h += cells({ moment(change.at), change.record, change.action, change.fields });
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Copies in backups")));
    if (report.backups.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(Tr::tr("No backup in the file's backups folder "
                                 "holds your details.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const BackupCopy &copy : report.backups)
            h += QStringLiteral("<li>%1</li>").arg(esc(copy.describe()));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Tr::tr("What is not kept or not shown")));
    for (const QString &line : report.notHeld)
        h += QStringLiteral("<li>%1</li>").arg(esc(line));
    h += QStringLiteral("</ul></body></html>");
    return h;
}

QByteArray pdf(const SubjectAccessReport &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Personal data held about %1").arg(report.person.fullName()));
        writer.setCreator(QStringLiteral("HubRegister"));
        QTextDocument document;
        document.setHtml(html(report));
        document.print(&writer);
    }
    return bytes;
}

QString pdfPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return path;
    if (suffix == QLatin1String("json"))
        return path.left(path.size() - 4) + QStringLiteral("pdf");
    return path + QStringLiteral(".pdf");
}

QString jsonPathFor(const QString &path)
{
    const QString pdfPath = pdfPathFor(path);
    return pdfPath.left(pdfPath.size() - 3) + QStringLiteral("json");
}

QStringList write(Database &db, RecordId personId, const QString &path)
{
    const QString pdfPath = pdfPathFor(path);
    const QString jsonPath = jsonPathFor(path);
    PrivateFile::checkTarget(db, pdfPath);
    PrivateFile::checkTarget(db, jsonPath);
    const SubjectAccessReport report = SubjectAccess(db).gather(personId);
    PrivateFile::write(
        { { pdfPath, pdf(report) },
          { jsonPath, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) } });
    return { pdfPath, jsonPath };
}

} // namespace hubreg::ui::subjectaccess
