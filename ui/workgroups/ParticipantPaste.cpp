#include "ParticipantPaste.h"

#include <QRegularExpression>
#include <QStringList>

namespace hubreg::ui {

namespace {
QChar separatorOf(const QString &line)
{
    if (line.contains(QLatin1Char('\t')))
        return QLatin1Char('\t');
    if (line.contains(QLatin1Char(';')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString unquoted(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
        cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return cell.simplified();
}
} // namespace

QList<PastedParticipant> parsePastedParticipants(const QString &text)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    QList<PastedParticipant> people;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        PastedParticipant person;
        QStringList names;
        for (const QString &raw : line.split(separatorOf(line))) {
            const QString cell = unquoted(raw);
            if (cell.isEmpty())
                continue;
            if (cell.contains(QLatin1Char('@')) && person.email.isEmpty())
                person.email = cell;
            else if (sixDigits.match(cell).hasMatch() && person.urn.isEmpty())
                person.urn = cell;
            else
                names << cell;
        }
        if (person.email.isEmpty())
            continue; // a header, or a line that names nobody we can write to
        if (names.size() >= 2) {
            person.firstName = names.at(0);
            person.lastName = names.at(1);
            if (names.size() >= 3)
                person.role = names.at(2);
        } else if (names.size() == 1) {
            const QString name = names.first();
            const int space = name.lastIndexOf(QLatin1Char(' '));
            person.firstName = space > 0 ? name.left(space) : QString();
            person.lastName = space > 0 ? name.mid(space + 1) : name;
        }
        people << person;
    }
    return people;
}

} // namespace hubreg::ui
