#include "SessionSeriesDialog.h"

#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "common/ScreenFit.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/AcademicYearStore.h"
#include "records/ProgrammeStore.h"
#include "records/WorkGroupStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubreg::ui {

SessionSeriesDialog::SessionSeriesDialog(Database &db, RecordId workGroupId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workGroupId(workGroupId)
    , m_validator(new FormValidator(this))
    , m_count(new QSpinBox(this))
    , m_perHalfTerm(new QRadioButton(tr("One per &half term"), this))
    , m_everyWeeks(new QRadioButton(tr("E&very"), this))
    , m_weeks(new QSpinBox(this))
    , m_firstDate(new DateLineEdit(this))
    , m_start(new TimeLineEdit(this))
    , m_end(new TimeLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_venue(new QLineEdit(this))
    , m_titlePattern(new QLineEdit(this))
    , m_preview(new QListWidget(this))
{
    setObjectName(QStringLiteral("sessionSeriesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Create a Series of Sessions"));
    m_count->setObjectName(QStringLiteral("countSpinBox"));
    m_perHalfTerm->setObjectName(QStringLiteral("perHalfTermRadioButton"));
    m_everyWeeks->setObjectName(QStringLiteral("everyWeeksRadioButton"));
    m_weeks->setObjectName(QStringLiteral("weeksSpinBox"));
    m_firstDate->setObjectName(QStringLiteral("firstDateLineEdit"));
    m_start->setObjectName(QStringLiteral("startLineEdit"));
    m_end->setObjectName(QStringLiteral("endLineEdit"));
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_venue->setObjectName(QStringLiteral("venueLineEdit"));
    m_titlePattern->setObjectName(QStringLiteral("titlePatternLineEdit"));
    m_preview->setObjectName(QStringLiteral("previewListWidget"));
    m_preview->setAccessibleName(tr("Dates the sessions will get"));
    m_preview->setAccessibleDescription(
        tr("Each new session's title and date, as they will be made"));

    int sessions = 6;
    if (const auto workGroup = WorkGroupStore(db).find(workGroupId)) {
        if (const auto year = AcademicYearStore(db).find(workGroup->academicYearId)) {
            m_yearStart = year->startDate;
            m_yearEnd = year->endDate;
        }
        if (const auto programme = ProgrammeStore(db).find(workGroup->programmeId))
            sessions = qMax(1, programme->defaultSessions);
    }
    m_firstNumber = SessionStore(db).nextNumber(workGroupId);
    m_count->setRange(1, 60);
    m_count->setValue(sessions);
    m_weeks->setRange(1, 26);
    m_weeks->setValue(6);
    m_weeks->setSuffix(tr(" weeks"));
    m_perHalfTerm->setChecked(true);
    auto *rhythm = new QButtonGroup(this);
    rhythm->addButton(m_perHalfTerm);
    rhythm->addButton(m_everyWeeks);
    m_start->setTime(QTime(13, 30));
    m_end->setTime(QTime(16, 0));
    for (SessionMode mode : allSessionModes())
        m_mode->addItem(displayName(mode), int(mode));
    // The number follows the title ("Session 3"), or goes where a # is typed ("Week # visit").
    m_titlePattern->setText(tr("Session"));
    m_titlePattern->setToolTip(
        tr("Each session's number follows this title, or takes the place of a # in it"));
    m_titlePattern->setAccessibleDescription(m_titlePattern->toolTip());
    m_firstDate->setPlaceholderText(tr("dd/mm/yyyy (optional for half terms)"));
    m_preview->setMinimumHeight(140);

    auto *form = new QFormLayout;
    form->addRow(tr("&Number of sessions:"), m_count);
    auto *rhythmRow = new QHBoxLayout;
    rhythmRow->addWidget(m_perHalfTerm);
    rhythmRow->addSpacing(12);
    rhythmRow->addWidget(m_everyWeeks);
    rhythmRow->addWidget(m_weeks);
    rhythmRow->addStretch(1);
    form->addRow(tr("Rhythm:"), rhythmRow);
    m_validator->addRow(form, tr("&First session on:"), m_firstDate, [this] {
        const bool required = m_everyWeeks->isChecked();
        const QString problem = m_firstDate->problem(required, tr("the first session's date"));
        if (!problem.isEmpty())
            return problem;
        const QDate first = m_firstDate->date();
        if (first.isValid() && m_yearStart.isValid() && (first < m_yearStart || first > m_yearEnd))
            return tr("%1 is outside the academic year (%2 to %3).")
                .arg(validation::formatUkDate(first), validation::formatUkDate(m_yearStart),
                     validation::formatUkDate(m_yearEnd));
        return QString();
    });
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    auto *to = new QLabel(tr("&to"), this);
    to->setBuddy(m_end);
    times->addWidget(to);
    times->addWidget(m_end);
    times->addStretch(1);
    // A label for a row of fields needs its buddy set by hand, or its & shows.
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_start);
    form->addRow(fromLabel, times);
    auto *timesMessage = new FieldMessage(this);
    form->addRow(QString(), timesMessage);
    m_validator->addCheck(m_start, timesMessage, [this] {
        QString problem = m_start->problem(tr("the start"));
        if (problem.isEmpty())
            problem = m_end->problem(tr("the end"));
        if (problem.isEmpty() && m_start->time().isValid() && m_end->time().isValid()
            && m_end->time() <= m_start->time())
            problem = tr("Sessions must end after they start.");
        return problem;
    });
    m_validator->watch(m_end);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("V&enue:"), m_venue);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titlePattern, 1);
    auto *numbered = new QLabel(this);
    numbered->setObjectName(QStringLiteral("titleExampleLabel"));
    titleRow->addWidget(numbered);
    auto *titlesLabel = new QLabel(tr("&Titles:"), this);
    titlesLabel->setBuddy(m_titlePattern);
    form->addRow(titlesLabel, titleRow);
    const auto showExample
        = [this, numbered] { numbered->setText(tr("as in “%1”").arg(titleFor(m_firstNumber))); };
    connect(m_titlePattern, &QLineEdit::textChanged, this, showExample);
    showExample();
    auto *previewLabel = new QLabel(tr("&Dates the sessions will get:"), this);
    previewLabel->setBuddy(m_preview);
    auto *datesMessage = new FieldMessage(this);
    datesMessage->setObjectName(QStringLiteral("previewMessage"));
    m_validator->addCheck(m_count, datesMessage, [this] { return datesProblem(); });
    m_validator->watch(m_perHalfTerm);
    m_validator->watch(m_weeks);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okPushButton"));
    ok->setText(tr("&Create Sessions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(datesMessage);
    layout->addWidget(buttons);

    // updatePreview() checks the form again once the dates are known.
    for (QSpinBox *spin : { m_count, m_weeks })
        connect(spin, &QSpinBox::valueChanged, this, &SessionSeriesDialog::updatePreview);
    connect(m_perHalfTerm, &QRadioButton::toggled, this, &SessionSeriesDialog::updatePreview);
    connect(m_firstDate, &QLineEdit::textChanged, this, &SessionSeriesDialog::updatePreview);
    connect(m_titlePattern, &QLineEdit::textChanged, this, &SessionSeriesDialog::updatePreview);
    connect(m_perHalfTerm, &QRadioButton::toggled, m_weeks,
            [this] { m_weeks->setEnabled(m_everyWeeks->isChecked()); });
    m_weeks->setEnabled(false);
    updatePreview();
    m_validator->setAcceptButton(ok);
    resizeWithinScreen(this, QSize(460, 560));
}

SessionSeriesPlan SessionSeriesDialog::plan() const
{
    SessionSeriesPlan plan;
    plan.count = m_count->value();
    plan.rhythm = m_perHalfTerm->isChecked() ? SessionSeriesPlan::Rhythm::OnePerHalfTerm
                                             : SessionSeriesPlan::Rhythm::EveryKWeeks;
    plan.firstDate = m_firstDate->date();
    plan.weeksApart = m_weeks->value();
    plan.startTime = m_start->time();
    plan.endTime = m_end->time();
    plan.mode = SessionMode(m_mode->currentData().toInt());
    plan.venue = m_venue->text().trimmed();
    plan.titlePattern = titlePattern();
    return plan;
}

QString SessionSeriesDialog::titlePattern() const
{
    // The store's pattern marks the number's place with %1, which nobody should have to type.
    QString typed = m_titlePattern->text().trimmed();
    if (typed.contains(QLatin1String("%1")))
        return typed;
    if (typed.contains(QLatin1Char('#')))
        return typed.replace(QLatin1Char('#'), QStringLiteral("%1"));
    return typed.isEmpty() ? QStringLiteral("%1") : typed + QStringLiteral(" %1");
}

QString SessionSeriesDialog::titleFor(int number) const
{
    return titlePattern().arg(number);
}

void SessionSeriesDialog::updatePreview()
{
    const SessionSeriesPlan series = plan();
    m_dates = SessionStore(m_db).seriesDates(m_workGroupId, series);
    m_preview->clear();
    for (int i = 0; i < m_dates.size(); ++i) {
        const QDate date = m_dates.at(i);
        const QString when = date.isValid()
            ? QLocale().toString(date, QStringLiteral("ddd dd/MM/yyyy"))
            : tr("date to be arranged");
        m_preview->addItem(tr("%1 — %2").arg(titleFor(m_firstNumber + i), when));
    }
    m_validator->validate();
}

QString SessionSeriesDialog::datesProblem() const
{
    for (int i = 0; i < m_dates.size(); ++i) {
        const QDate date = m_dates.at(i);
        if (date.isValid() && m_yearEnd.isValid() && date > m_yearEnd)
            return tr("Session %1 would fall on %2, after the academic year ends: make fewer "
                      "sessions or "
                      "put them closer together.")
                .arg(m_firstNumber + i)
                .arg(validation::formatUkDate(date));
    }
    return {};
}

} // namespace hubreg::ui
