#include "SessionDialog.h"

#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "common/ScreenFit.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/AcademicYearStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

SessionDialog::SessionDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_validator(new FormValidator(this))
    , m_title(new QLineEdit(this))
    , m_date(new DateLineEdit(this))
    , m_start(new TimeLineEdit(this))
    , m_end(new TimeLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_school(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_venue(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = !session.isStored();
    const bool visit = session.kind == SessionKind::SchoolVisit;
    setWindowTitle(adding ? (visit ? tr("New School Visit") : tr("New Session"))
                          : tr("Change %1").arg(session.title));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_date->setObjectName(QStringLiteral("dateLineEdit"));
    m_start->setObjectName(QStringLiteral("startLineEdit"));
    m_end->setObjectName(QStringLiteral("endLineEdit"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_school->setObjectName(QStringLiteral("visitSchoolComboBox"));
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_venue->setObjectName(QStringLiteral("venueLineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    if (const auto workGroup = WorkGroupStore(db).find(session.workGroupId)) {
        if (const auto year = AcademicYearStore(db).find(workGroup->academicYearId)) {
            m_yearStart = year->startDate;
            m_yearEnd = year->endDate;
        }
    }
    const int number = adding ? SessionStore(db).nextNumber(session.workGroupId) : session.number;
    m_title->setPlaceholderText(visit ? tr("School visit") : tr("Session %1").arg(number));
    m_title->setText(session.title);
    m_date->setDate(session.date);
    m_start->setTime(session.startTime);
    m_end->setTime(session.endTime);
    for (SessionKind kind : allSessionKinds())
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(session.kind)));
    for (const SchoolEnrolmentListing &school : WorkGroupStore(db).schools(session.workGroupId)) {
        if (!school.enrolment.isWithdrawn() || school.enrolment.schoolId == session.visitSchoolId)
            m_school->addItem(school.schoolName, school.enrolment.schoolId);
    }
    m_school->setCurrentIndex(qMax(0, m_school->findData(session.visitSchoolId)));
    for (SessionMode mode : allSessionModes())
        m_mode->addItem(displayName(mode), int(mode));
    m_mode->setCurrentIndex(m_mode->findData(int(session.mode)));
    m_venue->setText(session.venue);
    for (SessionStatus status : allSessionStatuses())
        m_status->addItem(displayName(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(session.status)));
    m_notes->setPlainText(session.notes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    m_validator->addRow(form, tr("&Date:"), m_date, [this] { return dateProblem(); });
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    auto *to = new QLabel(tr("&to"), this);
    to->setBuddy(m_end);
    times->addWidget(to);
    times->addWidget(m_end);
    times->addStretch(1);
    auto *timesMessage = new FieldMessage(this);
    timesMessage->setObjectName(QStringLiteral("timesMessage"));
    // A label for a row of fields needs its buddy set by hand, or its & shows.
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_start);
    form->addRow(fromLabel, times);
    form->addRow(QString(), timesMessage);
    m_validator->addCheck(m_start, timesMessage, [this] { return timeProblem(); });
    m_validator->watch(m_end);
    form->addRow(tr("&Kind:"), m_kind);
    m_validator->addRow(form, tr("School &visited:"), m_school, [this] {
        if (SessionKind(m_kind->currentData().toInt()) != SessionKind::SchoolVisit)
            return QString();
        return m_school->currentData().toLongLong() > 0
            ? QString()
            : tr("Enrol the school before visiting it.");
    });
    m_validator->watch(m_kind);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("V&enue:"), m_venue);
    if (!adding)
        form->addRow(tr("&Status:"), m_status);
    else
        m_status->hide();
    form->addRow(tr("&Notes:"), m_notes);

    const auto kindChanged = [this] {
        m_school->setEnabled(SessionKind(m_kind->currentData().toInt())
                             == SessionKind::SchoolVisit);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    kindChanged();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_validator->setAcceptButton(buttons->button(QDialogButtonBox::Ok));
    resizeWithinScreen(this, QSize(440, sizeHint().height()));
}

QString SessionDialog::dateProblem() const
{
    const QString problem = m_date->problem(false, tr("the date"));
    if (!problem.isEmpty())
        return problem;
    const QDate date = m_date->date();
    if (date.isValid() && m_yearStart.isValid() && (date < m_yearStart || date > m_yearEnd))
        return tr("%1 is outside the academic year (%2 to %3).")
            .arg(validation::formatUkDate(date), validation::formatUkDate(m_yearStart),
                 validation::formatUkDate(m_yearEnd));
    return {};
}

QString SessionDialog::timeProblem() const
{
    QString problem = m_start->problem(tr("the start"));
    if (problem.isEmpty())
        problem = m_end->problem(tr("the end"));
    if (problem.isEmpty() && m_start->time().isValid() && m_end->time().isValid()
        && m_end->time() <= m_start->time())
        problem = tr("The session must end after it starts.");
    return problem;
}

Session SessionDialog::session() const
{
    Session session = m_session;
    session.title = m_title->text().trimmed();
    session.date = m_date->date();
    session.startTime = m_start->time();
    session.endTime = m_end->time();
    session.kind = SessionKind(m_kind->currentData().toInt());
    session.visitSchoolId
        = session.kind == SessionKind::SchoolVisit ? m_school->currentData().toLongLong() : 0;
    session.mode = SessionMode(m_mode->currentData().toInt());
    session.venue = m_venue->text().trimmed();
    if (session.isStored())
        session.status = SessionStatus(m_status->currentData().toInt());
    session.notes = m_notes->toPlainText();
    if (session.title.isEmpty() && session.kind == SessionKind::SchoolVisit)
        session.title = tr("School visit");
    return session;
}

} // namespace hubreg::ui
